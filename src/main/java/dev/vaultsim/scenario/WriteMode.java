package dev.vaultsim.scenario;

/** Where a client with several vaults sends its writes. */
public enum WriteMode {
    /** To the current vault only; a write accepted by any vault but the first diverges. */
    CURRENT("current"),
    /** To the current vault, then to every other vault in turn; each refusal diverges. */
    ALL("all");

    private final String label;

    WriteMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
