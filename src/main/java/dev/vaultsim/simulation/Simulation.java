package dev.vaultsim.simulation;

import dev.vaultsim.record.RunResult;
import dev.vaultsim.scenario.Scenario;

/**
 * Assembles one run: compiles the scenario into the model's actors, attaches clients, faults and
 * the recorder to one simulator, runs it to the horizon and returns what the recorder saw.
 */
public final class Simulation {

    private Simulation() {
    }

    /** Runs replication 0 of the scenario with its own seed. */
    public static RunResult run(Scenario scenario) {
        throw new UnsupportedOperationException("simulation not wired yet");
    }
}
