package dev.vaultsim.report.html;

import dev.vaultsim.report.html.ChartData.Band;
import dev.vaultsim.report.html.ChartData.Line;
import dev.vaultsim.report.html.ChartData.Mark;

import java.util.List;

/** Draws the layers of a {@link TimeChart} onto its SVG, back to front: one method per layer. */
final class ChartLayers {

    private static final String GRID = "#e5e7eb";
    private static final String AXIS = "#374151";
    private static final String MUTED = "#4b5563";
    private static final int MAX_FAULT_LINES = 24;

    private final Markup svg;
    private final TimeScale time;
    private final Scale y;
    private final double top;
    private final double bottom;
    private final String id;

    ChartLayers(Markup svg, TimeScale time, Scale y, double top, double bottom, String id) {
        this.svg = svg;
        this.time = time;
        this.y = y;
        this.top = top;
        this.bottom = bottom;
        this.id = id;
    }

    /** Horizontal grid lines and labels of the value axis, and its title turned upright. */
    void valueGrid() {
        svg.open("g", "class", "y-axis");
        for (Tick tick : y.ticks()) {
            double py = y.pixel(tick.value());
            svg.empty("line", "x1", Px.of(TimeChart.LEFT), "x2", Px.of(TimeChart.RIGHT), "y1", Px.of(py),
                    "y2", Px.of(py), "stroke", GRID);
            svg.element("text", tick.label(), "x", Px.of(TimeChart.LEFT - 6), "y", Px.of(py + 4),
                    "text-anchor", "end", "fill", MUTED);
        }
        double middle = (top + bottom) / 2;
        svg.element("text", y.title(), "x", "14", "y", Px.of(middle), "text-anchor", "middle", "fill", AXIS,
                "transform", "rotate(-90 14 " + Px.of(middle) + ")");
        svg.close("g").newline();
    }

    /** Each state but NORMAL shaded over the plot's full height. */
    void bands(List<Band> bands) {
        svg.open("g", "class", "bands");
        for (Band band : bands) {
            StateStyle style = StateStyle.of(band.state());
            if (style == StateStyle.NORMAL) {
                continue;
            }
            double x1 = time.pixel(band.startSeconds());
            // At least a pixel wide, so that a five-minute failover still shows on a 30-day axis.
            double x2 = Math.max(time.pixel(band.endSeconds()), x1 + 1);
            svg.empty("rect", "class", "band", "data-vault", band.vault(), "data-state", band.state().name(),
                    "data-start-seconds", Px.of(band.startSeconds()), "data-end-seconds", Px.of(band.endSeconds()),
                    "x", Px.of(x1), "y", Px.of(top), "width", Px.of(x2 - x1), "height", Px.of(bottom - top),
                    "fill", style.fill(id), "fill-opacity", "0.75");
        }
        svg.close("g").newline();
    }

    /** The height of a vault's name written above its strip. */
    static final double NAME_LINE = 13;
    private static final double CHAR_WIDTH_11PX = 6.2;

    /** Whether a vault's name would be cut off in the margin left of the strips. */
    static boolean tooLongForMargin(String vault) {
        return vault.length() * CHAR_WIDTH_11PX > TimeChart.LEFT - 10;
    }

    /**
     * One strip per vault above the plot, every state drawn and labelled where there is room; the
     * vault's name in the margin, or above the strip when {@code namesAbove} (long names).
     */
    void strips(List<Band> bands, List<String> vaults, double stripTop, double row, boolean namesAbove) {
        svg.open("g", "class", "strips");
        for (int v = 0; v < vaults.size(); v++) {
            double rowTop = stripTop + v * row;
            double stripRowTop = namesAbove ? rowTop + NAME_LINE : rowTop;
            if (namesAbove) {
                svg.element("text", vaults.get(v), "x", Px.of(TimeChart.LEFT), "y", Px.of(rowTop + 10),
                        "fill", AXIS, "font-size", "11");
            } else {
                svg.element("text", vaults.get(v), "x", Px.of(TimeChart.LEFT - 6), "y", Px.of(rowTop + 12),
                        "text-anchor", "end", "fill", AXIS, "font-size", "11");
            }
            for (Band band : bands) {
                if (band.vault().equals(vaults.get(v))) {
                    strip(band, stripRowTop, (namesAbove ? row - NAME_LINE : row) - 4);
                }
            }
        }
        svg.close("g").newline();
    }

    private void strip(Band band, double rowTop, double height) {
        StateStyle style = StateStyle.of(band.state());
        double x1 = time.pixel(band.startSeconds());
        double x2 = style == StateStyle.NORMAL ? time.pixel(band.endSeconds())
                : Math.max(time.pixel(band.endSeconds()), x1 + 1);
        svg.empty("rect", "class", "strip", "data-state", band.state().name(), "x", Px.of(x1), "y", Px.of(rowTop),
                "width", Px.of(x2 - x1), "height", Px.of(height), "fill", style.fill(id), "stroke", style == StateStyle.NORMAL ? "#9ca3af" : style.colour(),
                "stroke-width", "0.6");
        if (x2 - x1 >= style.shortLabel().length() * 6.2 + 8) {
            svg.element("text", style.shortLabel(), "x", Px.of((x1 + x2) / 2), "y", Px.of(rowTop + height - 3.5),
                    "text-anchor", "middle", "font-size", "10", "fill", "#111827", "paint-order", "stroke",
                    "stroke", "#ffffff", "stroke-width", "2.5");
        }
    }

