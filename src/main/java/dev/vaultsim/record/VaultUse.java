package dev.vaultsim.record;

import java.util.Map;

/**
 * How one client with several vaults used them: per vault the requests whose last attempt it
 * answered and the time each operation class had it as current; switchovers per class; writes
 * that left the vaults different (client-resilience.md).
 *
 * @param byVault     in the client's order of preference
 * @param switchovers by operation class label (read, write)
 */
public record VaultUse(Map<String, Share> byVault, Map<String, Long> switchovers, long divergentWrites) {

    /**
     * @param readNanos  time the client's reads had this vault as current (per replication, a mean when pooled)
     * @param writeNanos the same for writes
     */
    public record Share(long requests, long succeeded, long readNanos, long writeNanos) {
    }
}
