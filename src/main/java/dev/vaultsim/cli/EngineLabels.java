package dev.vaultsim.cli;

import dev.vaultsim.simulation.EngineKind;

import java.util.Arrays;
import java.util.Iterator;

/** The engines' names, for {@code --engine}'s help and shell completion. */
final class EngineLabels implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(EngineKind.values()).map(EngineKind::label).iterator();
    }
}
