package dev.vaultsim.model;

/**
 * The history of one failover of a vault as it happens. Times not reached yet are -1; the report
 * turns those (and anything past the horizon) into nulls.
 */
public final class FailoverRecord {

    private final long outageStartNanos;
    private final long lostWrites;
    long failoverStartNanos = -1;
    long failoverCompleteNanos = -1;
    long failbackStartNanos = -1;
    long failbackCompleteNanos = -1;
    int failbackAborts;

    FailoverRecord(long outageStartNanos, long lostWrites) {
        this.outageStartNanos = outageStartNanos;
        this.lostWrites = lostWrites;
    }

    public long outageStartNanos() {
        return outageStartNanos;
    }

    public long lostWrites() {
        return lostWrites;
    }

    public long failoverStartNanos() {
        return failoverStartNanos;
    }

    public long failoverCompleteNanos() {
        return failoverCompleteNanos;
    }

    public long failbackStartNanos() {
        return failbackStartNanos;
    }

    public long failbackCompleteNanos() {
        return failbackCompleteNanos;
    }

    /** Failbacks aborted (the primary down again) before the horizon. */
    public int failbackAborts() {
        return failbackAborts;
    }
}
