package dev.vaultsim.report.html;

/**
 * What the HTML report shows beside the {@code RunResult}: the resolved scenario as YAML
 * ({@code ScenarioWriter.toYaml}), the vaultsim version, and the bucket the scenario asked for
 * (the timeline's may be wider: the page says so).
 *
 * @param requestedBucketNanos the scenario's {@code report.bucket}; 0 when unknown
 */
public record ReportInputs(String scenarioYaml, String version, long requestedBucketNanos) {

    public static ReportInputs of(String scenarioYaml, String version) {
        return new ReportInputs(scenarioYaml, version, 0);
    }

    public static ReportInputs of(String scenarioYaml, String version, long requestedBucketNanos) {
        return new ReportInputs(scenarioYaml, version, requestedBucketNanos);
    }
}
