package dev.vaultsim.model;

import dev.vaultsim.catalog.VaultState;
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
    /** The vault's state when the attempt was sent. */
    VaultState state;

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

    public VaultState state() {
        return state;
    }

    /**
     * The client could not reach the vault for a reason of its own (a private endpoint
     * reconnecting): like an unreachable region, it learns of it only at its timeout.
     */
    public void unreachableFromClient(VaultState inState, FailureCause failureCause) {
        set(inState, failureCause, 0);
        unreachable = true;
    }

    void unreachable(VaultState inState) {
        set(inState, FailureCause.REGION_UNAVAILABLE, 0);
        unreachable = true;
    }

    void set(VaultState inState, FailureCause failureCause, long latency) {
        state = inState;
        cause = failureCause;
        latencyNanos = latency;
        unreachable = false;
        retryAfterNanos = 0;
    }
}
