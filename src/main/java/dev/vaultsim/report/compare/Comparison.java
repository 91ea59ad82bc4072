package dev.vaultsim.report.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reports side by side: each metric's value in every report and its {@link Difference} from the
 * first report, tested by a paired t-test where the runs share their random numbers and by
 * Welch's t-test otherwise.
 *
 * @param paired whether every report pairs with the first (same seed, replications and horizon)
 */
public record Comparison(List<ReportSummary> reports, List<Row> rows, List<String> notes, boolean paired) {

    /** Below this p-value a difference is called significant. */
    public static final double SIGNIFICANCE_LEVEL = 0.05;

    /**
     * One metric across the reports.
     *
     * @param scope       null for figures pooled over every replication; "replication 0" for those
     *                    drawn from the first replication only (failovers, lost writes)
     * @param differences one per report after the first
     */
    public record Row(String metric, Metrics.Unit unit, String scope, List<Double> values,
                      List<Difference> differences) {

        /** The metric's name with its scope, as tables show it. */
        public String label() {
            return scope == null ? metric : metric + " [" + scope + "]";
        }

        /** Two-sided p-values, null where not testable: the compare JSON's {@code pValues}. */
        public List<Double> pValues() {
            return differences.stream().map(Difference::p).toList();
        }
    }

    public static Comparison of(List<ReportSummary> reports) {
        Set<String> metrics = new LinkedHashSet<>();
        reports.forEach(report -> metrics.addAll(report.figures().keySet()));
        ReportSummary first = reports.get(0);
        boolean paired = reports.stream().allMatch(r -> pairs(first, r));
        boolean replicated = reports.stream().anyMatch(r -> r.replications() > 1);
        List<Row> rows = new ArrayList<>();
        for (String metric : metrics) {
            List<Double> values = new ArrayList<>();
            List<Difference> differences = new ArrayList<>();
            for (ReportSummary report : reports) {
                Double value = report.figures().get(metric);
                values.add(value);
                if (report != first) {
                    differences.add(Difference.of(first.figures().get(metric), value,
                            first.samples().get(metric), report.samples().get(metric), paired));
                }
            }
            String scope = replicated && Metrics.isFromReplicationZero(metric) ? "replication 0" : null;
            rows.add(new Row(metric, Metrics.unitOf(metric), scope, values, differences));
        }
        return new Comparison(reports, rows, notes(reports, paired), paired);
    }

    /** Common random numbers hold between two runs of one seed, replication count and horizon. */
    private static boolean pairs(ReportSummary a, ReportSummary b) {
        return a.seed() == b.seed() && a.replications() == b.replications() && a.replications() > 1
                && a.horizonSeconds() == b.horizonSeconds();
    }

    private static List<String> notes(List<ReportSummary> reports, boolean paired) {
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
        } else if (paired) {
            notes.add("Significance: paired t-test on the per-replication differences, p < " + SIGNIFICANCE_LEVEL
                    + ". The runs share seed and replication count, so replication i of each met the same random"
                    + " faults and arrivals wherever the scenarios agree (common random numbers); the interval is"
                    + " the 95 % confidence interval of the mean per-replication difference.");
        } else {
            notes.add("Significance: Welch's t-test on per-replication availabilities, p < " + SIGNIFICANCE_LEVEL
                    + " (the runs differ in seed, replications or horizon, so they are not paired); the interval"
                    + " is the 95 % confidence interval of the difference of the means.");
        }
        if (reports.stream().anyMatch(r -> r.replications() > 1)) {
            notes.add("Rows marked [replication 0] come from the first replication only, as the report's failover"
                    + " table does; the other rows pool every replication.");
        }
        notes.add("Latency rows cover successful requests only: a design that fails more requests can look faster."
                + " Read them beside the availability rows.");
        if (reports.stream().anyMatch(r -> r.horizonSeconds() != first.horizonSeconds())) {
            notes.add("The horizons differ: counts such as failovers and lost writes are not per unit of time.");
        }
        return notes;
    }
}
