package dev.vaultsim.workload;

import dev.vaultsim.engine.Event;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.model.Vault;
import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;

/**
 * What a client asked for, and the progress of its attempts. As an event it is either the next
 * attempt being sent or the current attempt's reply arriving.
 */
public final class Request implements Event {

    private final Client client;
    private final Operation operation;
    private final long firstStartNanos;
    private final Vault vault;
    private final int vaultPosition;
    private final int phaseAtStart;
    int attempts;
    boolean awaitingReply;
    FailureCause lastCause;
    long retryAfterNanos;

    Request(Client client, Operation operation, long firstStartNanos, Vault vault, int vaultPosition,
            int phaseAtStart) {
        this.client = client;
        this.operation = operation;
        this.firstStartNanos = firstStartNanos;
        this.vault = vault;
        this.vaultPosition = vaultPosition;
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

    /** The vault every attempt of the request goes to. */
    public Vault vault() {
        return vault;
    }

    /** The vault's position in the scenario's list. */
    int vaultPosition() {
        return vaultPosition;
    }

    /** The vault's transition count when the first attempt started: which phase the request belongs to. */
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
