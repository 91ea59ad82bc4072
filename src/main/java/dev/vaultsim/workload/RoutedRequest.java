package dev.vaultsim.workload;

import dev.vaultsim.catalog.Operation;
import dev.vaultsim.record.CacheOutcome;

import java.util.ArrayList;
import java.util.List;

/**
 * A request of a client with a cache or several vaults: besides a {@link Request}, the object it
 * reads or writes, the other vaults' phases at its start, what the cache made of it, whether it is
 * its class's circuit-breaker trial, and the misses waiting for its refresh.
 */
final class RoutedRequest extends Request {

    private final int object;
    /** Each vault's transition count when the first attempt started (index 0 unused), or null with one vault. */
    private final int[] otherPhasesAtStart;
    CacheOutcome cacheOutcome = CacheOutcome.UNCACHED;
    /** The first attempt is its class's circuit-breaker trial on the preferred vault. */
    boolean trial;
    /** Misses that wait for this request's refresh (coalescing), or null. */
    private List<RoutedRequest> waiters;

    RoutedRequest(Client client, Operation operation, int object, long firstStartNanos, int phaseAtStart,
                  int[] otherPhasesAtStart) {
        super(client, operation, firstStartNanos, phaseAtStart);
        this.object = object;
        this.otherPhasesAtStart = otherPhasesAtStart;
    }

    /** Which of the client's objects it reads or writes (0 when the client has one). */
    int object() {
        return object;
    }

    @Override
    public int phaseAtStart() {
        return vaultIndex == 0 ? super.phaseAtStart() : otherPhasesAtStart[vaultIndex];
    }

    /** A miss for the same key that waits for this request's refresh. */
    void addWaiter(RoutedRequest waiter) {
        if (waiters == null) {
            waiters = new ArrayList<>();
        }
        waiters.add(waiter);
    }

    /** The misses that waited for this request's refresh, in arrival order. */
    List<RoutedRequest> waiters() {
        return waiters == null ? List.of() : waiters;
    }
}
