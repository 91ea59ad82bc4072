package dev.vaultsim.record;

/**
 * One cached client's requests for cached operations as its cache met them, and the vault's view
 * of the ones that reached it (client-resilience.md). Hits, misses and served-stale requests add
 * up to the requests; a coalesced miss waited for another's refresh and reached no vault.
 *
 * @param vaultRequests  requests with at least one attempt at a vault
 * @param vaultSucceeded those the vault answered with success (a served-stale request is a vault failure)
 */
public record CacheView(long requests, long hits, long misses, long servedStale, long vaultRequests,
                        long vaultSucceeded) {

    /** The cache's share of requests answered without the vault, or null without requests. */
    public Double hitRatio() {
        return requests == 0 ? null : (double) hits / requests;
    }

    /** The availability of the requests that reached a vault, or null when none did. */
    public Double vaultAvailability() {
        return vaultRequests == 0 ? null : (double) vaultSucceeded / vaultRequests;
    }
}
