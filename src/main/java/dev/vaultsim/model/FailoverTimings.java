package dev.vaultsim.model;

import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.scenario.FailoverSpec;

/**
 * A vault's failover timings, drawn afresh for every outage of its primary, and whether the
 * provider fails over at all for that outage ({@code initiation}).
 */
final class FailoverTimings {

    private final Sampler detectionSampler;
    private final Sampler durationSampler;
    private final Sampler failbackDelaySampler;
    private final Sampler failbackDurationSampler;
    private final RandomStream random;
    private final double initiation;
    /** Null when every outage fails over: no draw, so scenarios without initiation keep their bytes. */
    private final RandomStream initiationRandom;
    private long detectionNanos;
    private long durationNanos;
    private long failbackDelayNanos;
    private long failbackDurationNanos;
    private boolean initiated;

    FailoverTimings(FailoverSpec spec, RandomStream random, RandomStream initiationRandom) {
        this.detectionSampler = Sampler.of(spec.detection());
        this.durationSampler = Sampler.of(spec.duration());
        this.failbackDelaySampler = Sampler.of(spec.failbackDelay());
        this.failbackDurationSampler = Sampler.of(spec.failbackDuration());
        this.random = random;
        this.initiation = spec.initiation();
        this.initiationRandom = initiation < 1 ? initiationRandom : null;
    }

    void sampleForOutage() {
        detectionNanos = detectionSampler.sample(random);
        durationNanos = durationSampler.sample(random);
        failbackDelayNanos = failbackDelaySampler.sample(random);
        failbackDurationNanos = failbackDurationSampler.sample(random);
        // Its own stream (not the timings'), so a change of initiation moves no timing.
        initiated = initiationRandom == null || initiationRandom.nextDouble() < initiation;
    }

    /** Whether the provider fails over for this outage at all ("best effort"). */
    boolean initiated() {
        return initiated;
    }

    long detectionNanos() {
        return detectionNanos;
    }

    long durationNanos() {
        return durationNanos;
    }

    long failbackDelayNanos() {
        return failbackDelayNanos;
    }

    long failbackDurationNanos() {
        return failbackDurationNanos;
    }
}
