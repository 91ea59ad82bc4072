package dev.vaultsim.cli;

import dev.vaultsim.simulation.UnitResult;
import dev.vaultsim.simulation.WorkUnit;
import dev.vaultsim.testing.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entry a Spark driver uses: units run by an executor of the caller's, in any order and in
 * pieces, give the local command's bytes; bad input stops before the executor sees anything.
 */
class DistributedJobTest {

    @TempDir
    Path dir;

    /** Runs each unit alone through runUnits (as a task would) and hands the results back reversed. */
    private static final DistributedJob.UnitExecutor REVERSED_ONE_BY_ONE = (spec, units) -> {
        List<UnitResult> results = new ArrayList<>();
        for (WorkUnit unit : units) {
            results.addAll(DistributedJob.runUnits(spec, List.of(unit)));
        }
        Collections.reverse(results);
        return results;
    };

    private record Outcome(int status, String out, String err) {
    }

    private static Outcome distributed(DistributedJob.UnitExecutor executor, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = DistributedJob.execute(executor, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String[] sweep(String out) throws IOException {
        Path file = dir.resolve("random.yaml");
        Files.writeString(file, TestScenarios.RANDOM_FAULTS_YAML);
        return new String[] {"sweep", file.toString(), "--vary", "service.failover.detection=1m,2h",
            "--replications", "3", "--threads", "1", "--out", dir.resolve(out).toString()};
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }

    @Test
    void unitsRunOneByOneAndReturnedReversed_writeTheLocalSweepsBytes() throws IOException {
        Cli local = Cli.run(sweep("local"));
        assertThat(local.status()).as(local.err()).isZero();

        Outcome remote = distributed(REVERSED_ONE_BY_ONE, sweep("remote"));

        assertThat(remote.status()).as(remote.err()).isZero();
        assertThat(remote.out()).isEqualTo(local.out());
        assertThat(files(dir.resolve("remote"))).isEqualTo(files(dir.resolve("local"))).containsKey("sweep.json");
    }

    @Test
    void poolingThePointsInAnotherOrder_wouldChangeTheBytes_soTheDriverSortsByUnitNumber() throws IOException {
        // What the sort protects against: results pooled in the order they came back (here the
        // points' blocks swapped, as partitions finishing out of order would) give another table.
        Cli local = Cli.run(sweep("local"));
        List<DistributedJob.Spec> specs = new ArrayList<>();
        List<UnitResult> returned = new ArrayList<>();
        Outcome remote = distributed((spec, units) -> {
            specs.add(spec);
            List<UnitResult> results = DistributedJob.runUnits(spec, units);
            returned.addAll(results.subList(3, 6));
            returned.addAll(results.subList(0, 3));
            return returned;
        }, sweep("remote"));
        SweepCommand command = (SweepCommand) Jobs.command("sweep");
        new CommandLine(command).parseArgs(specs.get(0).arguments().toArray(String[]::new));
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        Shardable.Plan plan = command.plan(ScenarioFiles.Texts.stored(specs.get(0).scenarios()), quiet);
        StringWriter unsorted = new StringWriter();
        command.finish(plan, Jobs.pool(plan, returned), null, new PrintWriter(unsorted), quiet);

        assertThat(remote.out()).isEqualTo(local.out());
        assertThat(unsorted.toString()).isNotEqualTo(local.out());
    }

    @Test
    void badInput_exit2WithTheCliMessage_beforeTheExecutorIsCalled() throws IOException {
        DistributedJob.UnitExecutor never = (spec, units) -> {
            throw new AssertionError("the executor ran on bad input");
        };
        String[] args = sweep("never");
        args[3] = "service.failover.nosuch=1m,2m";

        Outcome badPath = distributed(never, args);
        Outcome shard = distributed(never, "sweep", args[1], "--vary", "service.failover.detection=1m", "--shard", "0/2",
                "--out", dir.resolve("never").toString());
        Outcome unknownOption = distributed(never, "sweep", args[1], "--varry", "x=1");
        Outcome notAJob = distributed(never, "compare", "a.json");

        assertThat(badPath.status()).isEqualTo(2);
        assertThat(badPath.err()).isEqualTo(Cli.run(args).err());
        assertThat(shard.status()).isEqualTo(2);
        assertThat(shard.err()).contains("--shard").contains("every unit");
        assertThat(unknownOption.status()).isEqualTo(2);
        assertThat(unknownOption.err()).isEqualTo(Cli.run("sweep", args[1], "--varry", "x=1").err());
        assertThat(notAJob.status()).isEqualTo(2);
        assertThat(notAJob.err()).contains("expected one of [run, sweep, sensitivity]");
        assertThat(dir.resolve("never")).doesNotExist();
    }

    @Test
    void anExecutorThatLosesAUnit_isCaughtBeforeAnythingIsWritten() throws IOException {
        Outcome lossy = distributed((spec, units) -> DistributedJob.runUnits(spec, units.subList(1, units.size())),
                sweep("lossy"));

        assertThat(lossy.status()).isEqualTo(2);
        assertThat(lossy.err()).contains("hold 5 units but the job has 6");
        assertThat(dir.resolve("lossy")).doesNotExist();
    }

    @Test
    void runWithReplications_isTheLocalRunsBytes() throws IOException {
        Path file = dir.resolve("random.yaml");
        Files.writeString(file, TestScenarios.RANDOM_FAULTS_YAML);
        List<String> args = List.of("run", file.toString(), "--replications", "3", "--format", "json");
        Cli local = Cli.run(concat(args, "--out", dir.resolve("local").toString()));

        Outcome remote = distributed(REVERSED_ONE_BY_ONE, concat(args, "--out", dir.resolve("remote").toString()));

        assertThat(remote.status()).as(remote.err()).isZero();
        assertThat(remote.out()).isEqualTo(local.out());
        assertThat(files(dir.resolve("remote"))).isEqualTo(files(dir.resolve("local")));
    }

    private static String[] concat(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(Arrays.asList(more));
        return all.toArray(String[]::new);
    }
}
