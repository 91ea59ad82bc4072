package dev.vaultsim.simulation;

import dev.vaultsim.scenario.EngineChoice;
import dev.vaultsim.simulation.hybrid.HybridEngine;

/** The engines a run can be given, by the name scenario files and the command line use. */
public enum EngineKind {
    /** Every request is events: the reference engine. */
    EXACT("exact", new ExactEngine()),
    /** The world as events, steady traffic drawn in bulk: the same answer in distribution, far faster. */
    HYBRID("hybrid", new HybridEngine());

    private final String label;
    private final Engine engine;

    EngineKind(String label, Engine engine) {
        this.label = label;
        this.engine = engine;
    }

    /** The engine a scenario asks for. */
    public static EngineKind of(EngineChoice choice) {
        return choice == EngineChoice.HYBRID ? HYBRID : EXACT;
    }

    public String label() {
        return label;
    }

    Engine engine() {
        return engine;
    }
}
