package dev.vaultsim.report.html;

import dev.vaultsim.record.Interval;
import dev.vaultsim.record.SensitivityResult;
import dev.vaultsim.report.Numbers;

/**
 * {@code sensitivity.html}: a tornado chart (one bar per parameter from its low to its high value's
 * figure, around the scenario's own, largest effect on top, whiskers for the effect's interval)
 * and the ranking as a table.
 */
public final class SensitivityHtmlWriter {

    private static final int WIDTH = TimeChart.WIDTH;
    private static final double LEFT = 300;
    private static final double RIGHT = WIDTH - 40;
    private static final double TOP = 40;
    private static final double ROW = 34;

    public String toHtml(SensitivityResult result, String version) {
        Markup html = HtmlPage.begin("Sensitivity of " + result.scenario());
        html.element("h1", "Sensitivity of " + result.scenario()).newline();
        HtmlPage.note(html, "Each parameter at its low and its high value, the others at the scenario's own; "
                + result.replications() + " replications with seed " + result.seed() + " at every point, so each "
                + "effect is paired replication by replication (common random numbers). Largest effect on top.");
        HtmlPage.openSection(html, "tornado", "Which parameter matters most for " + metricName(result));
        html.open("figure").raw(tornado(result)).close("figure").newline();
        HtmlPage.closeSection(html);
        HtmlTable table = new HtmlTable("rank", "parameter", "low", "high", "at low", "at high", "effect", "95 % interval");
        table.textColumns(1, 2, 3);
        int rank = 1;
        for (SensitivityResult.Effect e : result.effects()) {
            Interval d = e.difference();
            table.row(Integer.toString(rank++), e.parameter(), e.low(), e.high(), value(result, e.atLow()),
                    value(result, e.atHigh()), d == null ? "–" : delta(result, d.mean()),
                    d == null || d.low() == null ? "–" : delta(result, d.low()) + " … " + delta(result, d.high()));
        }
        HtmlPage.tableSection(html, "ranking", "Ranking", table, "No parameters.");
        return HtmlPage.end(html, "vaultsim " + version + " · sensitivity of " + result.scenario() + " · seed " + result.seed());
    }

    static String tornado(SensitivityResult result) {
        int rows = result.effects().size();
        double bottom = TOP + rows * ROW;
        double height = bottom + 50;
        boolean percent = !result.metric().equals("downtime");
        double low = result.base() == null ? 0 : result.base().mean();
        double high = low;
        for (SensitivityResult.Effect e : result.effects()) {
            for (Interval i : new Interval[] {e.atLow(), e.atHigh()}) {
                if (i != null) {
                    low = Math.min(low, i.mean());
                    high = Math.max(high, i.mean());
                }
            }
        }
        double pad = Math.max((high - low) * 0.08, percent ? 1e-6 : 1e-3);
        LinearScale x = percent
                ? new LinearScale(Math.max(0, low - pad), Math.min(1, high + pad), LEFT, RIGHT, 6,
                        v -> Numbers.decimal(v * 100, 4) + " %", metricName(result) + " (%)")
                : new LinearScale(Math.max(0, low - pad), high + pad, LEFT, RIGHT, 6, v -> Numbers.decimal(v, 2),
                        "downtime (minutes per month)");
        Markup svg = new Markup();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + WIDTH + " " + Px.of(height),
                "width", Integer.toString(WIDTH), "height", Px.of(height), "role", "img",
                "font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
                "font-size", "12", "class", "chart", "data-chart", "tornado");
        svg.element("title", "Tornado chart of " + metricName(result)).newline();
        svg.empty("rect", "width", Integer.toString(WIDTH), "height", Px.of(height), "fill", "#ffffff");
        svg.element("text", "light bar: at the low value · dark bar: at the high value · line: the scenario's own",
                "x", Px.of(LEFT), "y", "18", "fill", "#4b5563");
        for (Tick tick : x.ticks()) {
            double px = x.pixel(tick.value());
            svg.empty("line", "x1", Px.of(px), "x2", Px.of(px), "y1", Px.of(TOP - 6), "y2", Px.of(bottom), "stroke", "#e5e7eb");
            svg.element("text", tick.label(), "x", Px.of(px), "y", Px.of(bottom + 18), "text-anchor", "middle", "fill", "#4b5563");
        }
        svg.element("text", x.title(), "x", Px.of((LEFT + RIGHT) / 2), "y", Px.of(bottom + 40), "text-anchor", "middle",
                "fill", "#374151");
        double base = result.base() == null ? x.pixel(low) : x.pixel(result.base().mean());
        for (int r = 0; r < rows; r++) {
            bar(svg, x, base, result.effects().get(r), TOP + r * ROW);
        }
        svg.empty("line", "class", "base", "x1", Px.of(base), "x2", Px.of(base), "y1", Px.of(TOP - 8), "y2", Px.of(bottom),
                "stroke", "#111827", "stroke-width", "1.5");
        if (percent) {
            double slo = x.pixel(result.sloAvailability());
            if (result.sloAvailability() >= low - pad && result.sloAvailability() <= high + pad) {
                svg.empty("line", "class", "slo", "x1", Px.of(slo), "x2", Px.of(slo), "y1", Px.of(TOP - 8),
                        "y2", Px.of(bottom), "stroke", "#991b1b", "stroke-width", "1.5", "stroke-dasharray", "6 3");
                svg.element("text", "SLO " + Format.sloPercent(result.sloAvailability()), "x", Px.of(slo + 4),
                        "y", Px.of(TOP - 12), "fill", "#991b1b");
            }
        }
        svg.close("svg");
        return svg.toString();
    }

    private static void bar(Markup svg, LinearScale x, double base, SensitivityResult.Effect e, double top) {
        svg.element("text", e.parameter() + "  (" + e.low() + " … " + e.high() + ")", "x", Px.of(LEFT - 8),
                "y", Px.of(top + ROW / 2 + 4), "text-anchor", "end", "fill", "#111827");
        segment(svg, x, base, e.atLow(), top + 4, "#93c5fd", "low " + e.low());
        segment(svg, x, base, e.atHigh(), top + ROW / 2, "#1d4ed8", "high " + e.high());
    }

    private static void segment(Markup svg, LinearScale x, double base, Interval value, double y, String colour,
                                String label) {
        if (value == null) {
            return;
        }
        double px = x.pixel(value.mean());
        svg.empty("rect", "x", Px.of(Math.min(base, px)), "y", Px.of(y), "width", Px.of(Math.max(1, Math.abs(px - base))),
                "height", Px.of(ROW / 2 - 5), "fill", colour);
        svg.element("title", label);
    }

    private static String metricName(SensitivityResult result) {
        return switch (result.metric()) {
            case "read" -> "read availability";
            case "write" -> "write availability";
            case "downtime" -> "downtime";
            default -> "availability";
        };
    }

    private static String value(SensitivityResult result, Interval interval) {
        if (interval == null) {
            return "–";
        }
        return result.metric().equals("downtime") ? Numbers.decimal(interval.mean(), 2)
                : Format.percent(interval.mean(), 4);
    }

    private static String delta(SensitivityResult result, double value) {
        String sign = value >= 0 ? "+" : "−";
        return result.metric().equals("downtime") ? sign + Numbers.decimal(Math.abs(value), 2)
                : sign + Numbers.fixed(Math.abs(value) * 100, 4) + " pp";
    }
}
