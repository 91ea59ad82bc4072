package dev.vaultsim.simulation;

import dev.vaultsim.record.Aggregates;
import dev.vaultsim.record.RunResult;

/**
 * What one work unit produced, all that pooling needs: the figures that add up across
 * replications, the events it cost, and for replication 0 its whole report (phases, failovers,
 * timeline), which only replication 0 keeps. {@link UnitResultCodec} writes it as JSON, for
 * shard files and for Spark tasks.
 *
 * @param detail replication 0's own result, or null for other replications
 */
public record UnitResult(WorkUnit unit, long events, Aggregates aggregates, RunResult detail) {

    public UnitResult {
        if ((unit.replication() == 0) != (detail != null)) {
            throw new IllegalArgumentException("replication 0, and only it, carries its detailed result: " + unit);
        }
    }
}
