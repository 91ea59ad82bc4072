package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.record.Stats;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.ScenarioLoader;
import dev.vaultsim.simulation.ExactEngine;
import dev.vaultsim.simulation.RunOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Features the hybrid engine once handed to the exact engine, and now draws itself (the report's
 * engine is the hybrid): constant arrivals, caches (Poisson or constant arrivals),
 * private endpoints (whose reconnect windows its world pass draws), several vaults (their breakers
 * kept by the exact client), and all three together (a cache's walk over a constant schedule
 * feeding a client of several vaults).
 */
class HybridCoverageTest {

    private static RunResult hybrid(String file, List<String> sets) {
        Scenario scenario = ScenarioLoader.load(Path.of(file), sets).scenario();
        return new HybridEngine().replicate(scenario, 0, true, RunOptions.single()).result();
    }

    @Test
    void aPrivateEndpoint_staysOnTheHybridEngine_andItsReconnectWindowsFailAttemptsAsTheExactEngineDoes() {
        // Reconnect windows of exactly 5 minutes after the failover (~1:07) and the failback (~3:13).
        List<String> sets = List.of("duration=3h30m", "clients[0].rate=30/s",
                "clients[0].privateEndpoint.reconnect={ uniform: { min: 5m, max: 5m } }");
        Scenario scenario = ScenarioLoader.load(Path.of("scenarios/paired-region-failover.yaml"), sets).scenario();
        RunResult hybrid = hybrid("scenarios/paired-region-failover.yaml", sets);
        RunResult exact = new ExactEngine().replicate(scenario, 0, true, RunOptions.single()).result();

        assertThat(hybrid.engine().kind()).isEqualTo(HybridEngine.KIND);
        long reconnecting = hybrid.traffic().failureCauses().get(FailureCause.PRIVATE_ENDPOINT_RECONNECTING);
        long exactReconnecting = exact.traffic().failureCauses().get(FailureCause.PRIVATE_ENDPOINT_RECONNECTING);
        // Ten minutes of 30/s whose retries (about 46 s of budget) run out inside a window: thousands.
        assertThat(exactReconnecting).isGreaterThan(10_000);
        assertThat((double) reconnecting).isCloseTo(exactReconnecting, withinPercentage(5));
    }

    @Test
    void aCacheWithConstantArrivals_staysOnTheHybridEngine() {
        RunResult result = hybrid("scenarios/resilience-cache-1h.yaml", List.of("duration=1h"));

        assertThat(result.engine().kind()).isEqualTo("hybrid");
        assertThat(result.engine().kind()).isEqualTo(HybridEngine.KIND);
        assertThat(result.traffic().clients().cache().get("checkout-api").hits()).isPositive();
    }

    @Test
    void aCacheWithPoissonArrivals_staysOnTheHybridEngine() {
        RunResult result = hybrid("scenarios/resilience-cache-1h.yaml",
                List.of("duration=1h", "clients[0].arrivals=poisson"));

        assertThat(result.engine().kind()).isEqualTo(HybridEngine.KIND);
        assertThat(result.traffic().clients().cache().get("checkout-api").hits()).isPositive();
    }

    @Test
    void severalVaults_stayOnTheHybridEngine_andTheBreakersMoveAsOnTheExactEngine() {
        List<String> sets = List.of("duration=6h15m", "clients[0].rate=5/s");
        Scenario scenario = ScenarioLoader.load(Path.of("scenarios/resilience-second-vault.yaml"), sets).scenario();
        RunResult hybrid = hybrid("scenarios/resilience-second-vault.yaml", sets);
        RunResult exact = new ExactEngine().replicate(scenario, 0, true, RunOptions.single()).result();

        assertThat(hybrid.engine().kind()).isEqualTo(HybridEngine.KIND);
        var hybridUse = hybrid.traffic().clients().vaultUse().get("checkout-api");
        var exactUse = exact.traffic().clients().vaultUse().get("checkout-api");
        // The outage moves both classes over and back: switchovers are the world's, not chance's.
        assertThat(hybridUse.switchovers()).isEqualTo(exactUse.switchovers()).isNotEmpty();
        assertThat((double) hybridUse.divergentWrites()).isCloseTo(exactUse.divergentWrites(), withinPercentage(5));
        assertThat(hybridUse.divergentWrites()).isPositive();
    }

    @ParameterizedTest(name = "{0} arrivals")
    @ValueSource(strings = {"poisson", "constant"})
    void aCacheWithSeveralVaults_staysOnTheHybridEngine_countingHitsOnTheCurrentVault(String arrivals) {
        List<String> sets = List.of("duration=6h15m", "clients[0].rate=5/s", "clients[0].arrivals=" + arrivals,
                "clients[0].cache={ ttl: 10m }");
        Scenario scenario = ScenarioLoader.load(Path.of("scenarios/resilience-second-vault.yaml"), sets).scenario();
        RunResult hybrid = hybrid("scenarios/resilience-second-vault.yaml", sets);
        RunResult exact = new ExactEngine().replicate(scenario, 0, true, RunOptions.single()).result();

        assertThat(hybrid.engine().kind()).isEqualTo("hybrid");
        assertThat(hybrid.engine().kind()).isEqualTo(HybridEngine.KIND);
        var hybridUse = hybrid.traffic().clients().vaultUse().get("checkout-api").byVault();
        var exactUse = exact.traffic().clients().vaultUse().get("checkout-api").byVault();
        // Over two hours on kv-neu: its share of the requests that reached a vault is the outage's, within chance.
        assertThat(exactUse.get("kv-neu").requests()).isGreaterThan(10_000);
        assertThat((double) hybridUse.get("kv-neu").requests())
                .isCloseTo(exactUse.get("kv-neu").requests(), withinPercentage(5));
        // And so is its share of the hits, counted in its phases on the reads' current vault.
        assertThat(phaseReads(exact, "kv-neu")).isGreaterThan(30_000);
        assertThat((double) phaseReads(hybrid, "kv-neu"))
                .isCloseTo(phaseReads(exact, "kv-neu"), withinPercentage(3));
        assertThat(hybrid.traffic().clients().cache().get("checkout-api").hits()).isPositive();
    }

    private static long phaseReads(RunResult result, String vault) {
        return result.history().phases().stream().filter(p -> p.vault().equals(vault))
                .mapToLong(p -> p.byClass().getOrDefault(OperationClass.READ, Stats.EMPTY).requests()).sum();
    }

    @Test
    void constantArrivals_stayOnTheHybridEngine() {
        RunResult result = hybrid("scenarios/paired-region-failover.yaml",
                List.of("duration=1h", "clients[0].arrivals=constant"));

        assertThat(result.engine().kind()).isEqualTo("hybrid");
        assertThat(result.engine().kind()).isEqualTo(HybridEngine.KIND);
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
