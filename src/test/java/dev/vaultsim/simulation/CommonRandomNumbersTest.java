package dev.vaultsim.simulation;

import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.record.Interval;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two sweep points with the same seed share every draw the changed parameter does not touch, so
 * the difference between them is measured far more precisely than between independent runs.
 */
class CommonRandomNumbersTest {

    private static final String SCENARIO = """
            name: random
            duration: 30d
            seed: 7
            regions:
              - { name: westeurope,  geography: europe, location: { lat: 52.37, lon: 4.90 },  pair: northeurope }
              - { name: northeurope, geography: europe, location: { lat: 53.35, lon: -6.26 }, pair: westeurope }
            vaults: [ { name: kv, region: westeurope } ]
            clients:
              - { name: app, vault: kv, rate: 1/min, arrivals: poisson, mix: { GetSecret: 3, SetSecret: 1 }, retry: { maxRetries: 0 } }
            stochastic:
              - { type: region-outage, regions: [westeurope], timeBetweenFailures: { exponential: { mean: 3d } },
                  timeToRepair: { exponential: { mean: 1h } } }
            """;

    private static Scenario point(String detection) {
        return ScenarioLoader.loadString("random.yaml", SCENARIO, List.of("service.failover.detection=" + detection))
                .scenario();
    }

    private static List<Double> reads(Scenario scenario) {
        RunResult result = Simulation.run(scenario, RunOptions.single().withReplications(10, 2));
        return result.confidence().replicationAvailabilityByClass().get(OperationClass.READ);
    }

    private static Interval difference(List<Double> a, List<Double> b) {
        List<Double> d = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            d.add(b.get(i) - a.get(i));
        }
        return ConfidenceIntervals.of(d, -1, 1, 0.95);
    }

    private static double width(Interval interval) {
        return interval.high() - interval.low();
    }

    @Test
    void neighbouringPoints_sameSeed_narrowerDifferenceThanIndependentSeeds() {
        List<Double> fast = reads(point("5m"));
        List<Double> slow = reads(point("10m"));
        List<Double> slowElsewhere = reads(point("10m").withSeed(1007));

        Interval common = difference(fast, slow);
        Interval independent = difference(fast, slowElsewhere);
        System.out.printf("CRN: difference of read availability, detection 5m -> 10m: common seed %s, independent seeds %s%n",
                common, independent);

        assertThat(width(common)).isLessThan(width(independent) / 2);
        assertThat(common.mean()).isNegative();
    }
}
