package dev.vaultsim.scenarios;

import dev.vaultsim.record.FailoverResult;
import dev.vaultsim.record.FaultWindow;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.record.WorldHistory;
import dev.vaultsim.scenario.InstanceFailure;
import dev.vaultsim.scenario.Partition;
import dev.vaultsim.scenario.RegionOutage;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.ScenarioLoader;
import dev.vaultsim.simulation.RunOptions;
import dev.vaultsim.simulation.Simulation;
import dev.vaultsim.testing.LiveInvariants;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StochasticFaultsTest {

    private static final String BASE = """
            name: mixed
            duration: 30d
            seed: 4
            regions:
              - { name: westeurope,  geography: europe, location: { lat: 52.37, lon: 4.90 },  pair: northeurope }
              - { name: northeurope, geography: europe, location: { lat: 53.35, lon: -6.26 }, pair: westeurope }
            service:
              failover: { detection: { uniform: { min: 1m, max: 5m } }, duration: { exponential: { mean: 5m } },
                          failbackDelay: 10m, failbackDuration: 3m }
            vaults: [ { name: kv, region: westeurope } ]
            clients:
              - { name: app, vault: kv, rate: 1/min, mix: { GetSecret: 1, SetSecret: 1 } }
            """;

    private static RunResult run(String yaml) {
        Scenario scenario = ScenarioLoader.loadString("mixed.yaml", yaml, List.of()).scenario();
        return LiveInvariants.check(scenario);
    }

    @Test
    void failoverTimings_areDrawnAfreshForEveryOutage() {
        RunResult result = run(BASE + """
                stochastic:
                  - { type: region-outage, regions: [westeurope], timeBetweenFailures: { exponential: { mean: 3d } },
                      timeToRepair: { exponential: { mean: 2h } } }
                """);

        List<FailoverResult> failovers = result.history().failovers();
        assertThat(failovers).hasSizeGreaterThan(3);
        Set<Long> detections = new HashSet<>();
        Set<Long> durations = new HashSet<>();
        for (FailoverResult failover : failovers) {
            long detection = failover.failoverStartNanos() - failover.outageStartNanos();
            assertThat(detection).isBetween(60_000_000_000L, 300_000_000_000L);
            detections.add(detection);
            if (failover.failoverCompleteNanos() != null) {
                durations.add(failover.failoverCompleteNanos() - failover.failoverStartNanos());
            }
        }
        assertThat(detections).hasSize(failovers.size());
        assertThat(durations).hasSizeGreaterThan(2);
    }

    @Test
    void scheduledAndRandomFaults_mixInOneScenario() {
        String yaml = BASE + """
                faults:
                  - { type: region-outage, region: westeurope, at: 10d, duration: 2h }
                stochastic:
                  - { type: instance-failure, regions: all, layer: gateway, timeBetweenFailures: { exponential: { mean: 2d } },
                      timeToRepair: { exponential: { mean: 1h } } }
                  - { type: partition, between: [westeurope, northeurope], timeBetweenFailures: { weibull: { shape: 2, scale: 5d } },
                      timeToRepair: 10m }
                """;
        RunResult result = run(yaml);

        List<FaultWindow> faults = result.history().faults();
        assertThat(faults).anyMatch(f -> f.fault() instanceof RegionOutage o && o.atNanos() == 864_000_000_000_000L);
        assertThat(faults).filteredOn(f -> f.fault() instanceof InstanceFailure).hasSizeGreaterThan(40);
        assertThat(faults).anyMatch(f -> f.fault() instanceof Partition);
        assertThat(result.history().failovers()).hasSize(1);
        Scenario scenario = ScenarioLoader.loadString("mixed.yaml", yaml, List.of()).scenario();
        assertThat(Simulation.run(scenario, RunOptions.single().withReplications(1, 1)).analytic())
                .as("no textbook answer with scheduled faults").isNull();
        Scenario randomOnly = new Scenario(scenario.name(), "", "x", scenario.durationNanos(), 4, scenario.regions(),
                scenario.network(), scenario.vaults(), scenario.clients(), List.of(), scenario.stochastic(),
                scenario.report());
        assertThat(Simulation.run(randomOnly, RunOptions.single().withReplications(1, 1)).analytic()).isNotNull();
    }

    @Test
    void manyRandomFaults_areListedUpToTheCap_andTheRestCounted() {
        String yaml = BASE.replace("duration: 30d", "duration: 2d") + """
                stochastic:
                  - { type: instance-failure, regions: all, layer: gateway, timeBetweenFailures: 1m, timeToRepair: 1s }
                """;

        RunResult result = run(yaml);

        // Each of six instances fails at 60 + 61k s (up 1 min, down 1 s): 2,832 times in two days.
        assertThat(result.history().faults()).hasSize(WorldHistory.MAX_FAULT_WINDOWS);
        assertThat(result.history().faultsOmitted()).isEqualTo(6 * 2_832 - WorldHistory.MAX_FAULT_WINDOWS);
        assertThat(new dev.vaultsim.report.JsonReportWriter().toJson(result))
                .contains("\"faultsOmitted\": " + result.history().faultsOmitted());
    }

    @Test
    void addingAnEntry_leavesOtherUnitsDrawsAlone() {
        String instances = """
                stochastic:
                  - { type: instance-failure, regions: [westeurope], layer: gateway,
                      timeBetweenFailures: { exponential: { mean: 2d } }, timeToRepair: { exponential: { mean: 1h } } }
                """;
        String withReplicas = instances + """
                  - { type: replica-failure, regions: [northeurope], timeBetweenFailures: { exponential: { mean: 2d } },
                      timeToRepair: { exponential: { mean: 1h } } }
                """;

        List<FaultWindow> alone = run(BASE + instances).history().faults();
        List<FaultWindow> together = run(BASE + withReplicas).history().faults().stream()
                .filter(f -> f.fault() instanceof InstanceFailure).toList();

        assertThat(together).isEqualTo(alone);
    }
}
