package dev.vaultsim.scenario;

/**
 * A rate as written, {@code count} events per {@code perNanos} nanoseconds ({@code 4000/10s}),
 * kept as two integers so that constant arrivals and throttling windows stay exact.
 */
public record Rate(double count, long perNanos) {

    public Rate {
        if (!(count > 0) || perNanos <= 0) {
            throw new IllegalArgumentException("rate must be positive: " + count + " per " + perNanos + " ns");
        }
    }

    public double perSecond() {
        return count * 1e9 / perNanos;
    }

    /** The mean gap between events, in nanoseconds. */
    public double meanGapNanos() {
        return perNanos / count;
    }
}
