package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.engine.RandomStream;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.function.IntToDoubleFunction;
import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hybrid engine's count samplers against the textbook: their frequencies fit the probability
 * mass function (chi-square, at 0.1 %) on both sides of each sampler's switch of method, and at a
 * year's scale their mean lies within five standard errors.
 */
class CountSamplersTest {

    private static final int DRAWS = 200_000;

    @ParameterizedTest(name = "Binomial({0}, {1})")
    @CsvSource({"40, 0.1", "1000, 0.3", "1000, 0.8", "100000, 0.004", "30, 0.5"})
    void binomialFitsItsMassFunction(int trials, double p) {
        RandomStream random = new RandomStream(trials * 31L + (long) (p * 1000));
        BinomialDistribution exact = new BinomialDistribution(null, trials, p);
        assertFits(() -> Binomial.draw(trials, p, random), exact::probability,
                (int) (trials * p - 6 * Math.sqrt(trials * p * (1 - p)) - 1),
                (int) (trials * p + 6 * Math.sqrt(trials * p * (1 - p)) + 1));
    }

    @ParameterizedTest(name = "Poisson({0})")
    @CsvSource({"3.5", "9.9", "10", "250", "40000"})
    void poissonFitsItsMassFunction(double mean) {
        RandomStream random = new RandomStream((long) (mean * 100));
        PoissonDistribution exact = new PoissonDistribution(null, mean, 1e-12, 10_000_000);
        assertFits(() -> Poisson.draw(mean, random), exact::probability,
                (int) (mean - 6 * Math.sqrt(mean) - 1), (int) (mean + 6 * Math.sqrt(mean) + 1));
    }

    @ParameterizedTest(name = "Hypergeometric({0}, {1}, {2})")
    @CsvSource({"50, 10, 5", "1000, 300, 400", "100000, 99000, 30", "100000, 2000, 99000", "20, 19, 7"})
    void hypergeometricFitsItsMassFunction(int population, int marked, int draws) {
        RandomStream random = new RandomStream(population * 31L + marked * 7L + draws);
        HypergeometricDistribution exact = new HypergeometricDistribution(null, population, marked, draws);
        double spread = Math.sqrt(exact.getNumericalVariance());
        double mean = exact.getNumericalMean();
        assertFits(() -> Hypergeometric.draw(population, marked, draws, random), exact::probability,
                (int) (mean - 6 * spread - 1), (int) (mean + 6 * spread + 1));
    }

    @Test
    void aHypergeometricDraw_atAYearsScale_holdsItsMean_andStaysInItsRange() {
        RandomStream random = new RandomStream(13);
        long population = 300_000_000_000L;
        long marked = 120_000_000_000L;
        long draws = 5_000_000L;
        int n = 500;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            long k = Hypergeometric.draw(population, marked, draws, random);
            assertThat(k).isBetween(0L, draws);
            sum += k;
        }
        double p = (double) marked / population;
        double error = Math.sqrt(draws * p * (1 - p) / n);
        assertThat(Math.abs(sum / n - draws * p)).isLessThan(5 * error);
        assertThat(Hypergeometric.draw(population, marked, 0, random)).isZero();
        assertThat(Hypergeometric.draw(population, 0, draws, random)).isZero();
        assertThat(Hypergeometric.draw(population, population, draws, random)).isEqualTo(draws);
    }

    @Test
    void atAYearsScale_theMeansHold() {
        RandomStream random = new RandomStream(7);
        long trials = 300_000_000_000L;
        double p = 0.3;
        int n = 2_000;
        double sum = 0;
        double poissonSum = 0;
        for (int i = 0; i < n; i++) {
            long k = Binomial.draw(trials, p, random);
            assertThat(k).isBetween(0L, trials);
            sum += k;
            poissonSum += Poisson.draw(trials * p, random);
        }
        double mean = trials * p;
        double error = Math.sqrt(trials * p * (1 - p) / n);
        assertThat(Math.abs(sum / n - mean)).isLessThan(5 * error);
        assertThat(Math.abs(poissonSum / n - mean)).isLessThan(5 * Math.sqrt(mean / n));
    }

    @Test
    void aSplitAddsUpToTheCount_andEveryShareIsInItsInterval() {
        RandomStream random = new RandomStream(11);
        double[] probabilities = {0.5, 0.3, 0.15, 0.05};
        long[] counts = new long[4];
        long[] totals = new long[4];
        int n = 2_000;
        for (int i = 0; i < n; i++) {
            Binomial.split(10_000, probabilities, counts, random);
            assertThat(counts[0] + counts[1] + counts[2] + counts[3]).isEqualTo(10_000);
            for (int c = 0; c < 4; c++) {
                totals[c] += counts[c];
            }
        }
        for (int c = 0; c < 4; c++) {
            double p = probabilities[c];
            double error = Math.sqrt(10_000 * p * (1 - p) / n);
            assertThat(Math.abs(totals[c] / (double) n - 10_000 * p)).isLessThan(5 * error);
        }
    }

    @Test
    void degenerateProbabilities_areExact() {
        RandomStream random = new RandomStream(3);
        assertThat(Binomial.draw(1_000_000_000_000L, 1, random)).isEqualTo(1_000_000_000_000L);
        assertThat(Binomial.draw(1_000_000_000_000L, 0, random)).isZero();
        assertThat(Binomial.draw(0, 0.5, random)).isZero();
    }

    /** Chi-square of {@link #DRAWS} draws over [low, high], the tails pooled into the end cells. */
    private static void assertFits(LongSupplier draw, IntToDoubleFunction mass, int low, int high) {
        int from = Math.max(0, low);
        int cells = high - from + 1;
        long[] observed = new long[cells];
        for (int i = 0; i < DRAWS; i++) {
            long k = draw.getAsLong();
            observed[(int) Math.min(cells - 1, Math.max(0, k - from))]++;
        }
        double[] expected = new double[cells];
        for (int k = 0; k <= high + 1000; k++) {
            expected[Math.min(cells - 1, Math.max(0, k - from))] += mass.applyAsDouble(k) * DRAWS;
        }
        // Cells expecting fewer than 5 draws are pooled with their neighbour toward the centre.
        int mid = cells / 2;
        for (int c = 0; c < mid; c++) {
            if (expected[c] < 5) {
                expected[c + 1] += expected[c];
                observed[c + 1] += observed[c];
                expected[c] = 0;
                observed[c] = 0;
            }
        }
        for (int c = cells - 1; c > mid; c--) {
            if (expected[c] < 5) {
                expected[c - 1] += expected[c];
                observed[c - 1] += observed[c];
                expected[c] = 0;
                observed[c] = 0;
            }
        }
        int kept = 0;
        for (double e : expected) {
            kept += e > 0 ? 1 : 0;
        }
        double[] e = new double[kept];
        long[] o = new long[kept];
        for (int c = 0, i = 0; c < cells; c++) {
            if (expected[c] > 0) {
                e[i] = expected[c];
                o[i++] = observed[c];
            }
        }
        assertThat(new ChiSquareTest().chiSquareTest(e, o)).as("chi-square p").isGreaterThan(0.001);
    }
}
