package dev.vaultsim.scenario;

/** Replicas in each region; a write needs {@code writeQuorum} of them up, a read one. */
public record ReplicaSpec(int count, int writeQuorum) {
}
