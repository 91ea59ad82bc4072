package dev.vaultsim.workload;

import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.scenario.RetrySpec;

/**
 * The wait before retry k (1-based): {@code min(maxDelay, baseDelay × 2^(k−1))} for exponential
 * backoff or {@code min(maxDelay, baseDelay)} for fixed, times {@code U(1 − jitter, 1 + jitter)},
 * or {@code U(0, that)} with full jitter.
 */
final class Backoff {

    private final RetrySpec spec;
    private final RandomStream random;

    Backoff(RetrySpec spec, RandomStream random) {
        this.spec = spec;
        this.random = random;
    }

    long delayBeforeRetry(int retry) {
        double nominal = Math.min((double) spec.maxDelayNanos(), nominal(retry));
        double factor = spec.fullJitter()
                ? random.nextDouble()
                : 1 - spec.jitter() + 2 * spec.jitter() * random.nextDouble();
        return Math.round(nominal * factor);
    }

    private double nominal(int retry) {
        if (spec.backoff() == RetrySpec.Backoff.FIXED) {
            return spec.baseDelayNanos();
        }
        return spec.baseDelayNanos() * StrictMath.pow(2, retry - 1);
    }
}
