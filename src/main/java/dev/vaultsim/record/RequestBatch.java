package dev.vaultsim.record;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;

/**
 * {@code count} requests of one client to one vault, of one operation, with one outcome, whose
 * first attempts started in one phase of that vault and one timeline bucket: how an engine that
 * draws traffic in bulk reports it. Recording a batch of one is exactly recording that request.
 *
 * @param cause            the last attempt's cause, or null when they succeeded
 * @param phase            the vault's transition count when their first attempts started
 * @param firstStartNanos  a first-attempt start inside the batch's bucket (all of them lie in it)
 * @param attempts         attempts of all {@code count} requests together
 * @param latencies        the successful requests' latencies, first attempt to reply, as counts
 *                         adding up to {@code count} (null when they failed)
 * @param completedNanos   when the last of them completed: no request of the batch is later
 */
public record RequestBatch(int client, int vault, Operation operation, FailureCause cause, CacheOutcome cache,
                           int phase, long firstStartNanos, long count, long attempts, LatencyCounts latencies,
                           long latencySumNanos, long latencyMaxNanos, long completedNanos) {

    public RequestBatch {
        if (count < 1 || attempts < 0 || (cause == null) != (latencies != null)
                || (latencies != null && latencies.total() != count)) {
            throw new IllegalArgumentException("a batch has requests, attempts, and latencies exactly when it succeeded");
        }
    }

    public boolean succeeded() {
        return cause == null;
    }
}
