package dev.vaultsim.record;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;

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

    void requestsCompleted(RequestBatch batch);
}
