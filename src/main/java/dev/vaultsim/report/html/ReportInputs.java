package dev.vaultsim.report.html;

import dev.vaultsim.scenario.ZonePlacement;

import java.util.List;

/**
 * What the HTML report shows beside the {@code RunResult}: the resolved scenario as YAML
 * ({@code ScenarioWriter.toYaml}), the vaultsim version, and the bucket the scenario asked for
 * (the timeline's may be wider: the page says so).
 *
 * @param requestedBucketNanos the scenario's {@code report.bucket}; 0 when unknown
 * @param zones                which zone each unit is in, for the regions with more than one zone
 *                             ({@link ZonePlacement#ofZonedRegions}); empty shows no zone section
 */
public record ReportInputs(String scenarioYaml, String version, long requestedBucketNanos,
                           List<ZonePlacement> zones) {

    public ReportInputs {
        zones = List.copyOf(zones);
    }

    public static ReportInputs of(String scenarioYaml, String version) {
        return new ReportInputs(scenarioYaml, version, 0, List.of());
    }

    public static ReportInputs of(String scenarioYaml, String version, long requestedBucketNanos) {
        return new ReportInputs(scenarioYaml, version, requestedBucketNanos, List.of());
    }

    /** The same inputs showing {@code zones}. */
    public ReportInputs withZones(List<ZonePlacement> zones) {
        return new ReportInputs(scenarioYaml, version, requestedBucketNanos, zones);
    }
}
