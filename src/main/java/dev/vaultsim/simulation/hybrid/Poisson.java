package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.engine.RandomStream;
import org.apache.commons.math3.special.Gamma;

/**
 * Poisson counts in O(1) for any mean a year of traffic can reach (10¹¹ and more), as a
 * {@code long}. commons-math3's Poisson is O(mean) and returns an {@code int}. Small means use
 * Knuth's product of uniforms; from 10 on, Hörmann's PTRS (transformed rejection with squeeze,
 * "The transformed rejection method for generating Poisson random variables", 1993), the method
 * numpy uses. Only {@link StrictMath} and commons-math3's {@code logGamma}, so every CPU draws
 * the same counts.
 */
final class Poisson {

    private static final double PTRS_FROM = 10;

    private Poisson() {
    }

    static long draw(double mean, RandomStream random) {
        if (!(mean > 0)) {
            return 0;
        }
        return mean < PTRS_FROM ? knuth(mean, random) : ptrs(mean, random);
    }

    private static long knuth(double mean, RandomStream random) {
        double limit = StrictMath.exp(-mean);
        double product = random.nextDouble();
        long count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    private static long ptrs(double mean, RandomStream random) {
        double logMean = StrictMath.log(mean);
        double b = 0.931 + 2.53 * StrictMath.sqrt(mean);
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) StrictMath.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            double accept = StrictMath.log(v) + StrictMath.log(invAlpha) - StrictMath.log(a / (us * us) + b);
            if (accept <= -mean + k * logMean - Gamma.logGamma(k + 1.0)) {
                return k;
            }
        }
    }
}
