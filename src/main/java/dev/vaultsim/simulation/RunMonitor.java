package dev.vaultsim.simulation;

/**
 * Watches replications start and finish, e.g. for a progress bar. A watcher may read
 * the {@link RunProgress} from another thread; that read is for display only and may be stale.
 */
public interface RunMonitor {

    void started(int replication, RunProgress progress);

    void finished(int replication);

    /** A work unit (point, replication) is done; sweeps count these for their progress line. */
    default void unitFinished(WorkUnit unit) {
    }

    RunMonitor NONE = new RunMonitor() {
        @Override
        public void started(int replication, RunProgress progress) {
        }

        @Override
        public void finished(int replication) {
        }
    };
}
