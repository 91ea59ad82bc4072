package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.catalog.Operation;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.scenario.Arrivals;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.RegionOutage;
import dev.vaultsim.scenario.RetrySpec;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.simulation.EngineKind;
import dev.vaultsim.testing.LiveInvariants;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.vaultsim.testing.TestScenarios.HOUR;
import static dev.vaultsim.testing.TestScenarios.MINUTE;
import static dev.vaultsim.testing.TestScenarios.SECOND;
import static dev.vaultsim.testing.TestScenarios.asyncLag;
import static dev.vaultsim.testing.TestScenarios.client;
import static dev.vaultsim.testing.TestScenarios.failover;
import static dev.vaultsim.testing.TestScenarios.mix;
import static dev.vaultsim.testing.TestScenarios.scenario;
import static dev.vaultsim.testing.TestScenarios.service;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Found with the extreme swarm: a request span of "no bound" (a 100-year timeout with retries)
 * saturates, and the hybrid's world pass ran to {@code horizon + span}, which wrapped to a
 * negative instant: the pass stopped at 0, saw no outage, and every request of the hybrid succeeded
 * at its first attempt in 2 ms, while the exact engine's waited a century through the outage.
 */
class HybridExtremeSpanTest {

    @Test
    void aTimeoutOfACentury_theHybridStillSeesTheOutage() {
        long year = 365 * 24 * HOUR;
        RetrySpec retry = new RetrySpec(3, RetrySpec.Backoff.EXPONENTIAL, 800_000_000L, 8 * SECOND, 0.05, false);
        ClientSpec shape = client("app", 1, Arrivals.POISSON, retry, mix(Operation.GetSecret, 1));
        ClientSpec app = new ClientSpec(shape.name(), shape.region(), shape.vault(), shape.rate(), shape.arrivals(),
                shape.mix(), 100 * year, retry, shape.retryOn());
        // Detection of 250 years: never fail over; requests in the outage wait out their timeout.
        Scenario scenario = scenario("century-timeout", HOUR,
                service(failover(250 * year, 5 * MINUTE, 10 * MINUTE, 3 * MINUTE), asyncLag(1_000_000)),
                List.of(app), List.of(new RegionOutage("westeurope", 10 * MINUTE, 20 * MINUTE)));

        RunResult exact = LiveInvariants.check(scenario, EngineKind.EXACT);
        RunResult hybrid = LiveInvariants.check(scenario, EngineKind.HYBRID);

        assertThat(hybrid.engine().kind()).isEqualTo("hybrid");
        // About a third of the hour's requests meet the outage: a second attempt, a century late.
        for (RunResult result : List.of(exact, hybrid)) {
            var totals = result.traffic().totals();
            assertThat(totals.attempts() - totals.requests()).as(result.engine().kind() + " retries")
                    .isBetween(totals.requests() / 4, totals.requests() / 2);
            assertThat(totals.latency().maxMillis()).as(result.engine().kind() + " longest request, ms")
                    .isGreaterThan(100 * year / 1e6);
        }
    }
}
