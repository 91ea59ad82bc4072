package dev.vaultsim.scenarios;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.catalog.VaultState;
import dev.vaultsim.cli.Main;
import dev.vaultsim.cli.RunFiles;
import dev.vaultsim.record.PhaseResult;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.ScenarioLoader;
import dev.vaultsim.testing.LiveInvariants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario library users start from: every file loads, keeps the invariants, tells its story
 * in a description, and produces exactly the files committed under {@code results/<name>/}
 * (report.json, timeline.csv, report.html, the charts as SVG): one source of truth for what the
 * library reports, kept current by {@value #REGENERATE} (or {@code -Dgolden.update=true}); review
 * the diff.
 */
class ScenarioLibraryTest {

    static final String REGENERATE = "./tools/update-results";
    private static final Path LIBRARY = Path.of("scenarios");
    private static final Path RESULTS = Path.of("results");

    static Stream<Path> library() throws IOException {
        try (Stream<Path> files = Files.list(LIBRARY)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    private static RunResult run(String file) {
        return LiveInvariants.check(load(LIBRARY.resolve(file)));
    }

    private static Scenario load(Path file) {
        return ScenarioLoader.load(file, List.of()).scenario();
    }

    @ParameterizedTest
    @MethodSource("library")
    void everyScenario_matchesItsCommittedResults(Path file) throws IOException {
        Scenario scenario = load(file);
        assertThat(scenario.description()).as("what an architect learns from " + file).hasSizeGreaterThan(80);

        RunResult result = LiveInvariants.check(scenario);

        for (RunFiles.OutputFile produced : RunFiles.withCharts(scenario, result)) {
            CommittedResults.assertCurrent(RESULTS.resolve(scenario.name()).resolve(produced.name()),
                    produced.content(), REGENERATE);
        }
    }

    /** What a user's {@code run --out} writes is what results/ holds: the same path, byte for byte. */
    @Test
    void runOut_writesExactlyTheCommittedReports_forEveryScenario(@TempDir Path out) throws IOException {
        List<Path> files = library().toList();
        List<String> args = new ArrayList<>(List.of("run"));
        files.forEach(file -> args.add(file.toString()));
        args.addAll(List.of("--out", out.toString()));

        int status = Main.run(new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(OutputStream.nullOutputStream()), args.toArray(String[]::new));

        assertThat(status).isZero();
        for (Path file : files) {
            String name = load(file).name();
            for (String report : List.of("report.json", "timeline.csv", "report.html")) {
                Path committed = RESULTS.resolve(name).resolve(report);
                assertThat(Files.readString(out.resolve(name).resolve(report)))
                        .as("run --out of %s: %s (regenerate results/ with %s)", file, report, REGENERATE)
                        .isEqualTo(Files.readString(committed));
            }
        }
    }

    @Test
    void results_holdsADirectoryForEveryScenario_andNoOther() throws IOException {
        List<String> names = library().map(file -> load(file).name()).sorted().toList();
        try (Stream<Path> directories = Files.list(RESULTS)) {
            // Files beside the directories (benchmarks.md) are not scenario results.
            assertThat(directories.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList())
                    .as("directories under results/ (regenerate with " + REGENERATE + ")")
                    .isEqualTo(names);
        }
    }

    @Test
    void workedExample_fromYaml_givesExactly353And227Of360() {
        RunResult result = run("worked-example.yaml");

        var read = result.traffic().byClass().get(OperationClass.READ);
        var write = result.traffic().byClass().get(OperationClass.WRITE);
        assertThat(read.succeeded() * 360).isEqualTo(353 * read.requests());
        assertThat(write.succeeded() * 360).isEqualTo(227 * write.requests());
    }

    @Test
    void componentFailures_areAbsorbedInsideTheRegion() {
        RunResult result = run("component-failure-absorbed.yaml");

        assertThat(result.history().failovers()).isEmpty();
        assertThat(result.traffic().byClient().get("with-retries").failed()).isZero();
        assertThat(result.traffic().byClient().get("without-retries").failed()).isPositive();
    }

    @Test
    void blip_causesNoFailoverAndLosesNothing() {
        RunResult result = run("blip-shorter-than-detection.yaml");

        assertThat(result.history().failovers()).isEmpty();
        assertThat(result.history().stateNanos().get("orders-kv").get(VaultState.FAILED_OVER)).isZero();
        assertThat(result.traffic().failureCauses().get(FailureCause.READ_ONLY)).isZero();
    }

    @Test
    void pairedFailover_readsRecoverOnTheSecondaryWhileWritesWaitForFailback() {
        RunResult result = run("paired-region-failover.yaml");

        PhaseResult failedOver = phase(result, VaultState.FAILED_OVER);
        assertThat(failedOver.servingRegion()).isEqualTo("northeurope");
        assertThat(failedOver.byClass().get(OperationClass.READ).availability()).isEqualTo(1.0);
        assertThat(failedOver.byClass().get(OperationClass.WRITE).availability()).isEqualTo(0.0);
        assertThat(failedOver.byClass().get(OperationClass.READ).latency().p50Millis())
                .isGreaterThan(phase(result, VaultState.NORMAL).byClass().get(OperationClass.READ).latency().p50Millis() + 10);
        assertThat(result.history().failovers().get(0).lostWrites()).isPositive();
    }

    @Test
    void secondaryFailingWhileServing_takesReadsDownInsideFailedOver() {
        RunResult result = run("secondary-fails-while-serving.yaml");

        assertThat(result.history().failovers()).hasSize(1);
        // North Europe is down from 1:47 to 2:17 while it serves: the 2:00 bucket is FAILED_OVER with no success.
        var bucket = result.timeline().buckets().get(120);
        assertThat(bucket.startNanos()).isEqualTo(7_200_000_000_000L);
        assertThat(bucket.state()).isEqualTo("FAILED_OVER");
        assertThat(bucket.read().requests()).isPositive();
        assertThat(bucket.read().succeeded()).isZero();
    }

    @Test
    void partition_raisesLostWritesOfAsyncReplication_syncLosesNone() {
        RunResult async = run("partition-lost-writes.yaml");
        RunResult sync = run("partition-sync-replication.yaml");

        // 12 writes a second queued for ten minutes: about 7,200.
        assertThat(async.history().failovers().get(0).lostWrites()).isBetween(6_800L, 7_600L);
        assertThat(sync.history().failovers().get(0).lostWrites()).isZero();
        assertThat(sync.traffic().failureCauses().get(FailureCause.REPLICATION_UNAVAILABLE)).isPositive();
    }

    private static PhaseResult phase(RunResult result, VaultState state) {
        return result.history().phases().stream().filter(p -> p.state() == state).findFirst().orElseThrow();
    }
}
