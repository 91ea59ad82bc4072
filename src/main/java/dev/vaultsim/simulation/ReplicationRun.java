package dev.vaultsim.simulation;

import dev.vaultsim.record.Aggregates;
import dev.vaultsim.record.RunResult;

/** One replication's report and the figures of it that pool across replications. */
public record ReplicationRun(int replication, RunResult result, Aggregates aggregates) {
}
