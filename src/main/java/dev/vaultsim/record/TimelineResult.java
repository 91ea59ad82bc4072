package dev.vaultsim.record;

import java.util.List;

/**
 * Replication 0's requests per bucket of first-attempt start times.
 *
 * @param bucketNanos the bucket width actually used (coarsened for long horizons)
 */
public record TimelineResult(long bucketNanos, List<BucketResult> buckets) {
}
