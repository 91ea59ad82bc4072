// placeholder until the scenario branch merges
package dev.vaultsim.scenario;

import java.util.List;

/** Placeholder: a scenario that loaded, with the loader's warnings. */
public record LoadedScenario(Scenario scenario, List<String> warnings) {
}
