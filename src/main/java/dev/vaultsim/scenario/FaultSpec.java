package dev.vaultsim.scenario;

/**
 * A scheduled fault: what it hits, from {@code atNanos} for {@code durationNanos}. One record per
 * {@link FaultKind}; each describes its own target and acts on the world through primitives.
 * Overlapping faults on one target compose: the target is down while any is active.
 */
public sealed interface FaultSpec permits RegionOutage, InstanceFailure, ReplicaFailure, Partition, LatencySpike,
        ZoneOutage {

    FaultKind kind();

    long atNanos();

    long durationNanos();

    /** The type as scenario files write it ({@code region-outage}, …). */
    default String type() {
        return kind().type();
    }

    /** Hands the target's parts to {@code parts}, in the order scenario files write them. */
    void describe(TargetParts parts);

    /** Starts the fault now and returns what ends it. */
    Runnable apply(FaultTargets targets);
}
