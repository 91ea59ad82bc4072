package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.ScenarioLoader;
import dev.vaultsim.simulation.ExactEngine;
import dev.vaultsim.simulation.RunOptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * What the hybrid engine hands to the exact engine, and says so: clients with several vaults (their
 * breakers couple requests) and private endpoints, whose reconnect windows bulk draws would not
 * see; constant arrivals and caches (Poisson or constant arrivals) it draws itself.
 */
class HybridFallbackTest {

    private static RunResult hybrid(String file, List<String> sets) {
        Scenario scenario = ScenarioLoader.load(Path.of(file), sets).scenario();
        return new HybridEngine(new ExactEngine()).replicate(scenario, 0, true, RunOptions.single()).result();
    }

    @Test
    void aPrivateEndpoint_runsOnTheExactEngine_andTheReportSaysWhy() {
        RunResult result = hybrid("scenarios/paired-region-failover.yaml",
                List.of("duration=1h", "clients[0].privateEndpoint.reconnect=5m"));

        assertThat(result.engine().fallback()).contains("private endpoint");
    }

    @Test
    void aCacheWithConstantArrivals_staysOnTheHybridEngine() {
        RunResult result = hybrid("scenarios/resilience-cache-1h.yaml", List.of("duration=1h"));

        assertThat(result.engine().kind()).isEqualTo("hybrid");
        assertThat(result.engine().fallback()).isNull();
        assertThat(result.traffic().clients().cache().get("checkout-api").hits()).isPositive();
    }

    @Test
    void aCacheWithPoissonArrivals_staysOnTheHybridEngine() {
        RunResult result = hybrid("scenarios/resilience-cache-1h.yaml",
                List.of("duration=1h", "clients[0].arrivals=poisson"));

        assertThat(result.engine().fallback()).isNull();
        assertThat(result.traffic().clients().cache().get("checkout-api").hits()).isPositive();
    }

    @Test
    void severalVaults_runOnTheExactEngine() {
        RunResult result = hybrid("scenarios/resilience-second-vault.yaml", List.of("duration=1h"));

        assertThat(result.engine().fallback()).contains("several vaults");
    }

    @Test
    void constantArrivals_stayOnTheHybridEngine() {
        RunResult result = hybrid("scenarios/paired-region-failover.yaml",
                List.of("duration=1h", "clients[0].arrivals=constant"));

        assertThat(result.engine().kind()).isEqualTo("hybrid");
        assertThat(result.engine().fallback()).isNull();
    }

    @Test
    void aZoneWritePause_endingWithoutAnEvent_doesNotStallTheWorldPass() {
        // The world pass once stepped to a pause's end, fired nothing there, and picked it again forever.
        RunResult result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> hybrid("scenarios/zone-outage-3-zones.yaml", List.of("duration=3h")));

        assertThat(result.engine().kind()).isEqualTo("hybrid");
        assertThat(result.traffic().failureCauses().get(FailureCause.ZONE_FAILOVER_IN_PROGRESS)).isPositive();
    }
}
