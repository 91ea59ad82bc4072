package dev.vaultsim.model;

import dev.vaultsim.catalog.VaultState;

/** Told of every state change of a vault, at the instant it happens. */
public interface VaultListener {
    void stateChanged(Vault vault, VaultState from, VaultState to, long now);
}
