package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.engine.RandomStream;

/**
 * Binomial counts in O(1) for any number of trials a year of traffic can reach, as a {@code long}:
 * commons-math3's binomial takes {@code int} trials and inverts its distribution function. Below
 * 10 expected successes, inversion by geometric waiting times; from 10 on, Hörmann's BTRS
 * (transformed rejection with squeeze, "The generation of binomial random variates", 1993, the
 * method TensorFlow uses), its acceptance test on the ratio of probabilities to the mode written
 * with Stirling's series so that it stays exact at 10¹¹ trials. Only {@link StrictMath}, so every
 * CPU draws the same counts. Also the multinomial split of a count, binomial by binomial.
 */
final class Binomial {

    private static final double BTRS_FROM = 10;
    /** {@code log k! − log(√(2π) (k+1)^(k+½) e^−(k+1))} for small k, where the series is not yet exact. */
    private static final double[] STIRLING_TAIL = new double[10];

    static {
        double halfLogTwoPi = 0.5 * StrictMath.log(2 * Math.PI);
        double logFactorial = 0;
        for (int k = 0; k < STIRLING_TAIL.length; k++) {
            logFactorial += k == 0 ? 0 : StrictMath.log(k);
            STIRLING_TAIL[k] = logFactorial - (halfLogTwoPi + (k + 0.5) * StrictMath.log(k + 1.0) - (k + 1));
        }
    }

    private Binomial() {
    }

    /** Successes in {@code trials} independent trials of probability {@code p}. */
    static long draw(long trials, double p, RandomStream random) {
        if (trials <= 0 || !(p > 0)) {
            return 0;
        }
        if (p >= 1) {
            return trials;
        }
        if (p > 0.5) {
            return trials - draw(trials, 1 - p, random);
        }
        return trials * p < BTRS_FROM ? inversion(trials, p, random) : btrs(trials, p, random);
    }

    /**
     * Splits {@code count} among categories of the given probabilities (adding up to 1, or to less:
     * the rest is a category left out) into {@code counts}: each category a binomial of what the
     * ones before it left, at its share of the probability left.
     */
    static void split(long count, double[] probabilities, long[] counts, RandomStream random) {
        double left = 0;
        for (double p : probabilities) {
            left += p;
        }
        left = Math.max(left, 1);
        long remaining = count;
        for (int i = 0; i < probabilities.length; i++) {
            long drawn = remaining == 0 || probabilities[i] <= 0 ? 0
                    : draw(remaining, Math.min(1, probabilities[i] / left), random);
            counts[i] = drawn;
            remaining -= drawn;
            left -= probabilities[i];
        }
    }

    /** The number of geometric waiting times that fit in {@code trials}. */
    private static long inversion(long trials, double p, RandomStream random) {
        double logQ = StrictMath.log1p(-p);
        long successes = 0;
        double position = 0;
        while (true) {
            position += StrictMath.ceil(StrictMath.log(random.nextOpenDouble()) / logQ);
            if (position > trials) {
                return successes;
            }
            successes++;
        }
    }

    private static long btrs(long trials, double p, RandomStream random) {
        double n = trials;
        double spread = StrictMath.sqrt(n * p * (1 - p));
        double b = 1.15 + 2.53 * spread;
        double a = -0.0873 + 0.0248 * b + 0.01 * p;
        double c = n * p + 0.5;
        double vr = 0.92 - 4.2 / b;
        double r = p / (1 - p);
        double alpha = (2.83 + 5.1 / b) * spread;
        double mode = StrictMath.floor((n + 1) * p);
        double logModeTerm = (mode + 0.5) * StrictMath.log((mode + 1) / (r * (n - mode + 1)))
                + stirlingTail(mode) + stirlingTail(n - mode);
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            double k = StrictMath.floor((2 * a / us + b) * u + c);
            if (us >= 0.07 && v <= vr) {
                return (long) k;
            }
            if (k < 0 || k > n) {
                continue;
            }
            // log of the hat's height against log(f(k) / f(mode)), both exact to Stirling's series.
            double hat = StrictMath.log(v * alpha / (a / (us * us) + b));
            double ratio = logModeTerm + (n + 1) * StrictMath.log((n - mode + 1) / (n - k + 1))
                    + (k + 0.5) * StrictMath.log((n - k + 1) * r / (k + 1)) - stirlingTail(k) - stirlingTail(n - k);
            if (hat <= ratio) {
                return (long) k;
            }
        }
    }

    private static double stirlingTail(double k) {
        if (k < STIRLING_TAIL.length) {
            return STIRLING_TAIL[(int) k];
        }
        double inverse = 1 / (k + 1);
        double inverseSquared = inverse * inverse;
        return (1.0 / 12 - (1.0 / 360 - inverseSquared / 1260) * inverseSquared) * inverse;
    }
}
