package dev.vaultsim.report.html;

import dev.vaultsim.record.Interval;
import dev.vaultsim.record.SweepResult;
import dev.vaultsim.report.SweepFigures;
import dev.vaultsim.report.SweepWriters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sweep.html}: self-contained like report.html. Read and write availability against the
 * first parameter, with confidence bands and the SLO line, one line per value of the second
 * parameter, one chart per combination of any further ones (small multiples); a sentence where a
 * curve crosses the SLO; then the table.
 */
public final class SweepHtmlWriter {

    private static final Map<String, String> FIGURES = new LinkedHashMap<>();

    static {
        FIGURES.put("read", "Read availability");
        FIGURES.put("write", "Write availability");
    }

    public String toHtml(SweepResult sweep, String version) {
        Markup html = HtmlPage.begin("Sweep of " + sweep.scenario());
        html.element("h1", "Sweep of " + sweep.scenario()).newline();
        HtmlPage.note(html, sweep.points().size() + " points over " + String.join(", ", sweep.parameters()) + "; "
                + sweep.replications() + " replications each with seed " + sweep.seed()
                + " at every point (common random numbers: differences between points are the parameters' effect)."
                + " Bands are 95 % confidence intervals of the mean.");
        SweepAxis axis = SweepAxis.of(sweep.parameters().get(0), firstValues(sweep));
        for (Map.Entry<String, String> figure : FIGURES.entrySet()) {
            HtmlPage.openSection(html, figure.getKey(), figure.getValue());
            for (Map.Entry<String, List<SweepChart.Series>> panel : panels(sweep, figure.getKey(), axis).entrySet()) {
                String title = figure.getValue() + (panel.getKey().isEmpty() ? "" : " — " + panel.getKey());
                for (SweepChart.Series series : panel.getValue()) {
                    String crossing = crossing(axis, series, sweep.sloAvailability(), figure.getKey());
                    if (crossing != null) {
                        html.element("p", crossing + (series.name().isEmpty() ? "" : " (" + series.name() + ")")
                                + (panel.getKey().isEmpty() ? "" : " with " + panel.getKey()) + ".", "class", "crossing")
                                .newline();
                    }
                }
                html.open("figure").raw(SweepChart.render(title, axis, panel.getValue(), sweep.sloAvailability(), true))
                        .close("figure").newline();
            }
            HtmlPage.closeSection(html);
        }
        SweepWriters.Rows rows = SweepWriters.table(sweep, false);
        HtmlTable table = new HtmlTable(rows.header().toArray(String[]::new));
        int[] text = new int[sweep.parameters().size()];
        for (int i = 0; i < text.length; i++) {
            text[i] = i;
        }
        table.textColumns(text);
        rows.rows().forEach(row -> table.row(row.toArray(String[]::new)));
        HtmlPage.tableSection(html, "table", "Every point", table, "No points.");
        return HtmlPage.end(html, "vaultsim " + version + " · sweep of " + sweep.scenario() + " · seed " + sweep.seed());
    }

    private static List<String> firstValues(SweepResult sweep) {
        List<String> values = new ArrayList<>();
        for (SweepResult.Point point : sweep.points()) {
            if (!values.contains(point.values().get(0))) {
                values.add(point.values().get(0));
            }
        }
        return values;
    }

    /** Charts by the values of the third and later parameters; in each, a series per value of the second. */
    private static Map<String, List<SweepChart.Series>> panels(SweepResult sweep, String metric, SweepAxis axis) {
        Map<String, Map<String, Interval[]>> byPanel = new LinkedHashMap<>();
        for (SweepResult.Point point : sweep.points()) {
            List<String> v = point.values();
            String panel = describe(sweep.parameters(), v, 2);
            String series = v.size() > 1 ? sweep.parameters().get(1) + " = " + v.get(1) : "";
            Interval[] figures = byPanel.computeIfAbsent(panel, k -> new LinkedHashMap<>())
                    .computeIfAbsent(series, k -> new Interval[axis.values().size()]);
            figures[axis.values().indexOf(v.get(0))] = SweepFigures.of(point.result()).metric(metric);
        }
        Map<String, List<SweepChart.Series>> panels = new LinkedHashMap<>();
        byPanel.forEach((panel, series) -> {
            List<SweepChart.Series> list = new ArrayList<>();
            series.forEach((name, figures) -> list.add(new SweepChart.Series(name, List.of(figures))));
            panels.put(panel, list);
        });
        return panels;
    }

    private static String describe(List<String> parameters, List<String> values, int from) {
        List<String> parts = new ArrayList<>();
        for (int i = from; i < values.size(); i++) {
            parts.add(parameters.get(i) + " = " + values.get(i));
        }
        return String.join(", ", parts);
    }

    /**
     * Where the mean crosses the SLO between two neighbouring points, interpolated (on the log
     * scale when the axis has one); null if it never does.
     */
    static String crossing(SweepAxis axis, SweepChart.Series series, double slo, String metric) {
        List<Interval> points = series.points();
        for (int i = 0; i + 1 < points.size(); i++) {
            Interval a = points.get(i);
            Interval b = points.get(i + 1);
            if (a == null || b == null || (a.mean() >= slo) == (b.mean() >= slo)) {
                continue;
            }
            double t = (slo - a.mean()) / (b.mean() - a.mean());
            double xa = axis.positions()[i];
            double xb = axis.positions()[i + 1];
            double x = axis.log() ? xa * StrictMath.pow(xb / xa, t) : xa + (xb - xa) * t;
            String where = axis.numeric() ? "about " + axis.label(x) + " by interpolation, between "
                    + axis.values().get(i) + " and " + axis.values().get(i + 1)
                    : "between " + axis.values().get(i) + " and " + axis.values().get(i + 1);
            String direction = a.mean() >= slo ? "above" : "below";
            return axis.parameter() + " " + direction + " " + where + " misses " + Format.sloPercent(slo)
                    + " for " + (metric.equals("read") ? "reads" : "writes");
        }
        return null;
    }
}
