package dev.vaultsim.scenario;

import java.util.Arrays;
import java.util.Optional;

/** The engine a scenario asks to be run on ({@code engine:}); {@code run --engine} overrides it. */
public enum EngineChoice {
    /** Every request is events: today's figures. */
    EXACT("exact"),
    /** The world as events, steady traffic drawn in bulk (hybrid-engine.md). */
    HYBRID("hybrid");

    private final String label;

    EngineChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<EngineChoice> byLabel(String label) {
        return Arrays.stream(values()).filter(choice -> choice.label.equals(label)).findFirst();
    }
}
