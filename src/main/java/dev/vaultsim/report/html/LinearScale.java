package dev.vaultsim.report.html;

import dev.vaultsim.report.Numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/** A linear axis from {@code min} to {@code max} onto pixels {@code from} to {@code to}, with 1-2-5 ticks. */
final class LinearScale implements Scale {

    private final double min;
    private final double max;
    private final double from;
    private final double to;
    private final double tickStep;
    private final DoubleFunction<String> label;
    private final String title;

    LinearScale(double min, double max, double from, double to, int maxTicks, DoubleFunction<String> label,
                String title) {
        if (!(max > min)) {
            throw new IllegalArgumentException("empty domain " + min + ".." + max);
        }
        this.min = min;
        this.max = max;
        this.from = from;
        this.to = to;
        this.tickStep = niceStep((max - min) / Math.max(1, maxTicks - 1));
        this.label = label;
        this.title = title;
    }

    /**
     * Availability as a fraction drawn in percent: 0 % to 100 % in steps of 20, kept a few pixels
     * inside the plot so that a line at 0 or 100 % does not hide in the frame.
     */
    static LinearScale availability(double bottom, double top) {
        return new LinearScale(0, 1, bottom - 5, top + 5, 6, v -> Numbers.decimal(v * 100, 1) + " %",
                "availability (%)");
    }

    @Override
    public double pixel(double value) {
        double clamped = Math.max(min, Math.min(max, value));
        return from + (clamped - min) / (max - min) * (to - from);
    }

    @Override
    public List<Tick> ticks() {
        List<Tick> ticks = new ArrayList<>();
        long first = (long) Math.ceil(min / tickStep - 1e-9);
        for (long i = first; i * tickStep <= max + tickStep * 1e-9; i++) {
            double value = i * tickStep;
            ticks.add(new Tick(value, label.apply(value)));
        }
        return ticks;
    }

    @Override
    public String title() {
        return title;
    }

    /** The smallest of 1, 2, 5 × 10^k at least {@code raw}. */
    static double niceStep(double raw) {
        double decade = StrictMath.pow(10, Math.floor(StrictMath.log10(raw)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * decade >= raw * (1 - 1e-9)) {
                return factor * decade;
            }
        }
        return 10 * decade;
    }
}
