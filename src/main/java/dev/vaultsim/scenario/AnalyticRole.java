package dev.vaultsim.scenario;

/** What the textbook availability makes of a stochastic fault kind's units. */
public enum AnalyticRole {
    /** The region's outages drive the vault's failover chain. */
    FAILOVER_CHAIN,
    /** Each layer is a parallel block of its instances: up while one is. */
    PARALLEL_INSTANCES,
    /** Writes need a k-of-n quorum of the replicas, reads one. */
    REPLICA_QUORUM,
    /** Each zone takes its share of every layer's instances and of the replicas down with it. */
    ZONES,
    /** Left out, with a stated assumption. */
    IGNORED
}
