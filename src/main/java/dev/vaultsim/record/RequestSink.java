package dev.vaultsim.record;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.OperationClass;

/**
 * Where engines put completed requests: one at a time as they complete, or in batches drawn in
 * bulk. Clients and vaults are named by their position in the scenario's lists.
 */
public interface RequestSink {

    /**
     * One request has its outcome.
     *
     * @param cause the last attempt's cause, or null when the request succeeded
     * @param phase the vault's transition count when the first attempt started
     */
    void requestCompleted(int client, int vault, Operation operation, FailureCause cause, int attempts,
                          long firstStartNanos, int phase, long now);

    /**
     * One request has its outcome, and the client's cache met it as {@code cache}: a hit has no
     * attempts and zero latency. {@code vault} answered its last attempt (for a hit, the class's
     * current vault). Sinks that do not count the cache's view may ignore it.
     */
    default void requestCompleted(int client, int vault, Operation operation, FailureCause cause, CacheOutcome cache,
                                  int attempts, long firstStartNanos, int phase, long now) {
        requestCompleted(client, vault, operation, cause, attempts, firstStartNanos, phase, now);
    }

    void requestsCompleted(RequestBatch batch);

    /** A client with several vaults made {@code toVault} the current vault of an operation class. */
    default void switchedVault(int client, OperationClass operationClass, int toVault, long now) {
    }

    /**
     * {@code count} writes accepted by {@code vault} by {@code now} left the client's vaults
     * different (client-resilience.md): one at a time from the exact engine, in bulk from others.
     */
    default void divergentWrites(int client, int vault, long count, long now) {
    }
}
