package dev.vaultsim.report;

import java.util.List;

/**
 * What made a report, for its {@code "input"} block: the vaultsim version, the resolved scenario
 * (every default filled in, as {@code validate} prints it) and the {@code --set} overrides, so
 * that a report.json alone is enough to reproduce its run.
 *
 * @param scenarioYaml the resolved scenario as YAML ({@code ScenarioWriter.toYaml})
 */
public record ReportInput(String vaultsimVersion, String scenarioYaml, List<String> overrides) {

    public ReportInput {
        overrides = List.copyOf(overrides);
    }
}
