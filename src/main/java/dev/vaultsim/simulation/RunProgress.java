package dev.vaultsim.simulation;

/**
 * How far a running replication has come, for display: read from another thread, racily, and
 * never part of a report.
 */
public interface RunProgress {

    /** The replication's simulated clock. */
    long simulatedNanos();

    long eventsProcessed();
}
