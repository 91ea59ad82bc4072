package dev.vaultsim.scenarios;

import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.record.Interval;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.ScenarioLoader;
import dev.vaultsim.simulation.ConfidenceIntervals;
import dev.vaultsim.simulation.RunOptions;
import dev.vaultsim.simulation.Simulation;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Random faults against textbook answers: the simulated availability's Student-t interval across
 * replications contains the analytic figure, and the report's analytic block gives it. The check
 * uses a 99 % interval from the report's per-replication availabilities rather than the report's
 * own 95 % one: with eight such checks at fixed seeds, 95 % would fail by chance about one run in
 * three of choosing seeds, and a real bias larger than the interval still fails.
 * Health probes act within a second and clients do not retry, so the textbook's assumption (a
 * request fails exactly while a component it needs is down) nearly holds.
 */
class TextbookAvailabilityTest {

    private static final double A = 10.0 / 11;   // MTTF 10 h, MTTR 1 h

    private static final String HEADER = """
            name: textbook
            duration: %s
            seed: %d
            regions:
              - { name: westeurope,  geography: europe, location: { lat: 52.37, lon: 4.90 },  pair: northeurope }
              - { name: northeurope, geography: europe, location: { lat: 53.35, lon: -6.26 }, pair: westeurope }
            service:
              layers: [ { name: app, instances: %d, latency: 1ms } ]
              healthProbe: { interval: 1s, failuresToEject: 1 }
              replicas: { count: %d, writeQuorum: %d }
              failover: { detection: { exponential: { mean: 10m } }, duration: 0s, failbackDelay: 0s, failbackDuration: 0s }
            vaults: [ { name: kv, region: westeurope } ]
            clients:
              - { name: c, vault: kv, rate: 1/min, arrivals: constant, mix: { GetSecret: 1, SetSecret: 1 }, retry: { maxRetries: 0 } }
            stochastic:
            """;

    private static RunResult run(String horizon, int instances, int replicas, int quorum, String stochastic) {
        return run(HEADER.formatted(horizon, 11, instances, replicas, quorum) + stochastic);
    }

    private static RunResult run(String yaml) {
        Scenario scenario = ScenarioLoader.loadString("textbook.yaml", yaml, List.of()).scenario();
        return Simulation.run(scenario, RunOptions.single().withReplications(20, 2));
    }

    private static String instances(String timeBetweenFailures) {
        return "  - { type: instance-failure, regions: [westeurope], layer: app, timeBetweenFailures: "
                + timeBetweenFailures + ", timeToRepair: { exponential: { mean: 1h } } }\n";
    }

    private static void assertWithinInterval(RunResult result, OperationClass c, double expected) {
        Interval reported = result.confidence().byClass().get(c);
        assertThat(reported.mean()).isBetween(reported.low(), reported.high());
        Interval interval = ConfidenceIntervals.of(
                result.confidence().replicationAvailabilityByClass().get(c), 0, 1, 0.99);
        assertThat(expected).as(c + " textbook " + expected + " in 99 % interval " + interval)
                .isBetween(interval.low(), interval.high());
        assertThat(result.analytic().byClass().get(c)).isCloseTo(expected, within(1e-8));
    }

    @Test
    void singleRepairableInstance_isAvailableMttfOverMttfPlusMttr() {
        RunResult result = run("30d", 1, 1, 1, instances("{ exponential: { mean: 10h } }"));

        assertWithinInterval(result, OperationClass.READ, A);
        assertWithinInterval(result, OperationClass.WRITE, A);
    }

    @Test
    void weibullTimeBetweenFailures_ofEqualMean_givesTheSameSteadyState() {
        long scaleNanos = Math.round(36_000e9 / StrictMath.exp(Gamma.logGamma(1 + 1 / 1.5)));
        RunResult result = run("30d", 1, 1, 1, instances("{ weibull: { shape: 1.5, scale: " + scaleNanos + "ns } }"));

        assertWithinInterval(result, OperationClass.READ, A);
    }

