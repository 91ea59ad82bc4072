package dev.vaultsim.report.html;

import dev.vaultsim.report.Numbers;

import java.util.ArrayList;
import java.util.List;

/**
 * A logarithmic latency axis in milliseconds (StrictMath, so that pixels are the same on every
 * CPU), whole decades from below the smallest to above the
 * largest value. Log, because a failover mixes 5 ms reads with 10 s timeouts: on a linear axis
 * the timeouts would flatten the ~12 ms step of the longer round trip to the secondary.
 */
final class LogScale implements Scale {

    private final int lowDecade;
    private final int highDecade;
    private final double from;
    private final double to;

    LogScale(double minMillis, double maxMillis, double from, double to) {
        double low = minMillis > 0 ? minMillis : 1;
        double high = Math.max(maxMillis, low * 10);
        this.lowDecade = (int) Math.floor(StrictMath.log10(low));
        this.highDecade = Math.max(lowDecade + 1, (int) Math.ceil(StrictMath.log10(high)));
        this.from = from;
        this.to = to;
    }

    @Override
    public double pixel(double millis) {
        double decades = millis > 0 ? StrictMath.log10(millis) : lowDecade;
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
            ticks.add(new Tick(base, label(base)));
            if (fine && decade < highDecade) {
                ticks.add(new Tick(2 * base, label(2 * base)));
                ticks.add(new Tick(5 * base, label(5 * base)));
            }
        }
        return ticks;
    }

    @Override
    public String title() {
        return "latency (log scale)";
    }

    /** {@code 0.5 ms}, {@code 20 ms}, {@code 2 s}. */
    static String label(double millis) {
        return millis >= 1000 ? Numbers.decimal(millis / 1000, 3) + " s" : Numbers.decimal(millis, 3) + " ms";
    }
}
