package dev.vaultsim.record;

/** Latency of successful requests, in milliseconds: mean and max exact, percentiles from HdrHistogram. */
public record LatencySummary(double meanMillis, double p50Millis, double p90Millis, double p99Millis,
                             double p999Millis, double maxMillis) {
}
