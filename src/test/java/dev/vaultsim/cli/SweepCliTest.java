package dev.vaultsim.cli;

import dev.vaultsim.testing.TestScenarios;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sweep}, {@code sensitivity}, {@code --shard} and {@code merge} from the command line. */
class SweepCliTest {

    private static final String RANDOM = TestScenarios.RANDOM_FAULTS_YAML;

    @TempDir
    Path dir;

    private Path scenario() throws IOException {
        Path file = dir.resolve("random.yaml");
        if (!Files.exists(file)) {
            Files.writeString(file, RANDOM);
        }
        return file;
    }

    private List<String> sweep(String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("sweep", scenario().toString(),
                "--vary", "service.failover.detection=1m,30m,2h", "--replications", "4"));
        args.addAll(List.of(extra));
        return args;
    }

    private static Cli ok(List<String> args) {
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertThat(cli.status()).as(cli.err()).isZero();
        return cli;
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
    void detectionSweep_readAvailabilityIsTheWorkedExamplesArithmetic() throws IOException {
        // Constant traffic, no retries, one 2 h outage: reads fail for detection + 5 min failover, or
        // for the whole 2 h when detection outlasts the outage (no failover at all).
        Path out = dir.resolve("worked");
        ok(List.of("sweep", "scenarios/worked-example.yaml", "--vary", "service.failover.detection=1m,10m,4h",
                "--replications", "1", "--out", out.toString()));

        JsonNode sweep = new ObjectMapper().readTree(out.resolve("sweep.json").toFile());
        JsonNode points = sweep.get("points");
        assertThat(points).hasSize(3);
        assertThat(points.get(0).at("/byClass/read/mean").asDouble()).isEqualTo(354.0 / 360, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(points.get(1).at("/byClass/read/mean").asDouble()).isEqualTo(345.0 / 360, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(points.get(2).at("/byClass/read/mean").asDouble()).isEqualTo(240.0 / 360, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(points.get(0).at("/byClass/write/mean").asDouble()).isEqualTo(227.0 / 360, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(points.get(1).get("report").asText()).isEqualTo("points/1/report.json");
        assertThat(out.resolve("points/1/report.json")).exists();
        assertThat(Files.readString(out.resolve("sweep.html"))).contains("Read availability").contains("<svg");
    }

    @Test
    void threadsAndShards_neverChangeAByte() throws IOException {
        Cli one = ok(sweep("--threads", "1", "--out", dir.resolve("t1").toString()));
        Cli two = ok(sweep("--threads", "2", "--out", dir.resolve("t2").toString()));
        List<String> parts = new ArrayList<>(List.of("merge"));
        for (int i = 0; i < 3; i++) {
            ok(sweep("--shard", i + "/3", "--threads", "1", "--out", dir.resolve("parts").toString()));
            parts.add(dir.resolve("parts").resolve("part-" + i + "-of-3.json").toString());
        }
        parts.addAll(List.of("--out", dir.resolve("merged").toString()));
        Cli merged = ok(parts);

        Map<String, String> expected = files(dir.resolve("t1"));
        assertThat(expected).containsKeys("sweep.json", "sweep.csv", "sweep.html", "points/0/report.json");
        assertThat(files(dir.resolve("t2"))).isEqualTo(expected);
        assertThat(files(dir.resolve("merged"))).isEqualTo(expected);
        assertThat(two.out()).isEqualTo(one.out());
        assertThat(merged.out()).isEqualTo(one.out());
    }

    @Test
    void runShards_mergeToTheUnshardedReport() throws IOException {
        ok(List.of("run", scenario().toString(), "--replications", "3", "--out", dir.resolve("whole").toString()));
        List<String> merge = new ArrayList<>(List.of("merge"));
        for (int i = 0; i < 2; i++) {
            ok(List.of("run", scenario().toString(), "--replications", "3", "--shard", i + "/2",
                    "--out", dir.resolve("parts").toString()));
            merge.add(dir.resolve("parts/part-" + i + "-of-2.json").toString());
        }
        merge.addAll(List.of("--out", dir.resolve("merged").toString()));
        ok(merge);

        assertThat(files(dir.resolve("merged"))).isEqualTo(files(dir.resolve("whole")));
    }

    @Test
    void mergeRefuses_partsOfDifferentJobs_andMissingShards() throws IOException {
        ok(sweep("--shard", "0/2", "--out", dir.resolve("a").toString()));
        ok(List.of("sweep", scenario().toString(), "--vary", "service.failover.detection=1m,2h", "--replications", "4",
                "--shard", "1/2", "--out", dir.resolve("b").toString()));

        Cli mixed = Cli.run("merge", dir.resolve("a/part-0-of-2.json").toString(),
                dir.resolve("b/part-1-of-2.json").toString(), "--out", dir.resolve("m").toString());
        Cli missing = Cli.run("merge", dir.resolve("a/part-0-of-2.json").toString(), "--out", dir.resolve("m").toString());

        assertThat(mixed.status()).isEqualTo(2);
        assertThat(mixed.err()).contains("belongs to another job");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("shard 1/2 is missing");
        assertThat(dir.resolve("m")).doesNotExist();
    }

    @Test
    void badInputs_exit2NamingTheArgument_beforeAnythingRuns() throws IOException {
        String file = scenario().toString();
        Path out = dir.resolve("never");
        String[][] cases = {
            {"--vary", "service.failover.nosuch=1m,2m", "the value 1m"},
            {"--vary", "service.failover.detection=1m,fast", "--vary service.failover.detection=1m,fast: the value fast"},
            {"--vary", "service.failover.detection=1m..5:3", "is a duration but '5' is a number"},
            {"--vary", "service.failover.detection=1m..1m:3", "comes twice"},
        };
        for (String[] c : cases) {
            Cli cli = Cli.run("sweep", file, c[0], c[1], "--replications", "2", "--out", out.toString());
            assertThat(cli.status()).as(c[1]).isEqualTo(2);
            assertThat(cli.err()).as(c[1]).contains(c[2]);
        }
        Cli zip = Cli.run("sweep", file, "--vary", "service.failover.detection=1m,2m", "--vary",
                "service.failover.duration=1m,2m,3m", "--zip", "--out", out.toString());
        assertThat(zip.status()).isEqualTo(2);
        assertThat(zip.err()).contains("--zip").contains("equal length");
        Cli shard = Cli.run("sweep", file, "--vary", "service.failover.detection=1m,2m", "--shard", "3/3",
                "--out", out.toString());
        assertThat(shard.status()).isEqualTo(2);
        assertThat(shard.err()).contains("--shard 3/3");
        Cli both = Cli.run("sweep", file, "--vary", "service.failover.detection=1m,2m", "--set",
                "service.failover.detection=3m", "--out", out.toString());
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err()).contains("also given to --set");
        assertThat(out).doesNotExist();
    }

    @Test
    void sensitivity_ranksTheParameterThatMattersFirst() throws IOException {
        Cli cli = ok(List.of("sensitivity", scenario().toString(), "--vary", "service.failover.detection=1m..2h",
                "--vary", "clients[0].timeout=5s..20s", "--metric", "read", "--replications", "4",
                "--out", dir.resolve("s").toString()));

        List<String> lines = cli.out().lines().toList();
        assertThat(lines.get(2)).contains("service.failover.detection");
        assertThat(Files.readString(dir.resolve("s/sensitivity.html"))).contains("data-chart=\"tornado\"");
    }
}
