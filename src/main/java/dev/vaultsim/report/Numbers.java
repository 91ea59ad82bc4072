package dev.vaultsim.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The project's number formatting for reports: plain decimal strings, integers when whole, a fixed
 * maximum of decimals per unit, trailing zeros stripped, never exponent notation. Everything goes
 * through {@link BigDecimal} so that the same value gives the same digits on every JVM and CPU
 * ({@code Double.toString} is shortest-round-trip and would leak binary noise into reports).
 */
public final class Numbers {

    /** Simulated seconds are whole nanoseconds, so 9 decimals are exact. */
    public static final int SECONDS_DECIMALS = 9;
    public static final int AVAILABILITY_DECIMALS = 9;
    public static final int MILLIS_DECIMALS = 3;

    private Numbers() {
    }

    /** Nanoseconds as seconds, exactly: {@code 1500000000 → "1.5"}. */
    public static String seconds(long nanos) {
        return plain(BigDecimal.valueOf(nanos, SECONDS_DECIMALS));
    }

    /** A duration in milliseconds rounded to 3 decimals. */
    public static String millis(double millis) {
        return decimal(millis, MILLIS_DECIMALS);
    }

    /** An availability (or any fraction) given as a double, rounded to 9 decimals. */
    public static String availability(double fraction) {
        return decimal(fraction, AVAILABILITY_DECIMALS);
    }

    /**
     * {@code numerator / denominator} rounded to 9 decimals, computed exactly from the counts
     * rather than through a double: {@code 353/360 → "0.980555556"}.
     */
    public static String ratio(long numerator, long denominator) {
        return plain(exactRatio(numerator, denominator, AVAILABILITY_DECIMALS));
    }

    /** A whole number. */
    public static String integer(long value) {
        return Long.toString(value);
    }

    /**
     * {@code value} rounded half-even to at most {@code maxDecimals} decimals, from its exact
     * binary value.
     *
     * @throws IllegalArgumentException for NaN or an infinity, which reports write as null
     */
    public static String decimal(double value, int maxDecimals) {
        return plain(rounded(value, maxDecimals));
    }

    /**
     * {@code numerator / denominator × 100} with exactly {@code decimals} decimals, zeros kept so
     * that percentages line up in a table: {@code 21180/21600 → "98.0556"} with 4 decimals.
     */
    public static String percent(long numerator, long denominator, int decimals) {
        BigDecimal fraction = exactRatio(numerator, denominator, decimals + 2);
        return fraction.movePointRight(2).setScale(decimals, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** {@code value} with exactly {@code decimals} decimals (zeros kept), half-even. */
    /**
     * A value rounded to {@code digits} significant digits, never in exponent form: latency
     * percentiles come from HdrHistogram with 3 significant digits, so a fourth would only look
     * precise ({@code 9.27}, {@code 34.2}, {@code 5540}).
     */
    public static String significant(double value, int digits) {
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return value == 0 ? "0" : Double.toString(value);
        }
        int decimals = digits - 1 - (int) Math.floor(Math.log10(Math.abs(value)));
        if (decimals >= 0) {
            return fixed(value, decimals);
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(digits, java.math.RoundingMode.HALF_EVEN))
                .setScale(0, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    public static String fixed(double value, int decimals) {
        BigDecimal result = rounded(value, decimals);
        return result.signum() == 0 ? BigDecimal.ZERO.setScale(decimals).toPlainString() : result.toPlainString();
    }

    private static BigDecimal exactRatio(long numerator, long denominator, int scale) {
        if (denominator == 0) {
            throw new IllegalArgumentException("ratio with a zero denominator: " + numerator + "/0");
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal rounded(double value, int maxDecimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        return new BigDecimal(value).setScale(maxDecimals, RoundingMode.HALF_EVEN);
    }

    /** Strips trailing zeros; a zero of any sign or scale prints as {@code 0}. */
    private static String plain(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
