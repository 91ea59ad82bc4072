package dev.vaultsim.report;

import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.record.Confidence;
import dev.vaultsim.record.FailoverResult;
import dev.vaultsim.record.Interval;
import dev.vaultsim.record.LatencySummary;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.record.Stats;

import java.util.List;

/**
 * The figures a sweep shows for one point, the one place the JSON, CSV, table and charts take
 * them from. With replications, availabilities are the mean of per-replication availabilities
 * with their Student-t interval (as report.json's confidence block); with one, the pooled
 * availability without bounds.
 *
 * @param lostWrites lost writes per replication (mean and interval)
 * @param p99Millis  p99 latency of successful requests by class, pooled; null where none succeeded
 */
public record SweepFigures(Interval availability, Interval read, Interval write, Interval downtimeMinutesPerMonth,
                           Double sloMissProbability, Interval lostWrites, Double readP99Millis,
                           Double writeP99Millis) {

    private static final double MINUTES_PER_MONTH = 30 * 24 * 60;

    public static SweepFigures of(RunResult result) {
        Confidence c = result.confidence();
        if (c != null) {
            return new SweepFigures(c.availability(), c.byClass().get(OperationClass.READ),
                    c.byClass().get(OperationClass.WRITE), c.downtimeMinutesPerMonth(), c.sloMissProbability(),
                    c.lostWritesPerReplication(), p99(result, OperationClass.READ), p99(result, OperationClass.WRITE));
        }
        Interval availability = pooled(result.traffic().totals());
        Interval downtime = availability == null ? null
                : new Interval((1 - availability.mean()) * MINUTES_PER_MONTH, null, null);
        Double missed = availability == null ? null : availability.mean() < result.info().sloAvailability() ? 1.0 : 0.0;
        long lost = result.history().failovers().stream().mapToLong(FailoverResult::lostWrites).sum();
        return new SweepFigures(availability, pooled(result.traffic().byClass().get(OperationClass.READ)),
                pooled(result.traffic().byClass().get(OperationClass.WRITE)), downtime, missed,
                new Interval(lost, null, null), p99(result, OperationClass.READ), p99(result, OperationClass.WRITE));
    }

    /** The figure a metric names, for charts and sensitivity: availability, read, write or downtime. */
    public Interval metric(String metric) {
        return switch (metric) {
            case "read" -> read;
            case "write" -> write;
            case "downtime" -> downtimeMinutesPerMonth;
            default -> availability;
        };
    }

    public static final List<String> METRICS = List.of("availability", "read", "write", "downtime");

    private static Interval pooled(Stats stats) {
        return stats == null || stats.availability() == null ? null : new Interval(stats.availability(), null, null);
    }

    private static Double p99(RunResult result, OperationClass c) {
        Stats stats = result.traffic().byClass().get(c);
        LatencySummary latency = stats == null ? null : stats.latency();
        return latency == null ? null : latency.p99Millis();
    }
}
