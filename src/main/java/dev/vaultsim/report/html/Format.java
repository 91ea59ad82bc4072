package dev.vaultsim.report.html;

import dev.vaultsim.record.LatencySummary;
import dev.vaultsim.record.Stats;
import dev.vaultsim.report.Cells;
import dev.vaultsim.report.Numbers;

import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** How the HTML report prints single values; {@code –} stands for "no value". */
final class Format {

    static final String NONE = "–";

    private Format() {
    }

    /** {@code 99.9861 %}. */
    static String availability(Stats stats) {
        return stats.requests() == 0 ? NONE : Numbers.percent(stats.succeeded(), stats.requests(), 4) + " %";
    }

    /** {@code 21,180 / 21,600}. */
    static String counts(Stats stats) {
        return count(stats.succeeded()) + " / " + count(stats.requests());
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String millis(LatencySummary latency, ToDoubleFunction<LatencySummary> figure) {
        if (latency == null) {
            return NONE;
        }
        double millis = figure.applyAsDouble(latency);
        return Double.isNaN(millis) ? NONE : Numbers.significant(millis, 3);
    }

    /**
     * Simulated time as {@code h:mm:ss}, with {@code Nd } in front past a day (as the text summary
     * prints it) and {@code .mmm} only when not on a whole second.
     */
    static String clock(long nanos) {
        return Cells.clock(nanos);
    }

    static String clock(Long nanos) {
        return nanos == null ? NONE : clock(nanos.longValue());
    }

    /** An availability target as a percentage, {@code 0.9999 → 99.99 %}. */
    static String sloPercent(double fraction) {
        return Numbers.decimal(fraction * 100, 6) + " %";
    }

    /** A fraction as a percentage with {@code decimals} decimals kept. */
    static String percent(double fraction, int decimals) {
        return Numbers.fixed(fraction * 100, decimals) + " %";
    }
}
