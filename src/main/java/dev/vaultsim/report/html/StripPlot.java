package dev.vaultsim.report.html;

import dev.vaultsim.report.Numbers;

import java.util.List;

/**
 * A strip plot of availability across replications as one SVG: a dot per replication along an
 * availability axis (spread vertically by a fixed sequence so equal values do not hide each
 * other), the mean as a line, the confidence interval as a shaded band and the SLO as a dashed
 * line. The axis zooms to the data, since replications of a good design differ in the fourth
 * decimal.
 */
public final class StripPlot {

    private static final int WIDTH = TimeChart.WIDTH;
    private static final double LEFT = TimeChart.LEFT;
    private static final double RIGHT = TimeChart.RIGHT;
    private static final double TOP = 30;
    private static final double BOTTOM = 130;
    private static final double HEIGHT = 178;
    /** The golden ratio's fractional part: consecutive multiples spread evenly over [0, 1). */
    private static final double SPREAD = 0.6180339887498949;

    private StripPlot() {
    }

    /** @param slo the availability target, drawn when not NaN */
    public static String render(Replications replications, double slo) {
        LinearScale x = scale(replications, slo);
        Markup svg = new Markup();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + WIDTH + " " + Px.of(HEIGHT),
                "width", Integer.toString(WIDTH), "height", Px.of(HEIGHT), "role", "img",
                "font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
                "font-size", "12", "class", "chart", "data-chart", "replications",
                "data-plot", Px.of(LEFT) + " " + Px.of(TOP) + " " + Px.of(RIGHT) + " " + Px.of(BOTTOM));
        svg.element("title", "Availability of each replication, mean and confidence interval").newline();
        svg.empty("rect", "width", Integer.toString(WIDTH), "height", Px.of(HEIGHT), "fill", "#ffffff");
        interval(svg, x, replications);
        axis(svg, x);
        if (!Double.isNaN(slo)) {
            double px = x.pixel(slo);
            svg.empty("line", "class", "slo", "x1", Px.of(px), "x2", Px.of(px), "y1", Px.of(TOP),
                    "y2", Px.of(BOTTOM), "stroke", "#991b1b", "stroke-width", "1.5", "stroke-dasharray", "6 3");
            svg.element("text", "SLO " + Format.sloPercent(slo), "x", Px.of(px + 5), "y", Px.of(TOP + 4),
                    "fill", "#991b1b", "paint-order", "stroke", "stroke", "#ffffff", "stroke-width", "3");
        }
        dots(svg, x, replications.availability());
        svg.close("svg");
        return svg.toString();
    }

    private static LinearScale scale(Replications r, double slo) {
        double low = r.hasInterval() ? Math.min(r.low(), r.mean()) : r.mean();
        double high = r.hasInterval() ? Math.max(r.high(), r.mean()) : r.mean();
        for (double value : r.availability()) {
            low = Math.min(low, value);
            high = Math.max(high, value);
        }
        if (!Double.isNaN(slo)) {
            low = Math.min(low, slo);
            high = Math.max(high, slo);
        }
        double pad = Math.max((high - low) * 0.08, 1e-6);
        double from = Math.max(0, low - pad);
        double to = Math.min(1, high + pad);
        if (to <= from) {
            from = Math.max(0, to - 2 * pad);
        }
        return new LinearScale(from, to, LEFT, RIGHT, 8, v -> Numbers.decimal(v * 100, 6) + " %",
                "availability of one replication (%)");
    }

    private static void interval(Markup svg, LinearScale x, Replications r) {
        String label = "mean " + Format.percent(r.mean(), 4);
        if (r.hasInterval()) {
            double low = x.pixel(r.low());
            double high = x.pixel(r.high());
            svg.empty("rect", "class", "interval", "x", Px.of(low), "y", Px.of(TOP),
                    "width", Px.of(Math.max(1, high - low)), "height", Px.of(BOTTOM - TOP), "fill", "#1d4ed8",
                    "fill-opacity", "0.14", "stroke", "#1d4ed8", "stroke-dasharray", "3 2");
            label += ", " + Numbers.decimal(r.level() * 100, 1) + " % interval " + Format.percent(r.low(), 4)
                    + " – " + Format.percent(r.high(), 4);
        }
        double mean = x.pixel(r.mean());
        svg.empty("line", "class", "mean", "x1", Px.of(mean), "x2", Px.of(mean), "y1", Px.of(TOP), "y2", Px.of(BOTTOM),
                "stroke", "#1d4ed8", "stroke-width", "2.5");
        svg.element("text", label, "x", Px.of(LEFT), "y", "16", "fill", "#111827", "font-weight", "600");
    }

    private static void axis(Markup svg, LinearScale x) {
        svg.empty("line", "x1", Px.of(LEFT), "x2", Px.of(RIGHT), "y1", Px.of(BOTTOM), "y2", Px.of(BOTTOM),
                "stroke", "#374151");
        for (Tick tick : x.ticks()) {
            double px = x.pixel(tick.value());
            svg.empty("line", "x1", Px.of(px), "x2", Px.of(px), "y1", Px.of(BOTTOM), "y2", Px.of(BOTTOM + 5),
                    "stroke", "#374151");
            svg.element("text", tick.label(), "x", Px.of(px), "y", Px.of(BOTTOM + 18), "text-anchor", "middle",
                    "fill", "#4b5563");
        }
        svg.element("text", x.title(), "x", Px.of((LEFT + RIGHT) / 2), "y", Px.of(BOTTOM + 38),
                "text-anchor", "middle", "fill", "#374151");
    }

    private static void dots(Markup svg, LinearScale x, List<Double> values) {
        svg.open("g", "class", "dots", "fill", "#111827", "fill-opacity", "0.7", "stroke", "#ffffff",
                "stroke-width", "0.8");
        for (int i = 0; i < values.size(); i++) {
            double offset = (i * SPREAD) % 1.0;
            double cy = TOP + 10 + offset * (BOTTOM - TOP - 20);
            svg.empty("circle", "cx", Px.of(x.pixel(values.get(i))), "cy", Px.of(cy), "r", "3.5");
        }
        svg.close("g").newline();
    }
}
