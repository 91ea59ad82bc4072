package dev.vaultsim.scenario;

/** How round trips follow from distance: {@code 2 × km × routeFactor / fiberKmPerMs + baseRtt}. */
public record NetworkSpec(double routeFactor, double fiberKmPerMs, long baseRttNanos) {
    public static final NetworkSpec DEFAULT = new NetworkSpec(1.5, 200, 1_000_000L);
}
