package dev.vaultsim.record;

/** A mean with its confidence interval; {@code low} and {@code high} are null with fewer than two values. */
public record Interval(double mean, Double low, Double high) {
}
