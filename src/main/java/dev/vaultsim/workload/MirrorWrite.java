package dev.vaultsim.workload;

import dev.vaultsim.catalog.Operation;
import dev.vaultsim.engine.Event;
import dev.vaultsim.engine.Simulator;

/**
 * With {@code writes: all}: after the current vault accepted a write, the same write to each other
 * vault of the client, one after the other, one attempt each. The request's outcome and latency
 * were already decided by the current vault; each vault that refuses the copy is a divergent write.
 * As an event it is the reply of the copy in flight.
 */
final class MirrorWrite implements Event {

    private final Client client;
    private final Operation operation;
    private final int skip;
    private int next;
    int vault = -1;
    boolean refused;

    /** Copies to every vault but {@code accepted}, in the client's order. */
    MirrorWrite(Client client, Operation operation, int accepted) {
        this.client = client;
        this.operation = operation;
        this.skip = accepted;
    }

    Operation operation() {
        return operation;
    }

    /** Sends the next copy, if any vault is left. */
    void sendNext(Simulator simulator) {
        if (next == skip) {
            next++;
        }
        if (next < client.vaultCount()) {
            vault = next++;
            client.sendCopy(this, simulator);
        }
    }

    @Override
    public void fire(Simulator simulator) {
        if (refused) {
            client.copyRefused(this, simulator.now());
        }
        sendNext(simulator);
    }
}
