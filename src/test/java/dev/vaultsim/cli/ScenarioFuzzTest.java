package dev.vaultsim.cli;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Mutates a valid scenario (deletes and duplicates lines, retypes and stretches values, injects
 * extreme numbers and bytes) and runs each mutant through the command line: exit 0, or exit 2 with
 * a message naming a line and nothing written; never exit 1 or a stack trace; within a generous
 * time guard. 200 mutants by default (well under a minute); {@code -Dvaultsim.fuzz.tries=N} (up to
 * 10,000) for more; the tries past the budget return at once.
 *
 * <p>What it found while it was written: the overflows of long time arithmetic (a 292-year
 * detection or repair time; now fixed with saturating arithmetic) and the cascades of a list where
 * a name was expected. Work grows with rate × horizon, so the mutants keep the base's light traffic
 * (one request a minute): a scenario that asks for 10^12 events is valid and simply runs long.
 */
class ScenarioFuzzTest {

    private static final String BASE = """
            name: fuzz
            duration: 2h
            seed: 3
            regions:
              - { name: westeurope,  geography: europe, location: { lat: 52.37, lon: 4.90 },  pair: northeurope }
              - { name: northeurope, geography: europe, location: { lat: 53.35, lon: -6.26 }, pair: westeurope }
            service:
              failover: { detection: 2m, duration: 5m, failbackDelay: 10m, failbackDuration: 3m }
              replication: { mode: async, lag: { exponential: { mean: 500ms } } }
            vaults:
              - { name: kv, region: westeurope, limits: azure }
            clients:
              - { name: app, vault: kv, rate: 1/min, mix: { GetSecret: 3, SetSecret: 1 }, timeout: 10s,
                  retry: { maxRetries: 3, baseDelay: 800ms, maxDelay: 8s, jitter: 0.05 } }
            faults:
              - { type: region-outage, region: westeurope, at: 30m, duration: 40m }
              - { type: latency-spike, region: northeurope, factor: 4, at: 1h, duration: 10m }
            stochastic:
              - { type: instance-failure, regions: all, layer: gateway, timeBetweenFailures: { exponential: { mean: 1h } },
                  timeToRepair: { lognormal: { median: 5m, p99: 1h } } }
            report: { bucket: 1m, slo: { availability: 0.999 } }
            """;
    private static final List<String> EXTREMES = List.of("0", "-1", "1ns", "0s", "292y", "293y", "250y",
            "9223372036854775807", "99999999999999999999", "-9223372036854775808", "1e308", "NaN", "-0.0",
            "[]", "{}", "~", "''", "[a, [b]]", "{ x: { y: { z: 1 } } }", "*anchor", "\"\\u0000\"", "1/1y",
            "2147483648", "1h1h", "PT-5M", "0.05", "full", "fixed", "all");
    private static final Pattern VALUE = Pattern.compile("(?<=: )[^,{}\\[\\]\\n]+");
    private static final int TRIES = Integer.getInteger("vaultsim.fuzz.tries", 200);
    private static final List<String> FOUND = new ArrayList<>();

    @Property(tries = 10_000, seed = "1611")
    void anyMutant_runsOrIsRefusedCleanly(@ForAll("mutants") String yaml) throws IOException {
        if (FOUND.size() >= TRIES) {
            return;
        }
        Path dir = Files.createTempDirectory("fuzz");
        Path file = dir.resolve("mutant.yaml");
        Files.write(file, yaml.getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("out");

        Cli cli = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> Cli.run("run", file.toString(), "--out", out.toString()), yaml);

        FOUND.add(cli.status() + (cli.status() == 2 ? " " + firstMessage(cli.err()) : ""));
        assertThat(cli.err()).as(yaml).doesNotContain("internal error").doesNotContain("\tat ");
        assertThat(cli.status()).as(yaml + "\n" + cli.err()).isIn(0, 2, 3);
        if (cli.status() == 2) {
            assertThat(cli.err()).as(yaml).containsPattern("mutant\\.yaml(:\\d+:\\d+)?: ").contains("expected");
            assertThat(out).as(yaml).doesNotExist();
        } else {
            assertThat(out.resolve("report.json")).as(yaml).exists();
        }
    }

    @AfterProperty
    void summary() {
        long ran = FOUND.stream().filter(s -> !s.startsWith("2")).count();
        System.out.println("ScenarioFuzzTest: " + FOUND.size() + " mutants, " + ran + " ran, "
                + (FOUND.size() - ran) + " refused with exit 2");
    }

    private static String firstMessage(String err) {
        int newline = err.indexOf('\n');
        return newline < 0 ? err : err.substring(0, newline);
    }

    @Provide
    Arbitrary<String> mutants() {
        Arbitrary<Integer> count = Arbitraries.integers().between(1, 3);
        Arbitrary<Long> seed = Arbitraries.longs();
        return Combinators.combine(count, seed).as(ScenarioFuzzTest::mutate);
    }

    static String mutate(int mutations, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        String yaml = BASE;
        for (int i = 0; i < mutations; i++) {
            yaml = switch (random.nextInt(5)) {
                case 0 -> editLine(yaml, random, false);
                case 1 -> editLine(yaml, random, true);
                case 2, 3 -> replaceValue(yaml, random);
                default -> injectBytes(yaml, random);
            };
        }
        return yaml;
    }

    private static String editLine(String yaml, java.util.SplittableRandom random, boolean duplicate) {
        List<String> lines = new ArrayList<>(List.of(yaml.split("\n")));
        int i = random.nextInt(lines.size());
        if (duplicate) {
            lines.add(i, lines.get(i));
        } else {
            lines.remove(i);
        }
        return String.join("\n", lines) + "\n";
    }

    private static String replaceValue(String yaml, java.util.SplittableRandom random) {
        Matcher values = VALUE.matcher(yaml);
        List<int[]> spans = new ArrayList<>();
        while (values.find()) {
            spans.add(new int[] {values.start(), values.end()});
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return yaml.substring(0, span[0]) + EXTREMES.get(random.nextInt(EXTREMES.size())) + yaml.substring(span[1]);
    }

    private static String injectBytes(String yaml, java.util.SplittableRandom random) {
        int at = random.nextInt(yaml.length());
        char[] junk = {'\u0000', '\t', '\u00ff', '\ufeff', '&', '*', '!', '%', '@', '`', '|', '>', '\u2028'};
        return yaml.substring(0, at) + junk[random.nextInt(junk.length)] + yaml.substring(at);
    }
}
