package dev.vaultsim.simulation;

import dev.vaultsim.scenario.Scenario;

/**
 * A way to run one replication of a scenario: what the replication runner, sweeps and shards
 * call. An engine draws only from the streams of (seed, replication), so a replication is a pure
 * function of the scenario, the seed and its index.
 */
public interface Engine {

    /**
     * @param detailed whether to keep what only replication 0 reports (phases, faults, timeline)
     */
    ReplicationRun replicate(Scenario scenario, int replication, boolean detailed, RunOptions options);
}
