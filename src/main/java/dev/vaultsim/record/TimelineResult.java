package dev.vaultsim.record;

import java.util.List;

/**
 * Replication 0's requests per bucket of first-attempt start times.
 *
 * @param bucketNanos the bucket width actually used (coarsened for long horizons)
 * @param byVault     per-vault counts when the scenario has several vaults; empty with one (the
 *                    buckets are then that vault's) and when read back from report.json
 */
public record TimelineResult(long bucketNanos, List<BucketResult> buckets, List<VaultTimeline> byVault) {

    public TimelineResult(long bucketNanos, List<BucketResult> buckets) {
        this(bucketNanos, buckets, List.of());
    }
}
