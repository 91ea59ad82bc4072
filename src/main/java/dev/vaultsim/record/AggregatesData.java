package dev.vaultsim.record;

import java.util.List;

/**
 * {@link Aggregates} as plain data, for a replication's partial result on disk or on the wire:
 * slices by operation in catalog order (null where no client uses the operation), by client in
 * the scenario's order, failure causes in enum order, the lost writes and the clients' views.
 */
public record AggregatesData(List<StatsAccumulator.Data> byOperation, List<StatsAccumulator.Data> byClient,
                             long[] failureCauses, long lostWrites, ClientViewCounts.Data clientViews) {
}
