package dev.vaultsim.scenario;

/**
 * What the simulated world lets a fault do, primitive by primitive; the model implements it and
 * each fault kind calls the primitives it needs. Every effect starts now and returns what undoes
 * it, so overlapping faults on one target compose (the target is down while any holds it).
 */
public interface FaultTargets {

    Runnable regionDown(String region);

    /** Holds {@code count} instances of the layer: the lowest-numbered healthy ones first. */
    Runnable holdInstances(String region, String layer, int count);

    Runnable holdInstance(String region, String layer, int instance);

    /** Holds {@code count} replicas of the region: the lowest-numbered healthy ones first. */
    Runnable holdReplicas(String region, int count);

    Runnable holdReplica(String region, int replica);

    Runnable partition(String regionA, String regionB);

    /**
     * Every instance of every layer and every replica in availability zone {@code zone} (1 to the
     * region's zones) goes down, and the region pauses writes for its zone write pause. The region
     * itself stays up: a zone outage never triggers the region's failover.
     */
    Runnable zoneDown(String region, int zone);

    /** Multiplies the layer's service times by {@code factor}; a null layer means every layer of the region. */
    Runnable spike(String region, String layer, double factor);

    int instances(String region, String layer);

    int replicas(String region);

    int zones(String region);
}
