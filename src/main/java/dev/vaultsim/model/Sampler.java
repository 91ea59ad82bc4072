package dev.vaultsim.model;

import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.scenario.Distribution;

import java.util.List;

/**
 * Draws durations in nanoseconds from a scenario's distribution. StrictMath throughout, so a seed
 * gives the same digits on every CPU; no draw allocates.
 */
@FunctionalInterface
public interface Sampler {

    /** Far beyond any horizon, yet safe to add to a time without overflow. */
    long MAX_NANOS = Long.MAX_VALUE / 4;

    long sample(RandomStream random);

    static Sampler of(Distribution distribution) {
        if (distribution instanceof Distribution.Constant constant) {
            long nanos = constant.nanos();
            return random -> nanos;
        } else if (distribution instanceof Distribution.Exponential exponential) {
            double mean = exponential.meanNanosValue();
            return random -> clamp(-mean * StrictMath.log(random.nextOpenDouble()));
        } else if (distribution instanceof Distribution.LogNormal logNormal) {
            double mu = logNormal.mu();
            double sigma = logNormal.sigma();
            return random -> clamp(StrictMath.exp(mu + sigma * random.nextGaussian()) * 1e9);
        } else if (distribution instanceof Distribution.Weibull weibull) {
            double inverseShape = 1 / weibull.shape();
            double scale = weibull.scaleNanos();
            return random -> clamp(scale * StrictMath.pow(-StrictMath.log(random.nextOpenDouble()), inverseShape));
        } else if (distribution instanceof Distribution.Uniform uniform) {
            long min = uniform.minNanos();
            double width = uniform.maxNanos() - (double) uniform.minNanos();
            return random -> min + clamp(random.nextDouble() * width);
        } else if (distribution instanceof Distribution.Empirical empirical) {
            long[] values = toArray(empirical.valuesNanos());
            return random -> values[random.nextInt(values.length)];
        }
        throw new IllegalArgumentException("unknown distribution " + distribution);
    }

    /** A draw stretched by a latency spike's factor (1: unchanged, not rounded again). */
    static long spiked(long nanos, double factor) {
        return factor == 1 ? nanos : clamp(nanos * factor);
    }

    /** Rounds to whole nanoseconds and keeps the value in [0, MAX_NANOS]. */
    static long clamp(double nanos) {
        if (!(nanos > 0)) {
            return 0;
        }
        return nanos >= MAX_NANOS ? MAX_NANOS : Math.round(nanos);
    }

    private static long[] toArray(List<Long> values) {
        long[] array = new long[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }
}
