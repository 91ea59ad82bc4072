package dev.vaultsim.report.html;

/**
 * What the HTML report shows beside the {@code RunResult}: the resolved scenario as YAML
 * ({@code ScenarioWriter.toYaml}), the vaultsim version, and the replications when there were
 * several (null otherwise).
 */
public record ReportInputs(String scenarioYaml, String version, Replications replications) {

    public static ReportInputs of(String scenarioYaml, String version) {
        return new ReportInputs(scenarioYaml, version, null);
    }

    public ReportInputs withReplications(Replications value) {
        return new ReportInputs(scenarioYaml, version, value);
    }
}
