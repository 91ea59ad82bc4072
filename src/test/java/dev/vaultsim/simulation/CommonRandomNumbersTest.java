package dev.vaultsim.simulation;

import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.record.Interval;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.ScenarioLoader;
import dev.vaultsim.testing.TestScenarios;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two sweep points with the same seed share every draw the changed parameter does not touch, so
 * the difference between them is measured far more precisely than between independent runs.
 */
class CommonRandomNumbersTest {



    private static Scenario point(String detection) {
        return ScenarioLoader.loadString("random.yaml", TestScenarios.RANDOM_FAULTS_YAML,
                List.of("duration=30d", "clients[0].arrivals=poisson", "service.failover.detection=" + detection))
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
