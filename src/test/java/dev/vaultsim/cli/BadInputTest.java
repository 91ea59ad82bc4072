package dev.vaultsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad scenario file, through the command line: exit status 2, a message naming the
 * file and what was expected, no stack trace, and nothing written to {@code --out}.
 */
class BadInputTest {

    private static final String VALID_HEAD = """
            name: bad
            duration: 1h
            regions:
              - { name: westeurope,  geography: europe, location: { lat: 52.37, lon: 4.90 },  pair: northeurope }
              - { name: northeurope, geography: europe, location: { lat: 53.35, lon: -6.26 }, pair: westeurope }
            vaults: [ { name: kv, region: westeurope } ]
            """;
    private static final String ZONES_HEAD = VALID_HEAD.replace("pair: northeurope }", "pair: northeurope, zones: 3 }");
    private static final String CLIENT = "clients: [ { name: app, vault: kv, rate: 1/s, mix: { GetSecret: 1 } } ]\n";

    @TempDir
    Path dir;

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("empty file", "", "empty"),
                Arguments.of("binary bytes", "\u0000\u0001\u00ff\u00fe", "UTF-8"),
                Arguments.of("a list at the top", "- a\n- b\n", "a map"),
                Arguments.of("a scalar at the top", "just text\n", "a map"),
                Arguments.of("tabs", "name: x\n\tduration: 1h\n", "tab"),
                Arguments.of("unclosed bracket", "name: [a, b\n", "expected"),
                Arguments.of("unknown key", VALID_HEAD + CLIENT + "sede: 1\n", "unknown key 'sede'"),
                Arguments.of("malformed duration", VALID_HEAD.replace("1h", "1 hour") + CLIENT, "not a duration"),
                Arguments.of("unknown operation", VALID_HEAD + CLIENT.replace("GetSecret", "GetSecrett"), "GetSecrett"),
                Arguments.of("unknown region", VALID_HEAD.replace("region: westeurope", "region: mars") + CLIENT, "mars"),
                Arguments.of("pair too close", VALID_HEAD.replace("lat: 53.35, lon: -6.26", "lat: 52.4, lon: 4.9") + CLIENT,
                        "241.4 km"),
                Arguments.of("quorum above count", VALID_HEAD + "service: { replicas: { count: 2, writeQuorum: 3 } }\n"
                        + CLIENT, "writeQuorum"),
                Arguments.of("latitude out of range", VALID_HEAD.replace("lat: 52.37", "lat: 152.37") + CLIENT, "[-90, 90]"),
                Arguments.of("duplicate key", VALID_HEAD + "name: again\n" + CLIENT, "duplicate"),
                Arguments.of("zero rate", VALID_HEAD + CLIENT.replace("1/s", "0/s"), "positive"),
                Arguments.of("fault count above instances", VALID_HEAD + CLIENT
                        + "faults: [ { type: instance-failure, region: westeurope, layer: gateway, count: 9, at: 1m,"
                        + " duration: 1m } ]\n", "count 9"),
                Arguments.of("unknown revision", VALID_HEAD + CLIENT + "revision: 2019\n", "unknown revision '2019'"),
                Arguments.of("zones below one", ZONES_HEAD.replace("zones: 3", "zones: 0") + CLIENT, "zones in regions[0]"),
                Arguments.of("initiation above one", VALID_HEAD + CLIENT + "service: { failover: { initiation: 1.5 } }\n",
                        "initiation"),
                Arguments.of("zone outage in a region without zones", VALID_HEAD + CLIENT
                        + "faults: [ { type: zone-outage, region: westeurope, zone: 1, at: 1m, duration: 1m } ]\n",
                        "has no availability zones"),
                Arguments.of("zone out of range", ZONES_HEAD + CLIENT
                        + "faults: [ { type: zone-outage, region: westeurope, zone: 4, at: 1m, duration: 1m } ]\n",
                        "zone from 1 to 3"),
                Arguments.of("stochastic zone outage in a region without zones", ZONES_HEAD + CLIENT
                        + "stochastic: [ { type: zone-outage, regions: all, zones: all,"
                        + " timeBetweenFailures: 30d, timeToRepair: 1h } ]\n", "region 'northeurope' has no availability zones"));
    }

    @Test
    void zoneOutageInARegionWithoutZones_namesLineAndColumnOfTheZone() throws IOException {
        Path file = dir.resolve("scenario.yaml");
        Files.writeString(file, VALID_HEAD + CLIENT
                + "faults:\n  - { type: zone-outage, region: westeurope, zone: 2, at: 1m, duration: 1m }\n");

        Cli cli = Cli.run("validate", file.toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains(file + ":9:52: region 'westeurope' has no availability zones")
                .contains("expected a region with zones: 2 or more");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badScenario_exitsWithStatus2_namesTheFile_writesNothing(String what, String content, String fragment)
            throws IOException {
        Path file = dir.resolve("scenario.yaml");
        Files.write(file, content.getBytes(StandardCharsets.ISO_8859_1));
        Path out = dir.resolve("out");

        Cli cli = Cli.run("run", file.toString(), "--out", out.toString());

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err()).contains(file.toString()).containsIgnoringCase(fragment).contains("expected")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(cli.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badScenario_validateAlsoExitsWithStatus2(String what, String content, String fragment) throws IOException {
        Path file = dir.resolve("scenario.yaml");
        Files.write(file, content.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(Cli.run("validate", file.toString()).status()).isEqualTo(2);
    }
}
