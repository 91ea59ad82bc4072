// placeholder until the scenario branch merges
package dev.vaultsim.scenario;

/** Placeholder of the scenario branch's YAML writer. */
public final class ScenarioWriter {

    private ScenarioWriter() {
    }

    public static String toYaml(Scenario scenario) {
        return "name: " + scenario.name() + "\n";
    }
}
