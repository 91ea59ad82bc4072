package dev.vaultsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run} end to end. Needs the scenario loader (branch scenario) and {@code Simulation.run}
 * (branch main); enable at merge.
 */
class RunCommandTest {

    private static final String SCENARIO = """
            name: %s
            duration: 10m
            seed: 7
            regions:
              - { name: westeurope,  geography: europe, location: { lat: 52.37, lon: 4.90 },  pair: northeurope }
              - { name: northeurope, geography: europe, location: { lat: 53.35, lon: -6.26 }, pair: westeurope }
            vaults:
              - { name: contoso-kv, region: westeurope }
            clients:
              - { name: checkout-api, vault: contoso-kv, rate: 20/s, mix: { GetSecret: 9, SetSecret: 1 } }
            faults:
              - { type: region-outage, region: westeurope, at: 2m, duration: 5m }
            report:
              slo: { availability: %s }
            """;

    @TempDir
    Path directory;

    @Test
    void run_printsTheTextSummary_andAFooterOnStderr() throws IOException {
        Cli cli = Cli.run("run", scenario("one", "0.5").toString());

        assertThat(cli.status()).isZero();
        assertThat(cli.out()).startsWith("Scenario one\n").contains("SLO 50 % over the 10m horizon: ");
        assertThat(cli.err()).containsPattern(
                "vaultsim: 1 scenario, 1 replication, [\\d,]+ requests, [\\d,]+ events in [\\d.]+ s \\(.* events/s\\)");
    }

    @Test
    void run_jsonFormat_withSeveralScenarios_printsOneObjectPerScenario() throws IOException {
        Cli cli = Cli.run("run", "--format", "json", scenario("a", "0.5").toString(), scenario("b", "0.5").toString());

        List<JsonNode> reports = new ArrayList<>();
        new ObjectMapper().readerFor(JsonNode.class).readValues(cli.out()).forEachRemaining(n -> reports.add((JsonNode) n));
        assertThat(cli.status()).isZero();
        assertThat(reports).hasSize(2).allMatch(JsonNode::isObject);
        assertThat(reports.get(1).get("scenario").asText()).isEqualTo("b");
    }

    @Test
    void run_seedOption_replacesTheScenariosSeed() throws IOException {
        Cli cli = Cli.run("run", "--format", "json", "--seed", "99", scenario("a", "0.5").toString());

        assertThat(new ObjectMapper().readTree(cli.out()).get("seed").asLong()).isEqualTo(99);
    }

    @Test
    void run_sameSeed_sameReportBytes() throws IOException {
        Path file = scenario("a", "0.5");
        assertThat(Cli.run("run", "--format", "json", file.toString()).out())
                .isEqualTo(Cli.run("run", "--format", "json", file.toString()).out());
    }

    @Test
    void run_out_writesReportAndTimeline_forOneScenarioInTheDirectory() throws IOException {
        Path out = directory.resolve("results");
        Cli cli = Cli.run("run", scenario("a", "0.5").toString(), "--out", out.toString());

        assertThat(cli.status()).isZero();
        assertThat(out.resolve("report.json")).exists();
        assertThat(out.resolve("timeline.csv")).content().startsWith("startSeconds,class,");
        assertThat(out.resolve("report.html")).content().startsWith("<!DOCTYPE html>")
                .contains("<title>vaultsim · a</title>", "<svg");
    }

