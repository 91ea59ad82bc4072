package dev.vaultsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Valid but extreme scenarios through the command line: each runs (exit 0, the three files
 * written) or is refused as an input error (exit 2, a message naming the line, nothing written);
 * never an internal error or a stack trace.
 */
class ExtremeInputTest {

    static final String HEAD = """
            name: extreme
            duration: %s
            regions:
              - { name: westeurope,  geography: europe, location: { lat: 52.37, lon: 4.90 },  pair: northeurope }
              - { name: northeurope, geography: europe, location: { lat: 53.35, lon: -6.26 }, pair: westeurope }
            vaults: [ { name: kv, region: westeurope } ]
            clients: [ { name: app, vault: kv, rate: %s, mix: { GetSecret: 1, SetSecret: 1 }%s } ]
            """;

    @TempDir
    Path dir;

    static String scenario(String duration, String rate, String clientExtra, String rest) {
        return HEAD.formatted(duration, rate, clientExtra) + rest;
    }

    static Stream<Arguments> extremeTimes() {
        return Stream.of(
                Arguments.of("a fault whose end passes 292 years", 0,
                        scenario("200y", "1/365d", "", "faults: [ { type: region-outage, region: westeurope,"
                                + " at: 100y, duration: 200y } ]\n")),
                Arguments.of("detection of 250 years with random outages (never fail over)", 0,
                        scenario("200y", "1/365d", "", "service: { failover: { detection: 250y } }\n"
                                + "stochastic: [ { type: region-outage, regions: [westeurope],"
                                + " timeBetweenFailures: 10y, timeToRepair: 5y } ]\n")),
                Arguments.of("a failback delay of 250 years", 0,
                        scenario("200y", "1/365d", "", "service: { failover: { detection: 1m, failbackDelay: 250y } }\n"
                                + "faults: [ { type: region-outage, region: westeurope, at: 100y, duration: 1d } ]\n")),
                Arguments.of("a repair time of 250 years", 0,
                        scenario("200y", "1/365d", "", "stochastic: [ { type: instance-failure, regions: [westeurope],"
                                + " layer: gateway, timeBetweenFailures: 150y, timeToRepair: 250y } ]\n")),
                Arguments.of("a timeout of 250 years late in a long run", 0,
                        scenario("200y", "1/365d", ", region: northeurope, timeout: 250y", "faults: [ { type: partition,"
                                + " between: [westeurope, northeurope], at: 150y, duration: 100y } ]\n")),
                Arguments.of("a rare constant client whose next arrival passes 292 years", 0,
                        scenario("200y", "1/150y", ", arrivals: constant", "")),
                Arguments.of("a rare Poisson client late in a run of 290 years", 0,
                        scenario("290y", "1/100y", "", "")),
                Arguments.of("a random partition repaired in 250 years while a request of a 100-year timeout waits", 0,
                        scenario("200y", "1/30d", ", region: northeurope, timeout: 100y",
                                "stochastic: [ { type: partition, between: [westeurope, northeurope],"
                                + " timeBetweenFailures: 10y, timeToRepair: 250y } ]\n")),
                Arguments.of("a huge maxRetries with an outage", 0,
                        scenario("1h", "1/s", ", retry: { maxRetries: 2000000000 }",
                                "faults: [ { type: region-outage, region: westeurope, at: 10m, duration: 20m } ]\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extremeTimes")
    void extremeTimes_runOrAreRefused_neverCrash(String what, int expectedStatus, String yaml) throws IOException {
        assertRunsOrIsRefused(yaml, expectedStatus);
    }

    @ParameterizedTest(name = "rate {0}")
    @ValueSource(strings = {"1/h", "1/d", "1/365d"})
    void replicationsWithoutRequests_areLeftOutOfTheIntervals_andTheReportIsWritten(String rate) throws IOException {
        // One request an hour over an hour: some replications have none; one a day: most or all have none.
        Cli cli = assertRunsOrIsRefused(scenario("1h", rate, "", ""), 0, "--replications", "8", "--format", "json");

        assertThat(cli.out()).contains("\"replicationAvailability\"");
    }

    @Test
    void aBillionReplications_areRefused_beforeAnyIsSubmitted() throws Exception {
        Path file = dir.resolve("scenario.yaml");
        Files.writeString(file, scenario("1s", "1/s", "", ""), StandardCharsets.UTF_8);

        // A small heap: submitting every replication up front exhausted it within seconds.
        Cli cli = ChildJvm.run("64m", 120, dir, "run", file.toString(), "--replications", "1000000000",
                "--out", dir.resolve("out").toString());

        assertThat(cli.err()).doesNotContain("Exception").doesNotContain("Error").doesNotContain("\tat ");
        assertThat(cli.status()).as(cli.err()).isEqualTo(2);
        assertThat(cli.err()).contains("--replications 1000000000").contains("expected a whole number from 1 to 100,000");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void faultsPastTheHorizon_endAtTheHorizonInTheReport() throws IOException {
        String yaml = scenario("1h", "1/s", "", "faults: [ { type: region-outage, region: westeurope, at: 10m,"
                + " duration: 10h }, { type: partition, between: [westeurope, northeurope], at: 20m, duration: 250y } ]\n");

        Cli cli = assertRunsOrIsRefused(yaml, 0, "--format", "json");

        JsonNode faults = new ObjectMapper().readTree(cli.out()).get("faults");
        assertThat(faults).hasSize(2);
        assertThat(faults.get(0).get("endSeconds").asLong()).isEqualTo(3600);
        assertThat(faults.get(1).get("endSeconds").asLong()).isEqualTo(3600);
    }

    @Test
    void aRunWithoutRequests_saysNoRequests_notMissed() throws IOException {
        Cli cli = assertRunsOrIsRefused(scenario("1h", "1/365d", "", ""), 0);

        assertThat(cli.out()).contains("SLO 99.99 % over the 1h horizon: no requests").doesNotContain("MISSED");
        assertThat(dir.resolve("out/report.html")).content().contains("no requests").doesNotContain("✗ missed");
    }

    /** Runs {@code yaml} with {@code --out} and checks the status, the messages and what was written. */
    Cli assertRunsOrIsRefused(String yaml, int expectedStatus, String... extraArgs) throws IOException {
        Path file = dir.resolve("scenario.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        String[] args = Stream.concat(Stream.of("run", file.toString(), "--out", out.toString()),
                Stream.of(extraArgs)).toArray(String[]::new);

        Cli cli = Cli.run(args);

        assertThat(cli.err()).doesNotContain("internal error").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(cli.status()).as(cli.err()).isEqualTo(expectedStatus);
        if (expectedStatus == 2) {
            assertThat(cli.err()).containsPattern(":\\d+:\\d+: ").contains("expected");
            assertThat(out).doesNotExist();
        } else {
            assertThat(out.resolve("report.json")).exists();
            assertThat(out.resolve("report.html")).exists();
        }
        return cli;
    }
}
