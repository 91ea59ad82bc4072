package dev.vaultsim.scenario;

/**
 * A client's retry policy. The default is the Azure SDK for Java's, computed as azure-core does
 * (see {@code workload.Backoff}); other policies: retry k (1-based) waits
 * {@code min(maxDelay, baseDelay × 2^(k−1))} (exponential) or {@code baseDelay} (fixed), times
 * {@code U(1 − jitter, 1 + jitter)}, or {@code U(0, that)} when {@code fullJitter}.
 */
public record RetrySpec(int maxRetries, Backoff backoff, long baseDelayNanos, long maxDelayNanos,
                        double jitter, boolean fullJitter) {

    public static final RetrySpec AZURE_SDK_DEFAULT =
            new RetrySpec(3, Backoff.EXPONENTIAL, 800_000_000L, 8_000_000_000L, 0.05, false);

    /** No wait before a retry is longer than this (jitter above the larger of the cap and the base). */
    public double longestBackoffNanos() {
        return Math.max(maxDelayNanos, baseDelayNanos) * (1 + jitter);
    }

    public enum Backoff {
        EXPONENTIAL("exponential"),
        FIXED("fixed");

        private final String label;

        Backoff(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
