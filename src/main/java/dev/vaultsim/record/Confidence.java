package dev.vaultsim.record;

import dev.vaultsim.catalog.OperationClass;

import java.util.List;
import java.util.Map;

/**
 * What the replications say beyond the pooled figures: the mean of per-replication
 * availabilities with a Student-t interval, per class too, the same as downtime, and the share of
 * replications that missed the SLO. A replication without requests has a null availability and is
 * left out of the statistics. Lost writes per replication are for sweeps; reports keep
 * replication 0's failovers.
 */
public record Confidence(double level, Interval availability, Map<OperationClass, Interval> byClass,
                         Interval downtimeMinutesPerMonth, Interval downtimeMinutesPerYear,
                         List<Double> replicationAvailability,
                         Map<OperationClass, List<Double>> replicationAvailabilityByClass,
                         double sloMissProbability, Interval lostWritesPerReplication) {
}
