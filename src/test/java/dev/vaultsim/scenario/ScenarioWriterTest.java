package dev.vaultsim.scenario;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioWriterTest {

    private static Scenario load(String yaml) {
        return ScenarioLoader.loadString("s.yaml", yaml, List.of()).scenario();
    }

    private static void assertRoundTrip(Scenario scenario) {
        String printed = ScenarioWriter.toYaml(scenario);
        assertThat(load(printed)).as(printed).isEqualTo(scenario);
        assertThat(ScenarioWriter.toYaml(load(printed))).isEqualTo(printed);
    }

    @Test
    void formatExample_printsAndLoadsBackEqual() {
        assertRoundTrip(load(ScenarioFixtures.resource("example.yaml")));
    }

    @Test
    void minimalScenario_printsEveryDefault() {
        String printed = ScenarioWriter.toYaml(load(ScenarioFixtures.MINIMAL));
        assertThat(printed).contains("seed: 1\n", "baseRtt: 1ms", "failover: { detection: 2m, duration: 5m,"
                + " failbackDelay: 10m, failbackDuration: 3m, initiation: 1 }", "readOnlyAllowed: \"2018\"", "timeout: 10s",
                "jitter: 0.05", "bucket: 1m", "availability: 0.9999", "description: \"\"", "revision: \"2018\"",
                "pair: northeurope, zones: 1 }", "zoneFailover: { writePause: 0s }");
        assertRoundTrip(load(ScenarioFixtures.MINIMAL));
    }

    @Test
    void unusualValues_printAndLoadBackEqual() {
        String yaml = ScenarioFixtures.minimalWith("  - { name: northeurope", """
                  - name: northeurope
                    geography: europe
                    location: { lat: 53.35, lon: -6.26 }
                    pair: westeurope
                    service:
                      replication: { mode: sync }
                      failover: { detection: { lognormal: { mu: 9.5, sigma: 0.7 } }, duration: { uniform: { min: 1m, max: 4m } } }
                      layers: [ { name: "odd: name", instances: 5, latency: { empirical: [1ms, 2ms] } } ]
                readOnlyAllowed: [GetSecret, Sign]
                description: "quotes \\" and: colons"
                faults:
                  - { type: latency-spike, region: westeurope, factor: 2.5, at: 0s, duration: 1h }
                  - { type: instance-failure, region: northeurope, layer: "odd: name", count: 5, at: 1h, duration: 1ns }
                """).replace("  - { name: kv, region: westeurope }", """
                  - { name: kv, region: westeurope, keyProtection: hsm, limits: azure }
                  - { name: kv2, region: westeurope, limits: { secretCreates: 1.5/s, keyOperations: 2000/10s } }
                  - { name: kv3, region: northeurope, readOnlyAllowed: 2023 }""").replace(
                "rate: 200/s, mix: { GetSecret: 1 } }",
                "rate: 7/1h30m, mix: { GetSecret: 0.25, Sign: 3 }, retry: { jitter: full, backoff: fixed } }");
        Scenario scenario = load(yaml);
        assertThat(scenario.region("northeurope").service()).isNotEqualTo(scenario.region("westeurope").service());
        assertRoundTrip(scenario);
    }

    @Test
    void revision2025_marksWhatTheRevisionSupplied_andLoadsBackEqual() {
        LoadedScenario loaded = ScenarioLoader.loadString("s.yaml", "revision: 2025\n" + ScenarioFixtures.MINIMAL, List.of());
        String printed = ScenarioWriter.toYaml(loaded.scenario(), loaded.revisionSupplied());

        assertThat(loaded.warnings()).isEmpty();
        assertThat(printed).contains("revision: \"2025\"\n", "zones: 3  # revision 2025",
                "detection: { lognormal: { median: 4h, p99: 1d } }  # revision 2025", "initiation: 0.9  # revision 2025",
                "readOnlyAllowed: \"2023\"  # revision 2025", "duration: 5m\n");
        assertRoundTrip(loaded.scenario());
    }

    @Test
    void explicitValueOverridingTheRevision_isKept_withAWarning() {
        LoadedScenario loaded = ScenarioLoader.loadString("r.yaml", "revision: 2025\n" + ScenarioFixtures.MINIMAL,
                List.of("service.failover.detection=2m"));

        assertThat(loaded.scenario().regions().get(0).service().failover().detection())
                .isEqualTo(new Distribution.Constant(120_000_000_000L));
        assertThat(loaded.warnings()).singleElement().asString()
                .contains("service.failover.detection 2m overrides revision 2025's provider-initiated failover");
        assertThat(loaded.revisionSupplied()).doesNotContain("regions[0].service.failover.detection")
                .contains("regions[0].service.failover.initiation", "regions[0].zones", "vaults[0].readOnlyAllowed");
    }
}
