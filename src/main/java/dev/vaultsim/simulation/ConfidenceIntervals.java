package dev.vaultsim.simulation;

import dev.vaultsim.record.Interval;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.RandomGenerator;

import java.util.List;

/** Student-t intervals for the mean of per-replication figures. */
public final class ConfidenceIntervals {

    static final double LEVEL = 0.95;

    private ConfidenceIntervals() {
    }

    /**
     * The mean of the non-null values with its two-sided interval at {@link #LEVEL}, clipped to
     * [min, max]; null when there is no value, and null bounds with a single value.
     */
    static Interval of(List<Double> values, double min, double max) {
        return of(values, min, max, LEVEL);
    }

    /** The same at another confidence level. */
    public static Interval of(List<Double> values, double min, double max, double level) {
        int n = 0;
        double sum = 0;
        for (Double value : values) {
            if (value != null) {
                n++;
                sum += value;
            }
        }
        if (n == 0) {
            return null;
        }
        double mean = sum / n;
        if (n == 1) {
            return new Interval(mean, null, null);
        }
        double squares = 0;
        for (Double value : values) {
            if (value != null) {
                squares += (value - mean) * (value - mean);
            }
        }
        double standardError = StrictMath.sqrt(squares / (n - 1) / n);
        // No random generator: only the quantile is used, and commons-math3 would otherwise seed one.
        double t = new TDistribution((RandomGenerator) null, n - 1).inverseCumulativeProbability(0.5 + level / 2);
        double half = t * standardError;
        return new Interval(mean, Math.max(min, mean - half), Math.min(max, mean + half));
    }

    /** Minutes of unavailability in a period, with low and high swapped (high availability, low downtime). */
    static Interval downtime(Interval availability, double periodMinutes) {
        if (availability == null) {
            return null;
        }
        Double low = availability.high() == null ? null : (1 - availability.high()) * periodMinutes;
        Double high = availability.low() == null ? null : (1 - availability.low()) * periodMinutes;
        return new Interval((1 - availability.mean()) * periodMinutes, low, high);
    }
}
