package dev.vaultsim.workload;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.engine.Event;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.model.Vault;

/**
 * What a client asked for, and the progress of its attempts. As an event it is either the next
 * attempt being sent or the current attempt's reply arriving.
 *
 * <p>This class holds what every request needs, and no more: a client with neither a cache nor a
 * second vault makes millions of them, and their size is what the run allocates. What a cache or a
 * choice of vaults adds is in {@link RoutedRequest}.
 */
public sealed class Request implements Event permits RoutedRequest {

    private final Client client;
    private final Operation operation;
    private final long firstStartNanos;
    /** The first vault's transition count when the first attempt started. */
    private final int phaseAtStart;
    /** Index among the client's vaults of the current (or last) attempt's vault; always 0 with one vault. */
    int vaultIndex;
    int attempts;
    boolean awaitingReply;
    FailureCause lastCause;
    long retryAfterNanos;

    Request(Client client, Operation operation, long firstStartNanos, int phaseAtStart) {
        this.client = client;
        this.operation = operation;
        this.firstStartNanos = firstStartNanos;
        this.phaseAtStart = phaseAtStart;
    }

    public Client client() {
        return client;
    }

    public Operation operation() {
        return operation;
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
        return phaseAtStart;
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
