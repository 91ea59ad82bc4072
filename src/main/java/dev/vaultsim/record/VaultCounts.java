package dev.vaultsim.record;

import dev.vaultsim.catalog.OperationClass;

import java.util.ArrayList;
import java.util.List;

/**
 * Requests and successes per vault, class and timeline bucket, for scenarios with several vaults:
 * plain arrays of counts, a few array lookups per request, no latency.
 */
final class VaultCounts {

    private static final int CLASSES = OperationClass.values().length;

    private final List<String> vaults;
    private final long bucketNanos;
    private final long[][][] requests;
    private final long[][][] succeeded;

    VaultCounts(List<String> vaults, long bucketNanos, int bucketCount) {
        this.vaults = List.copyOf(vaults);
        this.bucketNanos = bucketNanos;
        this.requests = new long[vaults.size()][CLASSES][bucketCount];
        this.succeeded = new long[vaults.size()][CLASSES][bucketCount];
    }

    void add(int vault, OperationClass operationClass, long firstStartNanos, long count, boolean success) {
        int bucket = (int) (firstStartNanos / bucketNanos);
        requests[vault][operationClass.ordinal()][bucket] += count;
        if (success) {
            succeeded[vault][operationClass.ordinal()][bucket] += count;
        }
    }

    List<VaultTimeline> results() {
        List<VaultTimeline> results = new ArrayList<>(vaults.size());
        for (int v = 0; v < vaults.size(); v++) {
            results.add(new VaultTimeline(vaults.get(v), buckets(v, OperationClass.READ),
                    buckets(v, OperationClass.WRITE)));
        }
        return results;
    }

    private List<BucketStats> buckets(int vault, OperationClass operationClass) {
        long[] all = requests[vault][operationClass.ordinal()];
        long[] ok = succeeded[vault][operationClass.ordinal()];
        List<BucketStats> buckets = new ArrayList<>(all.length);
        for (int b = 0; b < all.length; b++) {
            buckets.add(new BucketStats(all[b], ok[b], Double.NaN, Double.NaN));
        }
        return buckets;
    }
}
