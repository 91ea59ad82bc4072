package dev.vaultsim.report.html;

/**
 * What the HTML report shows beside the {@code RunResult}: the resolved scenario as YAML
 * ({@code ScenarioWriter.toYaml}) and the vaultsim version.
 */
public record ReportInputs(String scenarioYaml, String version) {

    public static ReportInputs of(String scenarioYaml, String version) {
        return new ReportInputs(scenarioYaml, version);
    }
}
