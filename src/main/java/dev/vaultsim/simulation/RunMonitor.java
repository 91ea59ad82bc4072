package dev.vaultsim.simulation;

import dev.vaultsim.engine.Simulator;

/**
 * Watches replications start and finish, e.g. for a progress bar. A watcher may read
 * {@link Simulator#now()} from another thread; that read is for display only and may be stale.
 */
public interface RunMonitor {

    void started(int replication, Simulator simulator);

    void finished(int replication);

    RunMonitor NONE = new RunMonitor() {
        @Override
        public void started(int replication, Simulator simulator) {
        }

        @Override
        public void finished(int replication) {
        }
    };
}
