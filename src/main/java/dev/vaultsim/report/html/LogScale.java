package dev.vaultsim.report.html;

import dev.vaultsim.report.Numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A logarithmic axis in whole decades from below the smallest to above the largest value
 * (StrictMath, so that pixels are the same on every CPU). Log, because a failover mixes 5 ms reads
 * with 10 s timeouts, and a year of faults mixes 0.01 % dips with whole outages: on a linear axis
 * the large values would flatten the small ones. Values at or below zero sit on the bottom line.
 */
final class LogScale implements Scale {

    private final int lowDecade;
    private final int highDecade;
    private final double from;
    private final double to;
    private final DoubleFunction<String> label;
    private final String title;

    private LogScale(double min, double max, double from, double to, DoubleFunction<String> label, String title) {
        double low = min > 0 ? min : 1;
        double high = Math.max(max, low * 10);
        this.lowDecade = (int) Math.floor(StrictMath.log10(low));
        this.highDecade = Math.max(lowDecade + 1, (int) Math.ceil(StrictMath.log10(high)));
        this.from = from;
        this.to = to;
        this.label = label;
        this.title = title;
    }

    /** Any positive quantity: whole decades around {@code min} to {@code max}. */
    static LogScale of(double min, double max, double from, double to, DoubleFunction<String> label, String title) {
        return new LogScale(min, max, from, to, label, title);
    }

    /** Latency in milliseconds: {@code 0.5 ms}, {@code 20 ms}, {@code 2 s}. */
    static LogScale latency(double minMillis, double maxMillis, double from, double to) {
        return new LogScale(minMillis, maxMillis, from, to, LogScale::millisLabel, "latency (log scale)");
    }

    /**
     * The share of requests that failed, to 100 %, from the smallest seen or 0.01 %, whichever is
     * lower (but not below 0.00001 %): four decades at least, so that small losses look small.
     */
    static LogScale unavailability(double minFraction, double from, double to) {
        double low = Math.max(1e-7, minFraction > 0 ? Math.min(minFraction, 1e-4) : 1e-4);
        return new LogScale(low, 1, from, to, v -> Numbers.decimal(v * 100, 7) + " %", "failed requests (log scale)");
    }

    @Override
    public double pixel(double value) {
        double decades = value > 0 ? StrictMath.log10(value) : lowDecade;
        double clamped = Math.max(lowDecade, Math.min(highDecade, decades));
        return from + (clamped - lowDecade) / (highDecade - lowDecade) * (to - from);
    }

    /** Every decade, and 2 and 5 between them while there are few decades. */
    @Override
    public List<Tick> ticks() {
        List<Tick> ticks = new ArrayList<>();
        boolean fine = highDecade - lowDecade <= 3;
        for (int decade = lowDecade; decade <= highDecade; decade++) {
            double base = StrictMath.pow(10, decade);
            ticks.add(new Tick(base, label.apply(base)));
            if (fine && decade < highDecade) {
                ticks.add(new Tick(2 * base, label.apply(2 * base)));
                ticks.add(new Tick(5 * base, label.apply(5 * base)));
            }
        }
        return ticks;
    }

    @Override
    public String title() {
        return title;
    }

    static String millisLabel(double millis) {
        return millis >= 1000 ? Numbers.decimal(millis / 1000, 3) + " s" : Numbers.decimal(millis, 3) + " ms";
    }
}
