package dev.vaultsim.scenario;

/** Cross-region replication of writes to the secondary. */
public enum ReplicationMode {
    ASYNC("async"),
    SYNC("sync");

    private final String label;

    ReplicationMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
