package dev.vaultsim.record;

import java.util.Map;

/**
 * What the application's resilience did, beside what its requests saw: the cache view of each
 * cached client and the vault use of each client with several vaults, clients in the scenario's
 * order. Both maps are empty for a scenario that uses neither, and the reports then show nothing.
 */
public record ClientViews(Map<String, CacheView> cache, Map<String, VaultUse> vaultUse) {

    public static final ClientViews NONE = new ClientViews(Map.of(), Map.of());
}
