package dev.vaultsim.report.compare;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.inference.TTest;

import java.util.List;

/**
 * One metric's difference from the baseline (B − A): the difference of the two reports' figures,
 * and, where both carry per-replication samples, a 95 % interval of the mean difference and a
 * two-sided p-value from the test that fits.
 *
 * <p>Two runs of the same seed and replication count share their random numbers (every actor's
 * stream is seeded from seed, replication and its own name), so replication i of A and of B met
 * the same faults and arrivals wherever their scenarios agree: the per-replication differences
 * then cancel the luck of the draw, and a paired t-test on them is sharper than Welch's test,
 * which treats the runs as independent. Other seeds or counts get Welch's test.
 *
 * @param value the difference of the figures, null where either is missing
 * @param low   lower bound of the 95 % interval of the mean difference, null where not testable
 * @param high  upper bound, likewise
 * @param p     two-sided p-value, null where not testable
 * @param test  the test used, null where none
 */
public record Difference(Double value, Double low, Double high, Double p, Test test) {

    /** The confidence level of the intervals. */
    public static final double LEVEL = 0.95;

    /** How a difference was tested. */
    public enum Test {
        PAIRED("paired t-test"),
        WELCH("Welch's t-test");

        private final String label;

        Test(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static Difference of(Double base, Double value, List<Double> a, List<Double> b, boolean paired) {
        Double difference = value == null || base == null ? null : value - base;
        if (a == null || b == null || a.size() < 2 || b.size() < 2) {
            return new Difference(difference, null, null, null, null);
        }
        double[] x = a.stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = b.stream().mapToDouble(Double::doubleValue).toArray();
        return paired && x.length == y.length ? paired(difference, x, y) : welch(difference, x, y);
    }

    private static Difference paired(Double difference, double[] x, double[] y) {
        double[] d = new double[x.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = y[i] - x[i];
        }
        double mean = mean(d);
        double variance = squares(d, mean) / (d.length - 1);
        if (variance == 0) {
            return new Difference(difference, mean, mean, mean == 0 ? 1.0 : 0.0, Test.PAIRED);
        }
        double half = quantile(d.length - 1) * Math.sqrt(variance / d.length);
        return new Difference(difference, mean - half, mean + half, new TTest().pairedTTest(y, x), Test.PAIRED);
    }

    private static Difference welch(Double difference, double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double vx = squares(x, mx) / (x.length - 1) / x.length;
        double vy = squares(y, my) / (y.length - 1) / y.length;
        if (vx + vy == 0) {
            return new Difference(difference, my - mx, my - mx, mx == my ? 1.0 : 0.0, Test.WELCH);
        }
        // Welch–Satterthwaite degrees of freedom, as TTest uses for its p-value.
        double df = (vx + vy) * (vx + vy) / (vx * vx / (x.length - 1) + vy * vy / (y.length - 1));
        double half = quantile(df) * Math.sqrt(vx + vy);
        return new Difference(difference, my - mx - half, my - mx + half, new TTest().tTest(x, y), Test.WELCH);
    }

    private static double quantile(double degreesOfFreedom) {
        // No random generator: only the quantile is used, and commons-math3 would otherwise seed one.
        return new TDistribution((RandomGenerator) null, degreesOfFreedom).inverseCumulativeProbability(0.5 + LEVEL / 2);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double squares(double[] values, double mean) {
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return sum;
    }
}
