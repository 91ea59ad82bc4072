package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.record.FailoverResult;
import dev.vaultsim.record.PhaseResult;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.record.Stats;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.ScenarioLoader;
import dev.vaultsim.simulation.Engine;
import dev.vaultsim.simulation.ExactEngine;
import dev.vaultsim.simulation.RunOptions;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hybrid engine's proof: on scenarios of the library (shortened) and a random-fault one, R
 * replications under each engine give the same world, identically, and every traffic figure agrees
 * within sampling error: Welch's t-test per figure, Holm's correction at a family-wise 1 % over all
 * figures of all scenarios, so the suite does not fail by chance. A hybrid nudged by a few per cent
 * must fail it. Writes the table to target/engine-agreement.md (results/ keeps a copy).
 */
class EngineAgreementTest {

    private static final int REPLICATIONS = 8;
    private static final double FAMILY_WISE = 0.01;

    private static final Map<String, List<String>> CASES = new LinkedHashMap<>();

    static {
        CASES.put("scenarios/paired-region-failover.yaml", List.of("duration=3h", "clients[0].rate=40/s"));
        CASES.put("scenarios/component-failure-absorbed.yaml", List.of("duration=2h30m"));
        CASES.put("scenarios/partition-lost-writes.yaml", List.of());
        CASES.put("scenarios/secondary-fails-while-serving.yaml", List.of("clients[0].rate=30/s"));
        CASES.put("scenarios/year-of-random-faults.yaml", List.of("duration=3d", "clients[0].rate=10/s"));
    }

    /** One figure of one scenario: its per-replication values under both engines. */
    private record Figure(String scenario, String name, double[] exact, double[] hybrid) {

        double pValue() {
            if (variance(exact) == 0 && variance(hybrid) == 0) {
                return mean(exact) == mean(hybrid) ? 1 : 0;
            }
            return new TTest().tTest(exact, hybrid);
        }
    }

