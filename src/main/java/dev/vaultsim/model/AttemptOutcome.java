package dev.vaultsim.model;

import dev.vaultsim.catalog.FailureCause;

/**
 * What the service decided for one attempt at the instant it was sent. Reused by its owner, so
 * deciding an attempt allocates nothing.
 */
public final class AttemptOutcome {

    /** Null when the attempt succeeds. */
    FailureCause cause;
    /** The region did not answer: the client learns of it only at its timeout. */
    boolean unreachable;
    /** When the reply is back, counted from the send (meaningless when unreachable). */
    long latencyNanos;
    /** For THROTTLED: the earliest time a retry may be accepted. */
    long retryAfterNanos;

    public FailureCause cause() {
        return cause;
    }

    public boolean succeeded() {
        return cause == null;
    }

    public boolean unreachable() {
        return unreachable;
    }

    public long latencyNanos() {
        return latencyNanos;
    }

    public long retryAfterNanos() {
        return retryAfterNanos;
    }

    /**
     * The client could not reach the vault for a reason of its own (a private endpoint
     * reconnecting): like an unreachable region, it learns of it only at its timeout.
     */
    public void unreachableFromClient(FailureCause failureCause) {
        set(failureCause, 0);
        unreachable = true;
    }

    void setUnreachable() {
        set(FailureCause.REGION_UNAVAILABLE, 0);
        unreachable = true;
    }

    void set(FailureCause failureCause, long latency) {
        cause = failureCause;
        latencyNanos = latency;
        unreachable = false;
        retryAfterNanos = 0;
    }
}
