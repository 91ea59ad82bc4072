package dev.vaultsim.record;

/**
 * The requests of one timeline bucket (by first attempt's start) and one class or all classes.
 * Percentiles are {@code NaN} when nothing succeeded.
 */
public record BucketStats(long requests, long succeeded, double p50Millis, double p99Millis) {

    public long failed() {
        return requests - succeeded;
    }

    public Double availability() {
        return requests == 0 ? null : (double) succeeded / requests;
    }
}
