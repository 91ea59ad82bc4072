package dev.vaultsim.simulation;

import dev.vaultsim.catalog.Operation;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.scenario.Arrivals;
import dev.vaultsim.scenario.Distribution;
import dev.vaultsim.scenario.FailoverSpec;
import dev.vaultsim.scenario.InstanceFailure;
import dev.vaultsim.scenario.RegionOutage;
import dev.vaultsim.scenario.ReplicationMode;
import dev.vaultsim.scenario.ReplicationSpec;
import dev.vaultsim.scenario.RetrySpec;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.testing.LiveInvariants;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.vaultsim.testing.TestScenarios.HOUR;
import static dev.vaultsim.testing.TestScenarios.MINUTE;
import static dev.vaultsim.testing.TestScenarios.client;
import static dev.vaultsim.testing.TestScenarios.mix;
import static dev.vaultsim.testing.TestScenarios.scenario;
import static dev.vaultsim.testing.TestScenarios.service;
import static org.assertj.core.api.Assertions.assertThat;

class DeterminismTest {

    static Scenario randomScenario(long seed) {
        FailoverSpec failover = new FailoverSpec(new Distribution.Exponential(2 * MINUTE),
                new Distribution.Uniform(3 * MINUTE, 7 * MINUTE), new Distribution.Constant(10 * MINUTE),
                Distribution.LogNormal.ofMedianP99(MINUTE, 5 * MINUTE));
        Scenario base = scenario("random", 4 * HOUR,
                service(failover, new ReplicationSpec(ReplicationMode.ASYNC, new Distribution.Exponential(500_000_000L))),
                List.of(client("app", 50, Arrivals.POISSON, RetrySpec.AZURE_SDK_DEFAULT,
                        mix(Operation.GetSecret, 70), mix(Operation.Sign, 15), mix(Operation.SetSecret, 15))),
                List.of(new RegionOutage("westeurope", HOUR, HOUR),
                        new InstanceFailure("northeurope", "gateway", 1, 90 * MINUTE, 10 * MINUTE)));
        return base.withSeed(seed);
    }

    @Test
    void sameSeed_sameResultAndTrace() {
        RunResult first = LiveInvariants.check(randomScenario(42));
        RunResult second = LiveInvariants.check(randomScenario(42));

        assertThat(second).isEqualTo(first);
        assertThat(second.engine().fingerprint()).isEqualTo(first.engine().fingerprint());
    }

    @Test
    void differentSeed_differentTrace() {
        RunResult first = LiveInvariants.check(randomScenario(42));
        RunResult second = LiveInvariants.check(randomScenario(43));

        assertThat(second.engine().fingerprint()).isNotEqualTo(first.engine().fingerprint());
        assertThat(second.traffic().totals()).isNotEqualTo(first.traffic().totals());
    }

    @Test
    void poissonTraffic_lostWritesAverageRateTimesMeanLag() {
        // 200 writes/s with an exponential 500 ms lag: on average 100 writes in flight (Little's law).
        long lostTotal = 0;
        int outages = 40;
        for (int seed = 1; seed <= outages; seed++) {
            Scenario scenario = scenario("little", 40 * MINUTE,
                    service(new FailoverSpec(new Distribution.Constant(MINUTE), new Distribution.Constant(MINUTE),
                                    new Distribution.Constant(MINUTE), new Distribution.Constant(MINUTE)),
                            new ReplicationSpec(ReplicationMode.ASYNC, new Distribution.Exponential(500_000_000L))),
                    List.of(client("writer", 200, Arrivals.POISSON, RetrySpec.AZURE_SDK_DEFAULT,
                            mix(Operation.SetSecret, 1))),
                    List.of(new RegionOutage("westeurope", 30 * MINUTE, 5 * MINUTE))).withSeed(seed);
            lostTotal += Simulation.run(scenario).history().failovers().get(0).lostWrites();
        }
        double mean = lostTotal / (double) outages;
        // The count is Poisson(100): the mean of 40 has a standard error of about 1.6.
        assertThat(mean).isBetween(95.0, 105.0);
    }
}
