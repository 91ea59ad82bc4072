package dev.vaultsim.simulation;

import dev.vaultsim.workload.AttemptListener;

/**
 * How to run a scenario: how many replications on how many threads, with which engine, who
 * watches progress, and (for tests) who is told of every attempt. None of it changes a figure
 * except {@code replications} and {@code engine}.
 *
 * @param attempts told of every attempt of replication 0 (invariant checks), or null
 */
public record RunOptions(int replications, int threads, EngineKind engine, RunMonitor monitor,
                         AttemptListener attempts) {

    public RunOptions {
        if (replications < 1 || threads < 1) {
            throw new IllegalArgumentException("replications and threads must be at least 1");
        }
    }

    /** One replication on one thread with the exact engine, unwatched. */
    public static RunOptions single() {
        return new RunOptions(1, 1, EngineKind.EXACT, RunMonitor.NONE, null);
    }

    public RunOptions withReplications(int newReplications, int newThreads) {
        return new RunOptions(newReplications, newThreads, engine, monitor, attempts);
    }

    public RunOptions withMonitor(RunMonitor newMonitor) {
        return new RunOptions(replications, threads, engine, newMonitor, attempts);
    }

    public RunOptions withAttempts(AttemptListener newAttempts) {
        return new RunOptions(replications, threads, engine, monitor, newAttempts);
    }
}
