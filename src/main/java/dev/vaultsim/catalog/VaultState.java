package dev.vaultsim.catalog;

/** The states of a vault's failover state machine, in the report's fixed order. */
public enum VaultState {
    NORMAL,
    PRIMARY_DOWN,
    FAILING_OVER,
    FAILED_OVER,
    FAILING_BACK
}
