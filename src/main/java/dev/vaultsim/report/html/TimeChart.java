package dev.vaultsim.report.html;

import dev.vaultsim.report.html.ChartData.Band;
import dev.vaultsim.report.html.ChartData.Line;
import dev.vaultsim.report.html.ChartData.Mark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A chart over simulated time as one inline SVG: the vaults' states as a strip per vault and as
 * shaded bands behind the plot, the faults as a row of bars and dashed lines where they start,
 * lines of values, axes with ticks and units, and a legend. Geometry and data attributes
 * ({@code data-plot}, {@code data-state}, {@code data-series}) are part of the output so that tests
 * can read values back from the drawing.
 */
final class TimeChart {

    static final int WIDTH = 960;
    static final int MAX_POINTS_PER_LINE = 2_000;
    static final double LEFT = 104;
    static final double RIGHT = WIDTH - 28;
    private static final double ROW = 18;
    private static final double PLOT_HEIGHT = 230;
    /** Overlapping faults get rows of their own, up to this many; more overlap in the last row. */
    private static final int MAX_FAULT_LANES = 4;

    private final String id;
    private final String title;
    private final TimeScale time;
    private final List<String> vaults = new ArrayList<>();
    private final List<Band> bands = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final BiFunction<Double, Double, Scale> yScale;
    private boolean shadeBands = true;
    private double plotHeight = PLOT_HEIGHT;

    /** @param yScale the value axis, given the plot's bottom and top pixel */
    TimeChart(String id, String title, double horizonSeconds, BiFunction<Double, Double, Scale> yScale) {
        this.id = id;
        this.title = title;
        this.time = new TimeScale(horizonSeconds, LEFT, RIGHT, 12);
        this.yScale = yScale;
    }

    TimeChart band(Band band) {
        if (!vaults.contains(band.vault())) {
            vaults.add(band.vault());
        }
        bands.add(band);
        return this;
    }

    /** Strips only, no shading behind the lines: for charts that overlay several runs. */
    TimeChart withoutShading() {
        shadeBands = false;
        return this;
    }

    /** A shorter plot, for small multiples (one chart per vault). */
    TimeChart plotHeight(double height) {
        plotHeight = height;
        return this;
    }

    TimeChart mark(Mark mark) {
        marks.add(mark);
        return this;
    }

    TimeChart line(Line line) {
        lines.add(line);
        return this;
    }

    String render() {
        double stripTop = 8;
        int[] lanes = lanes();
        int laneCount = java.util.Arrays.stream(lanes).max().orElse(-1) + 1;
        // Names too long for the margin go on a line of their own above their strip, never cut off.
        boolean namesAbove = vaults.stream().anyMatch(ChartLayers::tooLongForMargin);
        double stripRow = namesAbove ? ROW + ChartLayers.NAME_LINE : ROW;
        double plotTop = stripTop + stripRow * vaults.size() + ROW * laneCount + 8;
        double plotBottom = plotTop + plotHeight;
        Scale y = yScale.apply(plotBottom, plotTop);
        Legend legend = legend();
        double legendHeight = legend.height(LEFT, RIGHT);
        FaultLabels labels = faultLabels(lanes);
        double height = plotBottom + 48 + legendHeight + 8 + labels.keyHeight();
        Markup svg = new Markup();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + WIDTH + " " + Px.of(height),
                "width", Integer.toString(WIDTH), "height", Px.of(height), "role", "img",
                "font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
                "font-size", "12", "class", "chart", "data-chart", id,
                "data-plot", Px.of(LEFT) + " " + Px.of(plotTop) + " " + Px.of(RIGHT) + " " + Px.of(plotBottom),
                "data-horizon-seconds", Px.of(time.horizonSeconds()));
        svg.element("title", title).newline();
        definitions(svg);
        svg.empty("rect", "x", "0", "y", "0", "width", Integer.toString(WIDTH), "height", Px.of(height),
                "fill", "#ffffff").newline();
        ChartLayers layers = new ChartLayers(svg, time, y, plotTop, plotBottom, id);
        layers.valueGrid();
        // With several vaults the strips tell their states apart; shading them all would pile up.
        if (shadeBands && vaults.size() == 1) {
            layers.bands(bands);
        }
        layers.strips(bands, vaults, stripTop, stripRow, namesAbove);
        layers.faults(marks, lanes, stripTop + stripRow * vaults.size(), ROW, labels);
        layers.timeAxis();
        for (Line line : lines) {
            layers.line(line, MAX_POINTS_PER_LINE);
        }
        legend.draw(svg, LEFT, RIGHT, plotBottom + 48, id);
        layers.faultKey(labels, plotBottom + 48 + legendHeight + 4);
        svg.close("svg");
        return svg.toString();
    }

    private FaultLabels faultLabels(int[] lanes) {
        double[] x1 = new double[marks.size()];
        double[] x2 = new double[marks.size()];
        for (int i = 0; i < marks.size(); i++) {
            x1[i] = time.pixel(marks.get(i).startSeconds());
            x2[i] = Math.max(x1[i] + 1.5, time.pixel(marks.get(i).endSeconds()));
        }
        return FaultLabels.place(marks, x1, x2, lanes, RIGHT);
    }

    /** For each fault, taken in order of start, the first row in which it overlaps no earlier fault. */
    private int[] lanes() {
        int[] lanes = new int[marks.size()];
        double[] laneEnds = new double[MAX_FAULT_LANES];
        java.util.Arrays.fill(laneEnds, Double.NEGATIVE_INFINITY);
        int[] byStart = java.util.stream.IntStream.range(0, marks.size()).boxed()
                .sorted(java.util.Comparator.comparingDouble(i -> marks.get(i).startSeconds()))
                .mapToInt(Integer::intValue).toArray();
        for (int i : byStart) {
            int lane = 0;
            while (lane < MAX_FAULT_LANES - 1 && laneEnds[lane] > marks.get(i).startSeconds()) {
                lane++;
            }
            lanes[i] = lane;
            laneEnds[lane] = Math.max(laneEnds[lane], marks.get(i).endSeconds());
        }
        return lanes;
    }

    private void definitions(Markup svg) {
        svg.open("defs");
        for (StateStyle style : StateStyle.values()) {
            style.pattern(svg, id);
        }
        svg.open("pattern", "id", id + "-fault", "width", "6", "height", "6", "patternUnits", "userSpaceOnUse",
                "patternTransform", "rotate(45)");
        svg.empty("rect", "width", "6", "height", "6", "fill", "#e5e7eb");
        svg.empty("path", "d", "M0,0 v6", "stroke", "#4b5563", "stroke-width", "2");
        svg.close("pattern").close("defs").newline();
    }

    /** Lines first, then each state that occurs, then faults if any: only what the chart shows. */
    private Legend legend() {
        Legend legend = new Legend();
        for (Line line : lines) {
            legend.line(line.name(), line.style());
        }
        for (StateStyle style : StateStyle.values()) {
            if (bands.stream().anyMatch(b -> b.state() == style.state())) {
                legend.state(style);
            }
        }
        if (!marks.isEmpty()) {
            legend.fault();
        }
        return legend;
    }
}
