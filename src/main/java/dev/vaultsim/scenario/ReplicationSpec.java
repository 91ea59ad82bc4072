package dev.vaultsim.scenario;

/** Cross-region replication; {@code lag} is used in async mode only. */
public record ReplicationSpec(ReplicationMode mode, Distribution lag) {
}
