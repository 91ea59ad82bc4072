package dev.vaultsim.catalog;

/**
 * Why an attempt failed. Named here because scenario files name causes ({@code retryOn:});
 * the order is the report's fixed order.
 */
public enum FailureCause {
    REGION_UNAVAILABLE,
    FAILOVER_IN_PROGRESS,
    READ_ONLY,
    INSTANCE_UNAVAILABLE,
    LAYER_UNAVAILABLE,
    REPLICA_QUORUM_LOST,
    REPLICATION_UNAVAILABLE,
    THROTTLED,
    TIMEOUT,
    /** A private endpoint is re-establishing its connection after the vault failed over or back. */
    PRIVATE_ENDPOINT_RECONNECTING,
    /**
     * A write while the serving region recovers from losing an availability zone
     * ({@code service.zoneFailover.writePause}); last, so that the report's earlier keys keep their order.
     */
    ZONE_FAILOVER_IN_PROGRESS
}
