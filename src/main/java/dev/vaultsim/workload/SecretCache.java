package dev.vaultsim.workload;

import dev.vaultsim.catalog.Operation;
import dev.vaultsim.engine.Times;
import dev.vaultsim.scenario.CacheSpec;

import java.util.List;

/**
 * A client's cache of secrets and keys (client-resilience.md), keyed by (operation, object): when
 * each copy arrived, and, when misses coalesce, the refresh in flight for each key with the
 * requests waiting for it. Starts empty; only successful replies fill it.
 */
final class SecretCache {

    private static final long NONE = Long.MIN_VALUE;

    private final CacheSpec spec;
    private final int objects;
    /** By operation ordinal: its slot among the cached operations, or −1. */
    private final int[] slot = new int[Operation.values().length];
    /** By key: when the copy's successful reply arrived, or NONE. */
    private final long[] refreshedAt;
    /** By key: the refresh in flight that misses wait for (only when coalescing). */
    private final RoutedRequest[] inFlight;

    SecretCache(CacheSpec spec, int objects) {
        this.spec = spec;
        this.objects = objects;
        int cached = 0;
        for (Operation operation : Operation.values()) {
            slot[operation.ordinal()] = spec.operations().contains(operation) ? cached++ : -1;
        }
        refreshedAt = new long[cached * objects];
        java.util.Arrays.fill(refreshedAt, NONE);
        inFlight = spec.coalesce() ? new RoutedRequest[cached * objects] : null;
    }

    boolean caches(Operation operation) {
        return slot[operation.ordinal()] >= 0;
    }

    private int key(Operation operation, int object) {
        return slot[operation.ordinal()] * objects + object;
    }

    /** A copy younger than ttl: the request is a hit. */
    boolean fresh(Operation operation, int object, long now) {
        long at = refreshedAt[key(operation, object)];
        return at != NONE && now - at < spec.ttlNanos();
    }

    /** When the copy stops being fresh, or {@link Long#MIN_VALUE} without one. */
    long freshUntil(Operation operation, int object) {
        long at = refreshedAt[key(operation, object)];
        return at == NONE ? Long.MIN_VALUE : Times.saturatingAdd(at, spec.ttlNanos());
    }

    /** After a failed refresh: a copy younger than ttl + staleIfError may be served. */
    boolean servableStale(Operation operation, int object, long now) {
        long at = refreshedAt[key(operation, object)];
        return at != NONE && now - at < spec.ttlNanos() + spec.staleIfErrorNanos();
    }

    void refreshed(Operation operation, int object, long now) {
        refreshedAt[key(operation, object)] = now;
    }

    /**
     * With coalescing, a miss joins the refresh in flight for its key and returns true; otherwise it
     * becomes that refresh (or coalescing is off) and returns false.
     */
    boolean joinRefresh(RoutedRequest request) {
        if (inFlight == null) {
            return false;
        }
        int key = key(request.operation(), request.object());
        RoutedRequest leader = inFlight[key];
        if (leader == null) {
            inFlight[key] = request;
            return false;
        }
        leader.addWaiter(request);
        return true;
    }

    /** The refresh {@code leader} is over: the requests that waited for it, in arrival order. */
    List<RoutedRequest> refreshEnded(RoutedRequest leader) {
        if (inFlight != null) {
            int key = key(leader.operation(), leader.object());
            if (inFlight[key] == leader) {
                inFlight[key] = null;
            }
        }
        return leader.waiters();
    }
}
