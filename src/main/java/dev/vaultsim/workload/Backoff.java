package dev.vaultsim.workload;

import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.scenario.RetrySpec;

/**
 * The wait before retry k (1-based). The Azure SDK for Java's policy (exponential, {@code jitter:
 * 0.05}, the default) is computed as azure-core's {@code ExponentialBackoff} does:
 * {@code min(2^(k−1) × U[0.95 × baseDelay, 1.05 × baseDelay), maxDelay)}, the jitter before the
 * cap, so the cap is never passed. Other policies keep the formula of the documentation:
 * {@code min(maxDelay, baseDelay × 2^(k−1))} (exponential) or {@code min(maxDelay, baseDelay)}
 * (fixed), times {@code U(1 − jitter, 1 + jitter)}, or {@code U(0, that)} with full jitter.
 */
public final class Backoff {

    /** azure-core's {@code ExponentialBackoff.JITTER_FACTOR}. */
    private static final double SDK_JITTER = 0.05;

    private final RetrySpec spec;
    private final RandomStream random;
    private final boolean sdkPolicy;

    public Backoff(RetrySpec spec, RandomStream random) {
        this.spec = spec;
        this.random = random;
        this.sdkPolicy = spec.backoff() == RetrySpec.Backoff.EXPONENTIAL && !spec.fullJitter()
                && spec.jitter() == SDK_JITTER;
    }

    /** Whether this is the Azure SDK's policy, which also honours Retry-After exactly. */
    public boolean isSdkPolicy() {
        return sdkPolicy;
    }

    public long delayBeforeRetry(int retry) {
        if (isSdkPolicy()) {
            return sdkDelay(retry);
        }
        double nominal = Math.min((double) spec.maxDelayNanos(), nominal(retry));
        double factor = spec.fullJitter()
                ? random.nextDouble()
                : 1 - spec.jitter() + 2 * spec.jitter() * random.nextDouble();
        return Math.round(nominal * factor);
    }

    /**
     * {@code ExponentialBackoff.calculateRetryDelay(retry − 1)}: a jittered base drawn uniformly
     * from {@code [⌊0.95 b⌋, ⌊1.05 b⌋)}, doubled per retry, capped. Where azure-core's long
     * product would overflow (past retry 30 or so) the cap applies.
     */
    private long sdkDelay(int retry) {
        long base = spec.baseDelayNanos();
        long low = (long) (base * (1 - SDK_JITTER));
        long high = (long) (base * (1 + SDK_JITTER));
        long jittered = low + (long) (random.nextDouble() * (high - low));
        int doublings = retry - 1;
        if (doublings >= Long.SIZE - 1 || jittered > spec.maxDelayNanos() >> doublings) {
            return spec.maxDelayNanos();
        }
        return jittered << doublings;
    }

    private double nominal(int retry) {
        if (spec.backoff() == RetrySpec.Backoff.FIXED) {
            return spec.baseDelayNanos();
        }
        return spec.baseDelayNanos() * StrictMath.pow(2, retry - 1);
    }
}
