package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.record.FailoverResult;
import dev.vaultsim.record.PhaseResult;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.simulation.Engine;
import dev.vaultsim.simulation.ExactEngine;
import dev.vaultsim.simulation.RunOptions;
import dev.vaultsim.simulation.hybrid.AgreementCases.Case;
import dev.vaultsim.simulation.hybrid.AgreementFigures.Figure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hybrid engine's proof (hybrid-engine.md, "Contract"): on every scenario of the library,
 * shortened ({@link AgreementCases}), and on scenarios of the swarm's generator, R replications
 * under each engine give the same world, identically, and every traffic figure agrees within
 * sampling error: Welch's t-test per figure, Holm's correction at a family-wise 1 % over all
 * figures of all scenarios, so the suite does not fail by chance; a figure constant under both
 * engines must be equal. Every scenario runs on the hybrid engine. A hybrid nudged by a few per cent must fail it. Writes the table to
 * target/engine-agreement.md; results/engine-agreement.md is a copy made by hand.
 *
 * <p>In {@code mvn verify}; alone: {@code mvn -B -Dtest=EngineAgreementTest test} (8 replications,
 * about 30 s on two free cores). The long variant, 30 replications and horizons four times longer
 * (never past a file's own), about five minutes:
 * {@code mvn -B -Pagreement-long -Dtest=EngineAgreementTest test}. Its system properties can also
 * be given alone: {@code -Dvaultsim.agreement.replications=N},
 * {@code -Dvaultsim.agreement.horizonFactor=F}, {@code -Dvaultsim.agreement.threads=T} (the
 * results do not depend on it).
 */
class EngineAgreementTest {

    static final int REPLICATIONS = Integer.getInteger("vaultsim.agreement.replications", 8);
    static final double HORIZON_FACTOR = Double.parseDouble(System.getProperty("vaultsim.agreement.horizonFactor", "1"));
    private static final double FAMILY_WISE = 0.01;
    private static final int THREADS = Integer.getInteger("vaultsim.agreement.threads",
            Runtime.getRuntime().availableProcessors());

    /** Far beyond any run of the suite (about a second each): only a hang reaches it. */
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(10);

    private static ExecutorService pool;

    /** One scenario under both engines: the runs and the figures. */
    record Comparison(Case agreementCase, List<RunResult> exact, List<RunResult> hybrid, List<Figure> figures) {
    }

    @BeforeAll
    static void startPool() {
        // Daemon threads: a run that never ends (a hang in an engine) fails the test at RUN_TIMEOUT
        // instead of keeping the JVM alive.
        pool = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "agreement");
            thread.setDaemon(true);
            return thread;
        });
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void hybridAgreesWithExact_onEveryScenario_andTheWorldIsIdentical() throws IOException {
        assertThat(AgreementCases.staleEntries()).as("table entries without a file in scenarios/").isEmpty();
        List<Case> cases = new ArrayList<>(AgreementCases.library(HORIZON_FACTOR));
        cases.addAll(AgreementCases.variants(HORIZON_FACTOR));
        List<Case> throttled = AgreementCases.throttled(HORIZON_FACTOR);
        cases.addAll(throttled);
        cases.addAll(AgreementCases.generated(HORIZON_FACTOR));
        List<Comparison> comparisons = compare(cases, new HybridEngine());

        List<Figure> family = comparisons.stream().flatMap(c -> c.figures().stream()).toList();
        List<Figure> rejected = AgreementFigures.holm(family, FAMILY_WISE);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/engine-agreement.md"),
                AgreementReport.markdown(comparisons, family, rejected, REPLICATIONS, HORIZON_FACTOR, FAMILY_WISE));

        for (Comparison c : comparisons) {
            String name = c.agreementCase().scenario().name();
            for (int r = 0; r < c.exact().size(); r++) {
                assertSameWorld(name + " replication " + r, c.exact().get(r), c.hybrid().get(r));
            }
            assertThat(c.hybrid()).extracting(r -> r.engine().kind()).as(name + " engine")
                    .containsOnly(HybridEngine.KIND);
        }
        assertThat(cases).as("scenarios").hasSize(AgreementCases.libraryFiles().size()
                + AgreementCases.variants(HORIZON_FACTOR).size() + throttled.size() + AgreementCases.GENERATED
                + AgreementCases.GENERATED_RESILIENT);
        assertThat(comparisons).filteredOn(c -> c.agreementCase().label().startsWith(AgreementCases.THROTTLED_LABEL))
                .as("throttled cases").hasSize(7);
        assertThat(family).as("figures compared (the suite must not pass vacuously)")
                .hasSizeGreaterThan(10 * comparisons.size());
        assertThat(rejected).extracting(f -> f.scenario() + " " + f.name()).as("figures that differ").isEmpty();
    }

    /**
     * Every figure of the hybrid nudged by 3 % on the shortened paired-region-failover; Holm over
     * those figures alone must reject some.
     */
    @Test
    void aHybridNudgedByThreePerCent_isCaught() {
        Case paired = AgreementCases.library(HORIZON_FACTOR).stream()
                .filter(c -> c.label().endsWith("paired-region-failover.yaml")).findFirst().orElseThrow();
        Comparison nudged = compare(List.of(paired), HybridEngine.nudged(0.03)).get(0);
        assertThat(nudged.hybrid()).extracting(r -> r.engine().kind()).as("paired-region-failover's engine")
                .containsOnly(HybridEngine.KIND);
        assertThat(AgreementFigures.holm(nudged.figures(), FAMILY_WISE)).extracting(Figure::name)
                .contains("availability");
    }

    /**
     * Each case under both engines, replications on the pool: replication 0 first, whose hybrid run
     * says whether the scenario falls back, then the rest. Results are in replication order, so the
     * thread count changes nothing.
     */
    private static List<Comparison> compare(List<Case> cases, Engine hybridEngine) {
        Engine exactEngine = new ExactEngine();
        List<List<Future<RunResult>>> exact = new ArrayList<>();
        List<List<Future<RunResult>>> hybrid = new ArrayList<>();
        for (Case c : cases) {
            exact.add(new ArrayList<>(List.of(submit(exactEngine, c.scenario(), 0))));
            hybrid.add(new ArrayList<>(List.of(submit(hybridEngine, c.scenario(), 0))));
        }
        for (int i = 0; i < cases.size(); i++) {
            for (int r = 1; r < REPLICATIONS; r++) {
                exact.get(i).add(submit(exactEngine, cases.get(i).scenario(), r));
                hybrid.get(i).add(submit(hybridEngine, cases.get(i).scenario(), r));
            }
        }
        List<Comparison> comparisons = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            List<RunResult> exactRuns = exact.get(i).stream().map(run -> get(run, c)).toList();
            List<RunResult> hybridRuns = hybrid.get(i).stream().map(run -> get(run, c)).toList();
            comparisons.add(new Comparison(c, exactRuns, hybridRuns,
                    AgreementFigures.figures(c.scenario().name(), exactRuns, hybridRuns)));
        }
        return comparisons;
    }

    private static Future<RunResult> submit(Engine engine, Scenario scenario, int replication) {
        return pool.submit(() -> engine.replicate(scenario, replication, true, RunOptions.single()).result());
    }

    private static RunResult get(Future<RunResult> future, Case c) {
        try {
            return future.get(RUN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(c.label() + " " + c.overrides(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(c.label() + " " + c.overrides() + ": a run took longer than "
                    + RUN_TIMEOUT + ", an engine hangs", e);
        }
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
}
