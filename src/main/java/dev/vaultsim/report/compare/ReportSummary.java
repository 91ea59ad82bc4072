package dev.vaultsim.report.compare;

import java.util.List;
import java.util.Map;

/**
 * What {@code compare} needs of one {@code report.json}: identity, the figures it compares, and the
 * per-replication availabilities when the report has replications (empty lists otherwise).
 *
 * @param figures     metric name to value (null where the report has none), in report order
 * @param samples     metric name to per-replication values, for the significance test
 */
public record ReportSummary(String file, String scenario, long seed, int replications, double horizonSeconds,
                            Map<String, Double> figures, Map<String, List<Double>> samples) {
}
