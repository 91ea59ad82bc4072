package dev.vaultsim.record;

/**
 * One failover of a vault, from the outage that caused it to the failback that ended it. Times
 * that did not happen before the horizon are null.
 */
public record FailoverResult(String vault, String from, String to, long outageStartNanos,
                             Long failoverStartNanos, Long failoverCompleteNanos,
                             Long failbackStartNanos, Long failbackCompleteNanos,
                             int failbackAborts, long lostWrites) {
}
