package dev.vaultsim.report.html;

import java.util.ArrayList;
import java.util.List;

/** A chart's legend: samples of its lines, state swatches and the fault mark, wrapped into rows. */
final class Legend {

    private static final double ROW = 20;
    private static final double CHAR = 7.4;

    private interface Swatch {
        void draw(Markup svg, double x, double y, String prefix);
    }

    private record Entry(String label, Swatch swatch) {
        double width() {
            return 30 + label.length() * CHAR + 18;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    void line(String label, ChartData.LineStyle style) {
        entries.add(new Entry(label, (svg, x, y, prefix) -> svg.empty("line", "x1", Px.of(x), "x2", Px.of(x + 24),
                "y1", Px.of(y), "y2", Px.of(y), "stroke", style.colour(), "stroke-width", style.width(),
                "stroke-dasharray", style.dash())));
    }

    void state(StateStyle style) {
        entries.add(new Entry(style.state().name(), (svg, x, y, prefix) -> svg.empty("rect", "x", Px.of(x),
                "y", Px.of(y - 6), "width", "24", "height", "12", "fill", style.fill(prefix),
                "stroke", style == StateStyle.NORMAL ? "#9ca3af" : style.colour())));
    }

    void fault() {
        entries.add(new Entry("fault (active window)", (svg, x, y, prefix) -> svg.empty("rect", "x", Px.of(x),
                "y", Px.of(y - 6), "width", "24", "height", "12", "fill", "url(#" + prefix + "-fault)",
                "stroke", "#374151")));
    }

    double height(double left, double right) {
        return rows(left, right) * ROW;
    }

    void draw(Markup svg, double left, double right, double top, String prefix) {
        svg.open("g", "class", "legend");
        double x = left;
        double y = top + ROW / 2;
        for (Entry entry : entries) {
            if (x > left && x + entry.width() > right) {
                x = left;
                y += ROW;
            }
            entry.swatch().draw(svg, x, y, prefix);
            svg.element("text", entry.label(), "x", Px.of(x + 30), "y", Px.of(y + 4), "fill", "#111827");
            x += entry.width();
        }
        svg.close("g").newline();
    }

    private int rows(double left, double right) {
        int rows = entries.isEmpty() ? 0 : 1;
        double x = left;
        for (Entry entry : entries) {
            if (x > left && x + entry.width() > right) {
                x = left;
                rows++;
            }
            x += entry.width();
        }
        return rows;
    }
}
