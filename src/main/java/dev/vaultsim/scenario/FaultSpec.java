package dev.vaultsim.scenario;

/**
 * A scheduled fault: what it hits, from {@code atNanos} for {@code durationNanos}.
 * Overlapping faults on one target compose: the target is down while any is active.
 */
public sealed interface FaultSpec {

    long atNanos();

    long durationNanos();

    /** The type as scenario files write it ({@code region-outage}, …). */
    String type();

    record RegionOutage(String region, long atNanos, long durationNanos) implements FaultSpec {
        public String type() {
            return "region-outage";
        }
    }

    /** {@code count} instances of a layer stop, lowest-numbered healthy ones first. */
    record InstanceFailure(String region, String layer, int count, long atNanos, long durationNanos)
            implements FaultSpec {
        public String type() {
            return "instance-failure";
        }
    }

    record ReplicaFailure(String region, int count, long atNanos, long durationNanos) implements FaultSpec {
        public String type() {
            return "replica-failure";
        }
    }

    record Partition(String regionA, String regionB, long atNanos, long durationNanos) implements FaultSpec {
        public String type() {
            return "partition";
        }
    }

    /** Service times multiplied by {@code factor}; {@code layer} null means every layer. */
    record LatencySpike(String region, String layer, double factor, long atNanos, long durationNanos)
            implements FaultSpec {
        public String type() {
            return "latency-spike";
        }
    }
}
