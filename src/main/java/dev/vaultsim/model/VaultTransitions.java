package dev.vaultsim.model;

import dev.vaultsim.catalog.VaultState;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static dev.vaultsim.catalog.VaultState.FAILED_OVER;
import static dev.vaultsim.catalog.VaultState.FAILING_BACK;
import static dev.vaultsim.catalog.VaultState.FAILING_OVER;
import static dev.vaultsim.catalog.VaultState.NORMAL;
import static dev.vaultsim.catalog.VaultState.PRIMARY_DOWN;

/**
 * The transition table of a vault's failover state machine (vault-behaviour.md): the one list of
 * the arrows a vault may take. The vault refuses any other, and invariant checks read it too.
 */
public final class VaultTransitions {

    private static final Map<VaultState, Set<VaultState>> ARROWS = new EnumMap<>(VaultState.class);

    static {
        ARROWS.put(NORMAL, EnumSet.of(PRIMARY_DOWN));
        ARROWS.put(PRIMARY_DOWN, EnumSet.of(NORMAL, FAILING_OVER));
        ARROWS.put(FAILING_OVER, EnumSet.of(FAILED_OVER));
        ARROWS.put(FAILED_OVER, EnumSet.of(FAILING_BACK));
        ARROWS.put(FAILING_BACK, EnumSet.of(NORMAL, FAILED_OVER));
    }

    private VaultTransitions() {
    }

    public static boolean allowed(VaultState from, VaultState to) {
        return ARROWS.get(from).contains(to);
    }

    /** An arrow outside the table is a bug in the state machine, never a scenario's doing. */
    static void require(VaultState from, VaultState to) {
        if (!allowed(from, to)) {
            throw new IllegalStateException("no transition " + from + " -> " + to + " in the table");
        }
    }
}
