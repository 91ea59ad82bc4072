package dev.vaultsim.scenario;

/**
 * The failover timings of a region's vaults, each sampled per vault and per outage.
 *
 * @param initiation the probability that the provider fails the vault over at all for an outage
 *                   (1: always, the seed document's automatic failover)
 */
public record FailoverSpec(Distribution detection, Distribution duration,
                           Distribution failbackDelay, Distribution failbackDuration, double initiation) {

    /** Automatic failover: every outage that outlasts detection fails over. */
    public FailoverSpec(Distribution detection, Distribution duration, Distribution failbackDelay,
                        Distribution failbackDuration) {
        this(detection, duration, failbackDelay, failbackDuration, 1);
    }
}
