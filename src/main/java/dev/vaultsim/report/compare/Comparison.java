package dev.vaultsim.report.compare;

import org.apache.commons.math3.stat.inference.TTest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reports side by side: each metric's value in every report, its difference from the first
 * report, and, where both reports carry replications, Welch's t-test of that difference.
 */
public record Comparison(List<ReportSummary> reports, List<Row> rows, List<String> notes) {

    /** Below this p-value a difference is called significant. */
    public static final double SIGNIFICANCE_LEVEL = 0.05;

    /**
     * One metric across the reports.
     *
     * @param differences value minus the first report's (null where either is missing), one per report after the first
     * @param pValues     Welch's two-sided p-value against the first report, or null where not testable
     */
    public record Row(String metric, Metrics.Unit unit, List<Double> values, List<Double> differences,
                      List<Double> pValues) {
    }

    public static Comparison of(List<ReportSummary> reports) {
        Set<String> metrics = new LinkedHashSet<>();
        reports.forEach(report -> metrics.addAll(report.figures().keySet()));
        List<Row> rows = new ArrayList<>();
        ReportSummary first = reports.get(0);
        for (String metric : metrics) {
            List<Double> values = new ArrayList<>();
            List<Double> differences = new ArrayList<>();
            List<Double> pValues = new ArrayList<>();
            for (ReportSummary report : reports) {
                Double value = report.figures().get(metric);
                values.add(value);
                if (report != first) {
                    Double base = first.figures().get(metric);
                    differences.add(value == null || base == null ? null : value - base);
                    pValues.add(welch(first.samples().get(metric), report.samples().get(metric)));
                }
            }
            rows.add(new Row(metric, Metrics.unitOf(metric), values, differences, pValues));
        }
        return new Comparison(reports, rows, notes(reports));
    }

    private static Double welch(List<Double> a, List<Double> b) {
        if (a == null || b == null || a.size() < 2 || b.size() < 2) {
            return null;
        }
        double[] x = a.stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = b.stream().mapToDouble(Double::doubleValue).toArray();
        if (variance(x) == 0 && variance(y) == 0) {
            return x[0] == y[0] ? 1.0 : 0.0;
        }
        return new TTest().tTest(x, y);
    }

    private static double variance(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v / values.length;
        }
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return sum;
    }

    private static List<String> notes(List<ReportSummary> reports) {
        List<String> notes = new ArrayList<>();
        ReportSummary first = reports.get(0);
        boolean scenarios = reports.stream().anyMatch(r -> !r.scenario().equals(first.scenario()));
        boolean seeds = reports.stream().anyMatch(r -> r.seed() != first.seed());
        if (scenarios || seeds) {
            notes.add("The reports are of different " + (scenarios && seeds ? "scenarios and seeds" : scenarios
                    ? "scenarios" : "seeds") + ": that is fine, the differences show what changed between them"
                    + (seeds ? " (including the randomness a different seed draws)" : "") + ".");
        }
        if (reports.stream().anyMatch(r -> r.replications() < 2)) {
            notes.add("Significance is tested only between reports with replications (run --replications R):"
                    + " a single run has no spread to test against.");
        } else {
            notes.add("Significant: Welch's t-test on per-replication availabilities, p < " + SIGNIFICANCE_LEVEL + ".");
        }
        if (reports.stream().anyMatch(r -> r.horizonSeconds() != first.horizonSeconds())) {
            notes.add("The horizons differ: counts such as failovers and lost writes are not per unit of time.");
        }
        return notes;
    }
}
