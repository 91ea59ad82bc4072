package dev.vaultsim.simulation;

import dev.vaultsim.scenario.Scenario;

/**
 * How to run a scenario: how many replications on how many threads, with which engine (null: each
 * scenario's own), who
 * watches progress, and (for tests) who is told of every attempt, request and vault transition of
 * replication 0. None of it changes a figure except {@code replications} and {@code engine}.
 */
public record RunOptions(int replications, int threads, EngineKind engine, RunMonitor monitor,
                         RunListeners listeners) {

    /**
     * The most replications a run takes: each is a number in report.json and a dot in report.html,
     * so more than this is not a meaningful request (and a confidence interval is long settled).
     */
    public static final int MAX_REPLICATIONS = 100_000;

    public RunOptions {
        if (listeners == null || monitor == null) {
            throw new IllegalArgumentException("monitor and listeners are never null (use NONE)");
        }
        if (replications < 1 || replications > MAX_REPLICATIONS || threads < 1) {
            throw new IllegalArgumentException("replications must be in [1, " + MAX_REPLICATIONS
                    + "] and threads at least 1");
        }
    }

    /** One replication on one thread with the exact engine, unwatched. */
    public static RunOptions single() {
        return new RunOptions(1, 1, null, RunMonitor.NONE, RunListeners.NONE);
    }

    /** The engine for this scenario: the one chosen for the run, or else the scenario's own. */
    public EngineKind engineFor(Scenario scenario) {
        return engine != null ? engine : EngineKind.of(scenario.engine());
    }

    public RunOptions withEngine(EngineKind newEngine) {
        return new RunOptions(replications, threads, newEngine, monitor, listeners);
    }

    public RunOptions withReplications(int newReplications, int newThreads) {
        return new RunOptions(newReplications, newThreads, engine, monitor, listeners);
    }

    public RunOptions withMonitor(RunMonitor newMonitor) {
        return new RunOptions(replications, threads, engine, newMonitor, listeners);
    }

    public RunOptions withListeners(RunListeners newListeners) {
        return new RunOptions(replications, threads, engine, monitor, newListeners);
    }
}
