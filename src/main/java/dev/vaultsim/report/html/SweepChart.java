package dev.vaultsim.report.html;

import dev.vaultsim.record.Interval;
import dev.vaultsim.report.Numbers;
import dev.vaultsim.report.SweepFigures;

import java.util.List;

/**
 * One figure of a sweep against one parameter: a line per series (one value of a second
 * parameter, or just one), its confidence interval as a band, the SLO as a dashed line. The
 * vertical axis fits the data and the SLO, since the interesting range of availability is narrow.
 */
final class SweepChart {

    static final int WIDTH = TimeChart.WIDTH;
    private static final double LEFT = TimeChart.LEFT;
    private static final double RIGHT = TimeChart.RIGHT;
    private static final double TOP = 24;
    private static final double BOTTOM = 250;
    private static final double HEIGHT = 300;
    private static final String[] COLOURS = {"#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0f766e"};
    private static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3", "1 2", "10 4"};

    /** One line: its name (empty for a single series) and a figure per x position, null where there is none. */
    record Series(String name, List<Interval> points) {
    }

    private SweepChart() {
    }

    static String render(String title, SweepAxis axis, List<Series> series, double slo, boolean percent) {
        Scale x = axis.scale(LEFT + 10, RIGHT - 10);
        LinearScale y = yScale(series, slo, percent);
        Markup svg = new Markup();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + WIDTH + " " + Px.of(HEIGHT),
                "width", Integer.toString(WIDTH), "height", Px.of(HEIGHT), "role", "img",
                "font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
                "font-size", "12", "class", "chart", "data-chart", "sweep");
        svg.element("title", title).newline();
        svg.empty("rect", "width", Integer.toString(WIDTH), "height", Px.of(HEIGHT), "fill", "#ffffff");
        svg.element("text", title, "x", Px.of(LEFT), "y", "16", "fill", "#111827", "font-weight", "600");
        grid(svg, x, y);
        if (percent && !Double.isNaN(slo)) {
            double py = y.pixel(slo);
            svg.empty("line", "class", "slo", "x1", Px.of(LEFT), "x2", Px.of(RIGHT), "y1", Px.of(py), "y2", Px.of(py),
                    "stroke", "#991b1b", "stroke-width", "1.5", "stroke-dasharray", "6 3");
            svg.element("text", "SLO " + Format.sloPercent(slo), "x", Px.of(RIGHT - 4), "y", Px.of(py - 5),
                    "text-anchor", "end", "fill", "#991b1b", "paint-order", "stroke", "stroke", "#ffffff",
                    "stroke-width", "3");
        }
        for (int s = 0; s < series.size(); s++) {
            draw(svg, x, y, axis, series.get(s), COLOURS[s % COLOURS.length], DASHES[s % DASHES.length]);
        }
        legend(svg, series);
        svg.close("svg");
        return svg.toString();
    }

    private static LinearScale yScale(List<Series> series, double slo, boolean percent) {
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (Series s : series) {
            for (Interval i : s.points()) {
                if (i != null) {
                    low = Math.min(low, i.low() == null ? i.mean() : i.low());
                    high = Math.max(high, i.high() == null ? i.mean() : i.high());
                }
            }
        }
        if (percent && !Double.isNaN(slo)) {
            low = Math.min(low, slo);
            high = Math.max(high, slo);
        }
        if (low > high) {
            low = 0;
            high = 1;
        }
        double pad = Math.max((high - low) * 0.08, percent ? 1e-6 : 1e-3);
        double from = percent ? Math.max(0, low - pad) : Math.max(0, low - pad);
        double to = percent ? Math.min(1, high + pad) : high + pad;
        if (to <= from) {
            from = Math.max(0, to - 2 * pad);
        }
        int decimals = Math.max(1, (int) Math.ceil(-StrictMath.log10((to - from) * 100)) + 1);
        return percent
                ? new LinearScale(from, to, BOTTOM, TOP, 7, v -> Numbers.fixed(v * 100, decimals) + " %", "availability (%)")
                : new LinearScale(from, to, BOTTOM, TOP, 7, v -> Numbers.decimal(v, 3), "minutes per month");
    }

    private static void grid(Markup svg, Scale x, LinearScale y) {
        for (Tick tick : y.ticks()) {
            double py = y.pixel(tick.value());
            svg.empty("line", "x1", Px.of(LEFT), "x2", Px.of(RIGHT), "y1", Px.of(py), "y2", Px.of(py),
                    "stroke", "#e5e7eb");
            svg.element("text", tick.label(), "x", Px.of(LEFT - 6), "y", Px.of(py + 4), "text-anchor", "end",
                    "fill", "#4b5563");
        }
        svg.empty("line", "x1", Px.of(LEFT), "x2", Px.of(RIGHT), "y1", Px.of(BOTTOM), "y2", Px.of(BOTTOM),
                "stroke", "#374151");
        for (Tick tick : x.ticks()) {
            double px = x.pixel(tick.value());
            if (px < LEFT - 1 || px > RIGHT + 1) {
                continue;
            }
            svg.empty("line", "x1", Px.of(px), "x2", Px.of(px), "y1", Px.of(BOTTOM), "y2", Px.of(BOTTOM + 5),
                    "stroke", "#374151");
            svg.element("text", tick.label(), "x", Px.of(px), "y", Px.of(BOTTOM + 18), "text-anchor", "middle",
                    "fill", "#4b5563");
        }
        svg.element("text", x.title(), "x", Px.of((LEFT + RIGHT) / 2), "y", Px.of(BOTTOM + 40),
                "text-anchor", "middle", "fill", "#374151");
    }

    private static void draw(Markup svg, Scale x, LinearScale y, SweepAxis axis, Series series, String colour,
                             String dash) {
        StringBuilder band = new StringBuilder();
        StringBuilder back = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < series.points().size(); i++) {
            Interval point = series.points().get(i);
            if (point == null) {
                continue;
            }
            double px = x.pixel(axis.positions()[i]);
            line.append(line.length() == 0 ? "M" : " L").append(Px.point(px, y.pixel(point.mean())));
            if (point.low() != null) {
                band.append(band.length() == 0 ? "M" : " L").append(Px.point(px, y.pixel(point.high())));
                back.insert(0, " L" + Px.point(px, y.pixel(point.low())));
            }
        }
        svg.open("g", "class", "series", "data-series", series.name());
        if (band.length() > 0) {
            svg.empty("path", "class", "band", "d", band + back.toString() + " Z", "fill", colour, "fill-opacity", "0.12",
                    "stroke", "none");
        }
        svg.empty("path", "class", "line", "d", line.toString(), "fill", "none", "stroke", colour, "stroke-width", "2",
                "stroke-dasharray", dash.isEmpty() ? "none" : dash);
        for (int i = 0; i < series.points().size(); i++) {
            Interval point = series.points().get(i);
            if (point != null) {
                svg.empty("circle", "cx", Px.of(x.pixel(axis.positions()[i])), "cy", Px.of(y.pixel(point.mean())),
                        "r", "3.5", "fill", colour);
            }
        }
        svg.close("g").newline();
    }

    private static void legend(Markup svg, List<Series> series) {
        if (series.size() < 2) {
            return;
        }
        double at = LEFT;
        for (int s = 0; s < series.size(); s++) {
            String colour = COLOURS[s % COLOURS.length];
            String dash = DASHES[s % DASHES.length];
            svg.empty("line", "x1", Px.of(at), "x2", Px.of(at + 24), "y1", Px.of(HEIGHT - 8), "y2", Px.of(HEIGHT - 8),
                    "stroke", colour, "stroke-width", "2", "stroke-dasharray", dash.isEmpty() ? "none" : dash);
            svg.element("text", series.get(s).name(), "x", Px.of(at + 28), "y", Px.of(HEIGHT - 4), "fill", "#374151");
            at += 40 + 7 * series.get(s).name().length();
        }
    }

    /** The figure of the metric at each point, for a chart series. */
    static Interval figure(SweepFigures figures, String metric) {
        return figures.metric(metric);
    }
}