    @Test
    void results_writesEveryLibraryScenarioWithItsCharts_butNotThoseInSubdirectories() throws IOException {
        Path library = Files.createDirectories(directory.resolve("library"));
        Files.move(scenario("a", "0.5"), library.resolve("a.yaml"));
        Files.createDirectories(library.resolve("bench"));
        Files.writeString(library.resolve("bench/b.yaml"), SCENARIO.formatted("b", "0.5"));
        Path out = directory.resolve("results");

        Cli cli = Cli.run("results", "--scenarios", library.toString(), "--out", out.toString());

        assertThat(cli.status()).isZero();
        try (var files = Files.list(out.resolve("a"))) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactly("availability.svg", "latency.svg", "report.html", "report.json", "timeline.csv");
        }
        assertThat(out.resolve("b")).doesNotExist();
    }

    @Test
    void run_out_withSeveralScenarios_writesOneDirectoryEach() throws IOException {
        Path out = directory.resolve("results");
        Cli.run("run", scenario("a", "0.5").toString(), scenario("b", "0.5").toString(), "--out", out.toString());

        assertThat(out.resolve("a/report.json")).exists();
        assertThat(out.resolve("b/timeline.csv")).exists();
    }

    @Test
    void run_twoScenariosOfOneName_withOut_exitTwo_andWriteNothing() throws IOException {
        Path first = scenario("same", "0.5");
        Path second = Files.writeString(directory.resolve("copy.yaml"), Files.readString(first));
        Path out = directory.resolve("results");

        Cli cli = Cli.run("run", first.toString(), second.toString(), "--out", out.toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("scenario name 'same' is also used by");
        assertThat(out).doesNotExist();
    }

    @Test
    void run_outIsARegularFile_exitsTwo_namingIt() throws IOException {
        Path out = Files.writeString(directory.resolve("results"), "keep me");

        Cli cli = Cli.run("run", scenario("a", "0.5").toString(), "--out", out.toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("--out " + out + ": not a directory");
        assertThat(out).content().isEqualTo("keep me");
    }

    @Test
    void checkSlo_missed_exitsThree_afterWritingOutputs() throws IOException {
        Path out = directory.resolve("results");
        Cli cli = Cli.run("run", "--check-slo", scenario("a", "0.99999").toString(), "--out", out.toString());

        assertThat(cli.status()).isEqualTo(3);
        assertThat(cli.err()).contains("a missed its SLO of 99.999 %");
        assertThat(out.resolve("report.json")).exists();
    }

    @Test
    void checkSlo_met_exitsZero() throws IOException {
        assertThat(Cli.run("run", "--check-slo", scenario("a", "0.1").toString()).status()).isZero();
    }

    @Test
    void invalidSet_exitsTwo_beforeSimulating() throws IOException {
        Cli cli = Cli.run("run", scenario("a", "0.5").toString(), "--set", "clients[5].rate=1/s");

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains("clients[5]");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void validate_printsTheResolvedScenarioAsYaml() throws IOException {
        Cli cli = Cli.run("validate", scenario("a", "0.5").toString());

        assertThat(cli.status()).isZero();
        assertThat(cli.out()).contains("name: a");
    }

    private Path scenario(String name, String slo) throws IOException {
        return Files.writeString(directory.resolve(name + ".yaml"),
                SCENARIO.formatted(name, slo));
    }

    @Test
    void run_out_withTwoVaults_drawsEachVaultsAvailability() throws IOException {
        Path file = directory.resolve("two-vaults.yaml");
        Files.writeString(file, """
                name: two-vaults
                duration: 10m
                regions:
                  - { name: westeurope,  geography: europe, location: { lat: 52.37, lon: 4.90 },  pair: northeurope }
                  - { name: northeurope, geography: europe, location: { lat: 53.35, lon: -6.26 }, pair: westeurope }
                vaults:
                  - { name: payments-production-westeurope-kv, region: westeurope }
                  - { name: identity-northeurope-kv, region: northeurope }
                clients:
                  - { name: a, vault: payments-production-westeurope-kv, rate: 20/s, mix: { GetSecret: 1 } }
                  - { name: b, vault: identity-northeurope-kv, rate: 20/s, mix: { GetSecret: 1 } }
                faults:
                  - { type: region-outage, region: westeurope, at: 2m, duration: 5m }
                """);
        Path out = directory.resolve("out");

        Cli cli = Cli.run("run", file.toString(), "--out", out.toString());

        String html = Files.readString(out.resolve("report.html"));
        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(html).contains("Availability of each vault", "data-chart=\"availability-vault-0\"",
                "data-chart=\"availability-vault-1\"", ">payments-production-westeurope-kv</text>");
    }

    @Test
    void reportJson_carriesItsInput_andTheInputAloneReproducesTheRun() throws IOException {
        Path out = directory.resolve("first");
        Cli first = Cli.run("run", scenario("a", "0.5").toString(), "--set", "seed=11", "--out", out.toString());
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        JsonNode input = report.path("input");
        Path again = directory.resolve("again.yaml");
        Files.writeString(again, new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().writeValueAsString(input.path("scenario")));

        Cli second = Cli.run("run", again.toString(), "--format", "json", "-q");

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(input.path("vaultsimVersion").asText()).isNotEmpty();
        assertThat(input.path("overrides").get(0).asText()).isEqualTo("seed=11");
        assertThat(second.status()).as(second.err()).isZero();
        JsonNode rerun = new ObjectMapper().readTree(second.out());
        assertThat(rerun.path("totals")).isEqualTo(report.path("totals"));
        assertThat(rerun.path("seed").asLong()).isEqualTo(11);
    }

    @Test
    void run_quiet_printsNothingOnStderr_otherwiseAnEstimateAndAFooter() throws IOException {
        Path file = scenario("a", "0.5");

        assertThat(Cli.run("run", file.toString(), "--quiet").err()).isEmpty();
        assertThat(Cli.run("run", file.toString()).err()).containsPattern("vaultsim: a: about [\\d,]+ events")
                .contains("events/s");
    }
}
