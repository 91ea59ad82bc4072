package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.record.LatencyCounts;

import java.util.Arrays;
import java.util.function.ToLongFunction;

/**
 * A latency distribution as a table for drawing many latencies at once: {@value #SAMPLES} draws,
 * sorted and grouped into bins (each stands for its draws' mean) of at most 256 draws below the
 * 98.5th percentile and 8 above (so that no bin of 256 ends at the 99th), and at most 0.2 % wide,
 * so that any percentile, of this distribution or of a mix of several, is read within 0.1 % of the
 * draws', and a batch carries hundreds of values rather than tens of thousands. The latencies of
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
    private static final double TAIL_FROM = 0.985;
    /** A bin spans at most this much above its lowest draw (relative). */
    private static final double MAX_WIDTH = 0.002;
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
        // Bins of at most BODY_BIN draws (TAIL_BIN above the 99th percentile) and at most
        // MAX_WIDTH wide, relative to their lowest draw: where draws are sparse (the upper body of
        // a slow operation, which a mixture's percentiles reach) a bin of fixed mass spans too wide
        // a range, and a percentile read there lands a bin's half-width off.
        int tailFrom = (int) (SAMPLES * TAIL_FROM);
        long[] ends = new long[SAMPLES];
        int bins = 0;
        int from = 0;
        while (from < SAMPLES) {
            int most = from < tailFrom ? BODY_BIN : TAIL_BIN;
            double widest = sorted[from] * (1 + MAX_WIDTH);
            int to = from + 1;
            while (to < SAMPLES && to - from < most && sorted[to] <= widest && (from >= tailFrom || to < tailFrom)) {
                to++;
            }
            ends[bins++] = to;
            from = to;
        }
        bucketValues = new long[bins];
        bucketMeans = new double[bins];
        cumulative = new double[bins];
        from = 0;
        for (int b = 0; b < bins; b++) {
            int to = (int) ends[b];
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
