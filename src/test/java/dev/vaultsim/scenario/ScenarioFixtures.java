package dev.vaultsim.scenario;

import dev.vaultsim.scenario.yaml.ScenarioException;
import org.assertj.core.api.Assertions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Scenario texts and loading shortcuts shared by the scenario tests. */
final class ScenarioFixtures {

    /** The smallest valid scenario: only the required keys. */
    static final String MINIMAL = """
            name: minimal
            duration: 6h
            regions:
              - { name: westeurope,  geography: europe, location: { lat: 52.37, lon: 4.90 },  pair: northeurope }
              - { name: northeurope, geography: europe, location: { lat: 53.35, lon: -6.26 }, pair: westeurope }
            vaults:
              - { name: kv, region: westeurope }
            clients:
              - { name: app, vault: kv, rate: 200/s, mix: { GetSecret: 1 } }
            """;

    private ScenarioFixtures() {
    }

    static String resource(String name) {
        try (InputStream in = ScenarioFixtures.class.getResourceAsStream("/scenario/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Scenario load(String yaml, String... sets) {
        return ScenarioLoader.loadString("test.yaml", yaml, List.of(sets)).scenario();
    }

    /** The messages of the exception loading throws; fails when it loads. */
    static List<String> errors(String yaml, String... sets) {
        return errorsOf(yaml, sets);
    }

    private static List<String> errorsOf(String yaml, String[] sets) {
        try {
            ScenarioLoader.loadString("test.yaml", yaml, List.of(sets));
        } catch (ScenarioException e) {
            return e.messages();
        }
        return Assertions.fail("expected the scenario to be rejected:\n" + yaml);
    }

    /** MINIMAL with one line replaced (by its starting text) or appended. */
    static String minimalWith(String linePrefix, String replacement) {
        StringBuilder out = new StringBuilder();
        boolean replaced = false;
        for (String line : MINIMAL.split("\n")) {
            if (!replaced && line.startsWith(linePrefix)) {
                out.append(replacement).append('\n');
                replaced = true;
            } else {
                out.append(line).append('\n');
            }
        }
        if (!replaced) {
            out.append(replacement).append('\n');
        }
        return out.toString();
    }
}