    @Test
    void hybridAgreesWithExact_onEveryFigure_andTheWorldIsIdentical() throws IOException {
        List<Figure> figures = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : CASES.entrySet()) {
            Scenario scenario = ScenarioLoader.load(Path.of(entry.getKey()), entry.getValue()).scenario();
            List<RunResult> exact = runs(new ExactEngine(), scenario);
            List<RunResult> hybrid = runs(new HybridEngine(new ExactEngine()), scenario);
            assertSameWorld(scenario.name(), exact.get(0), hybrid.get(0));
            assertThat(hybrid.get(0).engine().kind()).as(scenario.name() + " ran on").isEqualTo("hybrid");
            figures.addAll(figures(scenario.name(), exact, hybrid));
        }
        List<Figure> rejected = holm(figures);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/engine-agreement.md"), table(figures, rejected));
        assertThat(figures).hasSizeGreaterThan(40);
        assertThat(rejected).extracting(f -> f.scenario() + " " + f.name()).isEmpty();
    }

    @Test
    void aHybridNudgedByThreePerCent_isCaught() {
        Scenario scenario = ScenarioLoader.load(Path.of("scenarios/paired-region-failover.yaml"),
                List.of("duration=3h", "clients[0].rate=40/s")).scenario();
        List<Figure> figures = figures(scenario.name(), runs(new ExactEngine(), scenario),
                runs(HybridEngine.nudged(0.03), scenario));
        assertThat(holm(figures)).isNotEmpty();
    }

    private static List<RunResult> runs(Engine engine, Scenario scenario) {
        List<RunResult> results = new ArrayList<>();
        for (int r = 0; r < REPLICATIONS; r++) {
            results.add(engine.replicate(scenario, r, true, RunOptions.single()).result());
        }
        return results;
    }

    /** Faults, failovers (all their times), time in each state and phase boundaries: identical. */
    private static void assertSameWorld(String name, RunResult exact, RunResult hybrid) {
        assertThat(hybrid.history().faults()).as(name + " faults").isEqualTo(exact.history().faults());
        assertThat(hybrid.history().stateNanos()).as(name + " time in state").isEqualTo(exact.history().stateNanos());
        assertThat(hybrid.history().phases().stream().map(EngineAgreementTest::boundary).toList())
                .as(name + " phases").isEqualTo(exact.history().phases().stream().map(EngineAgreementTest::boundary).toList());
        assertThat(hybrid.history().failovers().stream().map(EngineAgreementTest::times).toList())
                .as(name + " failovers").isEqualTo(exact.history().failovers().stream().map(EngineAgreementTest::times).toList());
    }

    private static String boundary(PhaseResult phase) {
        return phase.vault() + " " + phase.state() + " " + phase.startNanos() + ".." + phase.endNanos();
    }

    private static String times(FailoverResult f) {
        return f.vault() + " " + f.outageStartNanos() + " " + f.failoverStartNanos() + " " + f.failoverCompleteNanos()
                + " " + f.failbackStartNanos() + " " + f.failbackCompleteNanos() + " " + f.failbackAborts();
    }

    private static List<Figure> figures(String scenario, List<RunResult> exact, List<RunResult> hybrid) {
        List<Figure> figures = new ArrayList<>();
        Map<String, Function<RunResult, Double>> all = new LinkedHashMap<>();
        all.put("requests", r -> (double) r.traffic().totals().requests());
        all.put("availability", r -> availability(r.traffic().totals()));
        for (OperationClass c : OperationClass.values()) {
            all.put(c.label() + " availability", r -> availability(r.traffic().byClass().get(c)));
        }
        for (Operation operation : exact.get(0).traffic().byOperation().keySet()) {
            all.put(operation + " availability", r -> availability(r.traffic().byOperation().get(operation)));
        }
        for (String client : exact.get(0).traffic().byClient().keySet()) {
            all.put("client " + client + " availability", r -> availability(r.traffic().byClient().get(client)));
        }
        for (FailureCause cause : FailureCause.values()) {
            if (exact.stream().anyMatch(r -> r.traffic().failureCauses().get(cause) > 0)) {
                all.put(cause + " failures", r -> (double) r.traffic().failureCauses().get(cause));
            }
        }
        all.put("lost writes", r -> (double) r.history().failovers().stream().mapToLong(FailoverResult::lostWrites).sum());
        all.put("p50 ms", r -> r.traffic().totals().latency() == null ? 0 : r.traffic().totals().latency().p50Millis());
        all.put("p99 ms", r -> r.traffic().totals().latency() == null ? 0 : r.traffic().totals().latency().p99Millis());
        all.forEach((name, figure) -> figures.add(new Figure(scenario, name,
                exact.stream().mapToDouble(figure::apply).toArray(), hybrid.stream().mapToDouble(figure::apply).toArray())));
        return figures;
    }

    private static double availability(Stats stats) {
        return stats == null || stats.availability() == null ? 1 : stats.availability();
    }

    /** Holm's step-down procedure: the figures whose difference is significant at the family-wise level. */
    private static List<Figure> holm(List<Figure> figures) {
        List<Figure> sorted = figures.stream().sorted((a, b) -> Double.compare(a.pValue(), b.pValue())).toList();
        List<Figure> rejected = new ArrayList<>();
        for (int k = 0; k < sorted.size(); k++) {
            if (sorted.get(k).pValue() > FAMILY_WISE / (sorted.size() - k)) {
                break;
            }
            rejected.add(sorted.get(k));
        }
        return rejected;
    }

    private static String table(List<Figure> figures, List<Figure> rejected) {
        StringBuilder md = new StringBuilder("# Exact and hybrid engines, side by side\n\n")
                .append(REPLICATIONS).append(" replications of each scenario under each engine (EngineAgreementTest);")
                .append(" mean ± 95 % half-width; Welch's p, Holm at a family-wise ").append(FAMILY_WISE)
                .append(" over all ").append(figures.size()).append(" figures.\n\n")
                .append("| scenario | figure | exact | hybrid | p | differs |\n| --- | --- | ---: | ---: | ---: | --- |\n");
        for (Figure f : figures) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.3f | %s |%n", f.scenario(), f.name(),
                    interval(f.exact()), interval(f.hybrid()), f.pValue(), rejected.contains(f) ? "**yes**" : "no"));
        }
        return md.toString();
    }

    private static String interval(double[] values) {
        double half = 1.96 * Math.sqrt(variance(values) / values.length);
        return String.format(Locale.ROOT, "%.6g ± %.2g", mean(values), half);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double variance(double[] values) {
        double m = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - m) * (v - m);
        }
        return values.length < 2 ? 0 : sum / (values.length - 1);
    }
}
