package dev.vaultsim.scenario;

import java.util.List;

/**
 * A scenario that loaded, with the warnings that did not stop it (faults at or after the horizon),
 * each {@code file:line:column: message}, for the caller to print on stderr.
 */
public record LoadedScenario(Scenario scenario, List<String> warnings) {
    public LoadedScenario {
        warnings = List.copyOf(warnings);
    }
}
