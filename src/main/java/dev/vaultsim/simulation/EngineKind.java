package dev.vaultsim.simulation;

/** The engines a run can be given, by the name scenario files and the command line use. */
public enum EngineKind {
    /** Every request is events: the reference engine. */
    EXACT("exact", new ExactEngine());

    private final String label;
    private final Engine engine;

    EngineKind(String label, Engine engine) {
        this.label = label;
        this.engine = engine;
    }

    public String label() {
        return label;
    }

    Engine engine() {
        return engine;
    }
}
