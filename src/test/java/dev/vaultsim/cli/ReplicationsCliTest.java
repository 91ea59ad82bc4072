package dev.vaultsim.cli;

import dev.vaultsim.testing.TestScenarios;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code run --replications R --threads T} and {@code compare} from the command line. */
class ReplicationsCliTest {

    private static final String SCENARIO = TestScenarios.RANDOM_FAULTS_YAML;

    @TempDir
    Path dir;

    private Path scenario() throws IOException {
        Path file = dir.resolve("random.yaml");
        Files.writeString(file, SCENARIO);
        return file;
    }

    private String report(String out, String... extra) throws IOException {
        String[] args = new String[] {"run", scenario().toString(), "--replications", "6", "--out",
                dir.resolve(out).toString()};
        Cli cli = Cli.run(concat(args, extra));
        assertThat(cli.status()).as(cli.err()).isZero();
        return Files.readString(dir.resolve(out).resolve("report.json"));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void threadCount_neverChangesTheReport() throws IOException {
        assertThat(report("two", "--threads", "2")).isEqualTo(report("one", "--threads", "1"));
    }

    @Test
    void replications_differ_andTheirTotalsPool() throws IOException {
        JsonNode report = new ObjectMapper().readTree(report("out"));

        JsonNode availabilities = report.path("confidence").path("replicationAvailability");
        assertThat(availabilities).hasSize(6);
        Set<Double> distinct = new HashSet<>();
        availabilities.forEach(a -> distinct.add(a.asDouble()));
        assertThat(distinct).as("replications draw different faults").hasSizeGreaterThan(4);
        // 14,400 requests a replication at one a minute for ten days, pooled over six.
        assertThat(report.path("totals").path("requests").asLong()).isEqualTo(6 * 14_400);
        assertThat(report.path("replications").asInt()).isEqualTo(6);
        JsonNode interval = report.path("confidence").path("availability");
        assertThat(interval.path("low").asDouble()).isLessThan(interval.path("mean").asDouble());
        assertThat(interval.path("high").asDouble()).isGreaterThan(interval.path("mean").asDouble());
        assertThat(report.path("analytic").path("assumptions")).isNotEmpty();
    }

    @Test
    void seedOption_governsTheRunAndIsPrinted() throws IOException {
        String seeded = report("a", "--seed", "99");
        assertThat(new ObjectMapper().readTree(seeded).path("seed").asLong()).isEqualTo(99);
        assertThat(seeded).isEqualTo(report("b", "--seed", "99")).isNotEqualTo(report("c", "--seed", "100"));
    }

    @Test
    void compare_testsSignificanceBetweenReportsWithReplications() throws IOException {
        report("base");
        report("worse", "--set", "stochastic[1].timeBetweenFailures={ exponential: { mean: 12h } }");

        Cli cli = Cli.run("compare", dir.resolve("base/report.json").toString(),
                dir.resolve("worse/report.json").toString());

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Comparing 2 reports", "B - A", "availability")
                .containsPattern("write availability .* significant \\(p");
        assertThat(cli.out()).doesNotContain("different scenarios");
    }

    @Test
    void compare_markdownAndJson() throws IOException {
        report("a");
        report("b", "--seed", "8");
        String a = dir.resolve("a/report.json").toString();
        String b = dir.resolve("b/report.json").toString();

        assertThat(Cli.run("compare", a, b, "--format", "markdown").out()).contains("| metric | A | B | B - A |")
                .contains("different seeds");
        JsonNode json = new ObjectMapper().readTree(Cli.run("compare", a, b, "--format", "json").out());
        assertThat(json.path("metrics").get(0).path("metric").asText()).isEqualTo("availability");
        assertThat(json.path("metrics").get(0).path("pValues").get(0).isNumber()).isTrue();
    }

    @Test
    void compareOut_writesComparisonChartsOnACommonAxis() throws IOException {
        report("a");
        report("b", "--seed", "8");
        Path out = dir.resolve("cmp");

        Cli cli = Cli.run("compare", dir.resolve("a/report.json").toString(), dir.resolve("b/report.json").toString(),
                "--out", out.toString());

        assertThat(cli.status()).as(cli.err()).isZero();
        String html = Files.readString(out.resolve("compare.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("random")
                .contains("Differences from A", "95 % interval", "Welch", "draw replication 0")
                .doesNotContainPattern("(src|href)=\"(https?:)?//");
    }

    @Test
    void compareOut_unusableDirectory_writesNothing() throws IOException {
        report("a");
        Path file = dir.resolve("plain-file");
        Files.writeString(file, "x");

        Cli cli = Cli.run("compare", dir.resolve("a/report.json").toString(), dir.resolve("a/report.json").toString(),
                "--out", file.toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void compare_aFileThatIsNotAReport_isAnInputError() throws IOException {
        Path notJson = dir.resolve("x.json");
        Files.writeString(notJson, "{ nope");
        Path notReport = dir.resolve("y.json");
        Files.writeString(notReport, "{ \"hello\": 1 }");

        Cli cli = Cli.run("compare", notJson.toString(), notReport.toString(), dir.resolve("missing.json").toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("x.json:1:", "not JSON", "y.json: not a vaultsim report", "missing.json: no such file")
                .doesNotContain("Exception");
    }

    @Test
    void replications_belowOne_isAnInputError() throws IOException {
        Cli cli = Cli.run("run", scenario().toString(), "--replications", "0");

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("--replications 0");
    }

    @Test
    void compare_acceptsTheDirectoriesRunOutWrote() throws IOException {
        report("a");
        report("b", "--seed", "8");

        Cli cli = Cli.run("compare", dir.resolve("a").toString(), dir.resolve("b").toString());

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Comparing 2 reports", dir.resolve("a/report.json").toString());
    }

    @Test
    void compare_oneReport_saysWhatCompareNeeds() throws IOException {
        report("a");

        Cli cli = Cli.run("compare", dir.resolve("a").toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("one report given", "expected two or more").doesNotContain("index 0");
    }

    @Test
    void compareOut_withoutTimelineCsv_saysWhatTheChartsLack() throws IOException {
        report("a");
        report("b", "--seed", "8");
        Files.delete(dir.resolve("b/timeline.csv"));
        Path out = dir.resolve("cmp");

        Cli cli = Cli.run("compare", dir.resolve("a").toString(), dir.resolve("b").toString(), "--out", out.toString());

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.err()).contains("no timeline.csv beside it");
        assertThat(Files.readString(out.resolve("compare.html"))).contains("No read and write lines for run B");
    }
}