    /** The faults in rows under the strips, each named (see {@link FaultLabels}), and a dashed line down the plot where each starts. */
    void faults(List<Mark> marks, int[] lanes, double firstRowTop, double row, FaultLabels labels) {
        if (marks.isEmpty()) {
            return;
        }
        svg.open("g", "class", "faults");
        svg.element("text", "faults", "x", Px.of(TimeChart.LEFT - 6), "y", Px.of(firstRowTop + 12),
                "text-anchor", "end", "fill", AXIS, "font-size", "11");
        // A year of random faults has hundreds: lines down the plot would hide the data then.
        boolean startLines = marks.size() <= MAX_FAULT_LINES;
        for (int i = 0; i < marks.size(); i++) {
            Mark mark = marks.get(i);
            double rowTop = firstRowTop + lanes[i] * row;
            double x1 = faultStart(mark);
            double x2 = faultEnd(mark);
            if (startLines) {
                svg.empty("line", "class", "fault-start", "x1", Px.of(x1), "x2", Px.of(x1), "y1", Px.of(rowTop),
                        "y2", Px.of(bottom), "stroke", AXIS, "stroke-width", "1", "stroke-dasharray", "2 3");
            }
            svg.open("rect", "class", "fault", "x", Px.of(x1), "y", Px.of(rowTop), "width", Px.of(x2 - x1),
                    "height", Px.of(row - 4), "fill", "url(#" + id + "-fault)", "stroke", AXIS, "stroke-width", "0.6");
            svg.element("title", mark.label()).close("rect");
            FaultLabels.Placement placement = labels.of(i);
            String text = placement.where() == FaultLabels.Where.KEYED ? Integer.toString(placement.number())
                    : mark.label();
            double x = switch (placement.where()) {
                case INSIDE -> x1 + 4;
                case RIGHT, KEYED -> x2 + 3;
                case NONE -> Double.NaN;
            };
            if (!Double.isNaN(x)) {
                svg.element("text", text, "x", Px.of(x), "y", Px.of(rowTop + row - 7.5), "class", "fault-label",
                        "font-size", "10", "fill", "#111827", "paint-order", "stroke", "stroke", "#ffffff",
                        "stroke-width", "3");
            }
        }
        svg.close("g").newline();
    }

    double faultStart(Mark mark) {
        return time.pixel(mark.startSeconds());
    }

    double faultEnd(Mark mark) {
        return Math.max(faultStart(mark) + 1.5, time.pixel(mark.endSeconds()));
    }

    /** The names of the numbered faults, one a line, under the legend. */
    void faultKey(FaultLabels labels, double top) {
        if (labels.key().isEmpty()) {
            return;
        }
        svg.open("g", "class", "fault-key");
        for (int k = 0; k < labels.key().size(); k++) {
            svg.element("text", (k + 1) + "  " + labels.key().get(k), "x", Px.of(TimeChart.LEFT),
                    "y", Px.of(top + 11 + k * FaultLabels.KEY_LINE), "font-size", "11", "fill", AXIS);
        }
        svg.close("g").newline();
    }

    /** The time axis: a base line, ticks with labels, and its title. */
    void timeAxis() {
        svg.open("g", "class", "x-axis");
        svg.empty("line", "x1", Px.of(TimeChart.LEFT), "x2", Px.of(TimeChart.RIGHT), "y1", Px.of(bottom),
                "y2", Px.of(bottom), "stroke", AXIS);
        svg.empty("line", "x1", Px.of(TimeChart.LEFT), "x2", Px.of(TimeChart.LEFT), "y1", Px.of(top),
                "y2", Px.of(bottom), "stroke", AXIS);
        for (Tick tick : time.ticks()) {
            double px = time.pixel(tick.value());
            svg.empty("line", "x1", Px.of(px), "x2", Px.of(px), "y1", Px.of(bottom), "y2", Px.of(bottom + 5),
                    "stroke", AXIS);
            svg.element("text", tick.label(), "x", Px.of(px), "y", Px.of(bottom + 18), "text-anchor", "middle",
                    "fill", MUTED);
        }
        svg.element("text", time.title(), "x", Px.of((TimeChart.LEFT + TimeChart.RIGHT) / 2), "y",
                Px.of(bottom + 36), "text-anchor", "middle", "fill", AXIS);
        svg.close("g").newline();
    }

    /** One line, thinned, broken where it has no value; lone points become dots. */
    void line(Line line, int maxPoints) {
        ChartData.LineStyle style = line.style();
        // Thinned lines zigzag between each group's low and high: a finer pen keeps them readable.
        String width = line.y().length > maxPoints ? "1.1" : style.width();
        svg.open("g", "class", "line", "data-series", line.name(), "fill", "none", "stroke", style.colour(),
                "stroke-width", width, "stroke-dasharray", style.dash(), "stroke-linejoin", "round");
        StringBuilder points = new StringBuilder();
        int count = 0;
        for (int i : Downsample.minMax(line.y(), maxPoints)) {
            if (Double.isNaN(line.y()[i])) {
                count = segment(points, count, style);
                continue;
            }
            if (count > 0) {
                points.append(' ');
            }
            points.append(Px.point(time.pixel(line.xSeconds()[i]), y.pixel(line.y()[i])));
            count++;
        }
        segment(points, count, style);
        svg.close("g").newline();
    }

    private int segment(StringBuilder points, int count, ChartData.LineStyle style) {
        if (count == 1) {
            String[] xy = points.toString().split(",");
            svg.empty("circle", "cx", xy[0], "cy", xy[1], "r", "2", "fill", style.colour(), "stroke", "none");
        } else if (count > 1) {
            svg.empty("polyline", "points", points.toString());
        }
        points.setLength(0);
        return 0;
    }
}
