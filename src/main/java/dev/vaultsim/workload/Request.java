package dev.vaultsim.workload;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.engine.Event;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.model.Vault;
import dev.vaultsim.record.CacheOutcome;

import java.util.List;

/**
 * What a client asked for, and the progress of its attempts. As an event it is either the next
 * attempt being sent or the current attempt's reply arriving.
 */
public final class Request implements Event {

    private final Client client;
    private final Operation operation;
    private final int object;
    private final long firstStartNanos;
    /** Each of the client's vaults' transition count when the first attempt started. */
    /** The first vault's transition count at the first attempt; the others' in {@link #otherPhasesAtStart}. */
    private final int phaseAtStart;
    /** Null for a client of one vault, so that a request allocates nothing more than itself. */
    private final int[] otherPhasesAtStart;
    /** Index among the client's vaults of the current (or last) attempt's vault. */
    int vaultIndex;
    int attempts;
    boolean awaitingReply;
    FailureCause lastCause;
    long retryAfterNanos;
    CacheOutcome cacheOutcome = CacheOutcome.UNCACHED;
    /** The first attempt is its class's circuit-breaker trial on the preferred vault. */
    boolean trial;
    /** Misses that wait for this request's refresh (coalescing), or null. */
    List<Request> waiters;

    Request(Client client, Operation operation, int object, long firstStartNanos, int phaseAtStart,
            int[] otherPhasesAtStart) {
        this.client = client;
        this.operation = operation;
        this.object = object;
        this.firstStartNanos = firstStartNanos;
        this.phaseAtStart = phaseAtStart;
        this.otherPhasesAtStart = otherPhasesAtStart;
    }

    public Client client() {
        return client;
    }

    public Operation operation() {
        return operation;
    }

    /** Which of the client's objects it reads or writes (0 when the client has one). */
    public int object() {
        return object;
    }

    public long firstStartNanos() {
        return firstStartNanos;
    }

    /** The vault of the current attempt (the last one once the request is over). */
    public Vault vault() {
        return client.vaultAt(vaultIndex);
    }

    /** The current vault's transition count when the first attempt started: which phase the request belongs to. */
    public int phaseAtStart() {
        return vaultIndex == 0 ? phaseAtStart : otherPhasesAtStart[vaultIndex];
    }

    public int attempts() {
        return attempts;
    }

    public boolean succeeded() {
        return lastCause == null;
    }

    /** The last attempt's cause, or null when the request succeeded. */
    public FailureCause cause() {
        return lastCause;
    }

    @Override
    public void fire(Simulator simulator) {
        if (awaitingReply) {
            client.replied(this, simulator);
        } else {
            client.send(this, simulator);
        }
    }
}
