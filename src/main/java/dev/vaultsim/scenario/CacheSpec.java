package dev.vaultsim.scenario;

import dev.vaultsim.catalog.Operation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A client's secret and key cache (client-resilience.md): which reads it caches, how long a copy
 * is served without asking the vault, and how much longer a copy may stand in for a failed refresh.
 *
 * @param operations    the cached reads
 * @param ttlNanos      a copy younger than this is a hit
 * @param staleIfErrorNanos when a refresh fails, a copy younger than {@code ttl + staleIfError} is served
 * @param coalesce      whether concurrent misses on one object wait for the refresh in flight
 */
public record CacheSpec(Set<Operation> operations, long ttlNanos, long staleIfErrorNanos, boolean coalesce) {

    public CacheSpec {
        EnumSet<Operation> copy = EnumSet.noneOf(Operation.class);
        copy.addAll(operations);
        operations = Collections.unmodifiableSet(copy);
    }

    /** GetSecret, GetKey and GetCertificate: what SDK-side secret caches hold. */
    public static Set<Operation> defaultOperations() {
        return EnumSet.of(Operation.GetSecret, Operation.GetKey, Operation.GetCertificate);
    }
}
