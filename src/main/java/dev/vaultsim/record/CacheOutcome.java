package dev.vaultsim.record;

/**
 * How a client's cache met a request (docs/architecture.md, "Adding a client behaviour"). Every request today is
 * {@link #UNCACHED}; the cached client reports the others, and the recorder counts them apart.
 */
public enum CacheOutcome {
    /** The request is not of a cached operation, or the client has no cache. */
    UNCACHED,
    /** Served from a fresh copy: no attempt reached the vault. */
    HIT,
    /** Not in the cache or stale: the vault was asked. */
    MISS,
    /** The vault failed and a copy within {@code staleIfError} was served instead. */
    SERVED_STALE
}
