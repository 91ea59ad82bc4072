package dev.vaultsim.scenario;

/** The failover timings of a region's vaults, each sampled per vault and per outage. */
public record FailoverSpec(Distribution detection, Distribution duration,
                           Distribution failbackDelay, Distribution failbackDuration) {
}
