package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.record.LatencyCounts;

import java.util.Arrays;
import java.util.function.ToLongFunction;

/**
 * A latency distribution as a table for drawing many latencies at once: {@value #SAMPLES} draws,
 * sorted and grouped into bins of equal mass (each bin stands for its draws' mean): 256 draws a bin
 * below the 99th percentile, 8 above, so that p50, p99 and p99.9 are read within a bin of their
 * quantile and a batch carries a few hundred values rather than thousands. The latencies of
 * {@code n} requests become counts per bucket by systematic sampling (each bucket gets {@code n}
 * times its share, rounded by one shared uniform, so the counts add up to exactly {@code n}); their
 * sum is the counts times each bucket's mean, and their maximum is drawn as the largest of
 * {@code n} draws from the table. These are the hybrid engine's approximations of latency, within
 * the table's own sampling error (docs/modelling-choices.md).
 */
final class LatencyTable {

    static final int SAMPLES = 65_536;
    /** Draws per bin below the 99th percentile, and above it. */
    private static final int BODY_BIN = 256;
    private static final int TAIL_BIN = 8;
    private static final double TAIL_FROM = 0.99;
    /** Up to this many successes, latencies are drawn one by one from the real distribution, without a table. */
    static final int EXACT_UP_TO = 64;

    private final long[] sorted;
    private final long[] bucketValues;
    private final double[] bucketMeans;
    private final double[] cumulative;

    LatencyTable(ToLongFunction<RandomStream> sampler, RandomStream random) {
        sorted = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            sorted[i] = sampler.applyAsLong(random);
        }
        Arrays.sort(sorted);
        // Bins of equal mass: coarse in the body, fine in the tail where p99 and p99.9 are read.
        int tailFrom = (int) (SAMPLES * TAIL_FROM) / BODY_BIN * BODY_BIN;
        int bins = tailFrom / BODY_BIN + (SAMPLES - tailFrom) / TAIL_BIN;
        bucketValues = new long[bins];
        bucketMeans = new double[bins];
        cumulative = new double[bins];
        int from = 0;
        for (int b = 0; b < bins; b++) {
            int to = from + (from < tailFrom ? BODY_BIN : TAIL_BIN);
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += sorted[i];
            }
            bucketMeans[b] = sum / (to - from);
            bucketValues[b] = Math.round(bucketMeans[b]);
            cumulative[b] = (double) to / SAMPLES;
            from = to;
        }
    }

    /** One latency: one of the table's draws, at random. */
    long sample(RandomStream random) {
        return sorted[random.nextInt(SAMPLES)];
    }

    /** The latencies of {@code n} requests as counts per bucket, with their sum and maximum. */
    Drawn draw(long n, RandomStream random) {
        double offset = random.nextDouble();
        long[] counts = new long[bucketValues.length];
        long previous = 0;
        double sum = 0;
        for (int b = 0; b < counts.length; b++) {
            long upTo = b == counts.length - 1 ? n : (long) Math.floor(n * cumulative[b] + offset);
            counts[b] = upTo - previous;
            previous = upTo;
            sum += counts[b] * bucketMeans[b];
        }
        // The largest of n draws from the table: its quantile is U^(1/n).
        double q = StrictMath.pow(random.nextOpenDouble(), 1.0 / n);
        long max = sorted[(int) Math.min(SAMPLES - 1, Math.floor(q * SAMPLES))];
        return new Drawn(new LatencyCounts(bucketValues, counts), Math.round(sum), max);
    }

    record Drawn(LatencyCounts counts, long sumNanos, long maxNanos) {
    }
}
