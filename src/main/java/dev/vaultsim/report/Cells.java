package dev.vaultsim.report;

import dev.vaultsim.record.LatencySummary;
import dev.vaultsim.record.Stats;

import java.util.function.ToDoubleFunction;

/**
 * How the human-readable summaries (text and markdown) print single values: percentages with 4
 * decimals kept, counts, milliseconds to 3 significant digits, simulated times as {@code h:mm:ss}.
 * {@code -} stands for "no value" everywhere.
 */
public final class Cells {

    static final String NONE = "-";
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private Cells() {
    }

    /** {@code 99.9861 %}, or {@code -} without requests. */
    static String availability(Stats stats) {
        return stats.requests() == 0 ? NONE : Numbers.percent(stats.succeeded(), stats.requests(), 4) + " %";
    }

    /** {@code (21180/21600)}. */
    static String counts(Stats stats) {
        return "(" + stats.succeeded() + "/" + stats.requests() + ")";
    }

    /** One latency figure in milliseconds, or {@code -} when nothing succeeded. */
    /** What HdrHistogram's percentiles guarantee; mean and max are exact but read alike. */
    static final int LATENCY_DIGITS = 3;

    static String millis(LatencySummary latency, ToDoubleFunction<LatencySummary> figure) {
        if (latency == null) {
            return NONE;
        }
        double millis = figure.applyAsDouble(latency);
        return Double.isNaN(millis) ? NONE : Numbers.significant(millis, LATENCY_DIGITS);
    }

    /** An SLO as a percentage, {@code 0.9999 → 99.99}. */
    static String sloPercent(double fraction) {
        return Numbers.decimal(fraction * 100, 6);
    }

    /**
     * Simulated time as {@code h:mm:ss}, or {@code 12d 3:04:05} from a day on, with {@code .mmm}
     * only when not on a whole second.
     */
    public static String clock(long nanos) {
        long seconds = nanos / NANOS_PER_SECOND;
        long days = seconds / 86_400;
        String clock = (days > 0 ? days + "d " : "") + String.format(java.util.Locale.ROOT, "%d:%02d:%02d",
                seconds / 3600 % 24, seconds / 60 % 60, seconds % 60);
        long millis = nanos % NANOS_PER_SECOND / NANOS_PER_MILLI;
        return nanos % NANOS_PER_SECOND == 0 ? clock : clock + String.format(java.util.Locale.ROOT, ".%03d", millis);
    }

    /** {@link #clock(long)} of a time that may not have happened. */
    static String clock(Long nanos) {
        return nanos == null ? NONE : clock(nanos.longValue());
    }
}
