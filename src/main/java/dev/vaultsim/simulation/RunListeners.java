package dev.vaultsim.simulation;

import dev.vaultsim.model.Vault;
import dev.vaultsim.model.VaultListener;
import dev.vaultsim.workload.AttemptListener;
import dev.vaultsim.workload.RequestListener;

import java.util.List;

/**
 * Who else, besides the recorder, is told of a run as it happens: every attempt, every completed
 * request and every vault transition (invariant checks listen so). Any of the three may be null;
 * {@link #NONE} adds nothing to the hot path.
 */
public record RunListeners(AttemptListener attempts, RequestListener requests, VaultListener vaults) {

    public static final RunListeners NONE = new RunListeners(null, null, null);

    /** One listener told of all three. */
    public static <T extends AttemptListener & RequestListener & VaultListener> RunListeners all(T listener) {
        return new RunListeners(listener, listener, listener);
    }

    /** Tells the vault listener, if there is one, of every transition of these vaults. */
    void watch(List<Vault> vaults) {
        if (this.vaults != null) {
            for (Vault vault : vaults) {
                vault.addListener(this.vaults);
            }
        }
    }

}
