package dev.vaultsim.model;

import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.scenario.FailoverSpec;

/** A vault's failover timings, drawn afresh for every outage of its primary. */
final class FailoverTimings {

    private final Sampler detectionSampler;
    private final Sampler durationSampler;
    private final Sampler failbackDelaySampler;
    private final Sampler failbackDurationSampler;
    private final RandomStream random;
    private long detection;
    private long duration;
    private long failbackDelay;
    private long failbackDuration;

    FailoverTimings(FailoverSpec spec, RandomStream random) {
        this.detectionSampler = Sampler.of(spec.detection());
        this.durationSampler = Sampler.of(spec.duration());
        this.failbackDelaySampler = Sampler.of(spec.failbackDelay());
        this.failbackDurationSampler = Sampler.of(spec.failbackDuration());
        this.random = random;
    }

    void sampleForOutage() {
        detection = detectionSampler.sample(random);
        duration = durationSampler.sample(random);
        failbackDelay = failbackDelaySampler.sample(random);
        failbackDuration = failbackDurationSampler.sample(random);
    }

    long detection() {
        return detection;
    }

    long duration() {
        return duration;
    }

    long failbackDelay() {
        return failbackDelay;
    }

    long failbackDuration() {
        return failbackDuration;
    }
}
