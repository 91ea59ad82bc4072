package dev.vaultsim.scenario;

import java.util.List;

/**
 * A distribution of durations as a scenario writes it. All parameters in nanoseconds except the
 * lognormal's {@code mu}/{@code sigma}, which are in log-seconds as the format says. Sampling lives
 * in the model ({@code model.Sampler}); these records only describe.
 */
public sealed interface Distribution {

    /** The mean in nanoseconds (used for analytic checks and defaults). */
    double meanNanos();

    /** The value below which a share {@code p} of draws falls, in nanoseconds (bounds for bulk draws). */
    double quantileNanos(double p);

    /** A fixed duration. */
    record Constant(long nanos) implements Distribution {
        public double meanNanos() {
            return nanos;
        }

        public double quantileNanos(double p) {
            return nanos;
        }
    }

    record Exponential(long meanNanosValue) implements Distribution {
        public double meanNanos() {
            return meanNanosValue;
        }

        public double quantileNanos(double p) {
            return -meanNanosValue * StrictMath.log1p(-p);
        }
    }

    /**
     * Lognormal in log-seconds. {@code medianNanos} and {@code p99Nanos} are kept when the scenario
     * gave the distribution that way (else 0), so that {@code validate} prints it back as written.
     */
    record LogNormal(double mu, double sigma, long medianNanos, long p99Nanos) implements Distribution {
        /** The standard normal quantile at 0.99. */
        public static final double Z99 = 2.3263478740408408;

        public static LogNormal ofMedianP99(long medianNanos, long p99Nanos) {
            double mu = StrictMath.log(medianNanos / 1e9);
            double sigma = StrictMath.log((double) p99Nanos / medianNanos) / Z99;
            return new LogNormal(mu, sigma, medianNanos, p99Nanos);
        }

        public double meanNanos() {
            return StrictMath.exp(mu + sigma * sigma / 2) * 1e9;
        }

        public double quantileNanos(double p) {
            double z = new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1)
                    .inverseCumulativeProbability(p);
            return StrictMath.exp(mu + sigma * z) * 1e9;
        }
    }

    record Weibull(double shape, long scaleNanos) implements Distribution {
        public double meanNanos() {
            return scaleNanos * StrictMath.exp(org.apache.commons.math3.special.Gamma.logGamma(1 + 1 / shape));
        }

        public double quantileNanos(double p) {
            return scaleNanos * StrictMath.pow(-StrictMath.log1p(-p), 1 / shape);
        }
    }

    record Uniform(long minNanos, long maxNanos) implements Distribution {
        public double meanNanos() {
            return (minNanos + (double) maxNanos) / 2;
        }

        public double quantileNanos(double p) {
            return minNanos + p * (maxNanos - (double) minNanos);
        }
    }

    /** Resampled uniformly from the given values. */
    record Empirical(List<Long> valuesNanos) implements Distribution {
        public Empirical {
            valuesNanos = List.copyOf(valuesNanos);
        }

        public double meanNanos() {
            double sum = 0;
            for (long v : valuesNanos) {
                sum += v;
            }
            return sum / valuesNanos.size();
        }

        public double quantileNanos(double p) {
            List<Long> sorted = valuesNanos.stream().sorted().toList();
            return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
        }
    }
}