    @Test
    void lognormalTimeBetweenFailures_ofEqualMean_givesTheSameSteadyState() {
        // mean = exp(mu + sigma²/2) s = 36000 s with sigma = 1
        double mu = StrictMath.log(36000) - 0.5;
        RunResult result = run("30d", 1, 1, 1, instances("{ lognormal: { mu: " + mu + ", sigma: 1 } }"));

        assertWithinInterval(result, OperationClass.READ, A);
    }

    @Test
    void parallelInstances_failTogetherWithProbabilityOneMinusAToTheN() {
        RunResult result = run("60d", 2, 1, 1, instances("{ exponential: { mean: 10h } }"));

        assertWithinInterval(result, OperationClass.READ, 1 - (1 - A) * (1 - A));
    }

    @Test
    void writeQuorum_isTwoOutOfThreeReplicas() {
        RunResult result = run("60d", 1, 3, 2, "  - { type: replica-failure, regions: [westeurope],"
                + " timeBetweenFailures: { exponential: { mean: 10h } }, timeToRepair: { exponential: { mean: 1h } } }\n");

        assertWithinInterval(result, OperationClass.WRITE, A * A * A + 3 * A * A * (1 - A));
        assertWithinInterval(result, OperationClass.READ, 1 - Math.pow(1 - A, 3));
    }

    @Test
    void regionFailoverChain_writesMuOverLambdaPlusMu_readsLoseOnlyTheDetection() {
        RunResult result = run("60d", 1, 1, 1, "  - { type: region-outage, regions: [westeurope],"
                + " timeBetweenFailures: { exponential: { mean: 10h } }, timeToRepair: { exponential: { mean: 1h } } }\n");

        double lambda = 0.1;
        double mu = 1;
        double delta = 6;
        assertWithinInterval(result, OperationClass.WRITE, mu / (lambda + mu));
        assertWithinInterval(result, OperationClass.READ, 1 - lambda * mu / ((lambda + mu) * (delta + mu)));
    }

    @Test
    void zonesOfAThreeZoneRegion_areATwoOutOfThreeForWritesAndAOneOutOfThreeForReads() {
        String yaml = HEADER.formatted("60d", 11, 3, 3, 2).replace("pair: northeurope }", "pair: northeurope, zones: 3 }")
                + "  - { type: zone-outage, regions: [westeurope], zones: all,"
                + " timeBetweenFailures: { exponential: { mean: 10h } }, timeToRepair: { exponential: { mean: 1h } } }\n";
        RunResult result = run(yaml);

        assertWithinInterval(result, OperationClass.WRITE, A * A * A + 3 * A * A * (1 - A));
        assertWithinInterval(result, OperationClass.READ, 1 - Math.pow(1 - A, 3));
    }

    @Test
    void failoverInitiatedWithProbabilityHalf_keepsReadsDownForTheRestOfTheOutagesItDoesNotFailOver() {
        String yaml = HEADER.formatted("60d", 11, 1, 1, 1).replace("failbackDuration: 0s }",
                "failbackDuration: 0s, initiation: 0.5 }")
                + "  - { type: region-outage, regions: [westeurope],"
                + " timeBetweenFailures: { exponential: { mean: 10h } }, timeToRepair: { exponential: { mean: 1h } } }\n";
        RunResult result = run(yaml);

        // λ = 0.1/h, μ = 1/h, δ = 6/h: detection is outlasted with L = δ/(δ+μ) = 6/7; half of those
        // outages stay down for a further 1/μ. Reads down (1 − L)/μ + L·(1 − p)/μ = 4/7 h per 11 h cycle.
        assertWithinInterval(result, OperationClass.READ, 1 - (4.0 / 7) / 11);
        assertWithinInterval(result, OperationClass.WRITE, 10.0 / 11);
    }
}
