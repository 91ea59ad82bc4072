package dev.vaultsim.scenario;

import dev.vaultsim.scenario.yaml.Problems;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Files at the size limits: maps with a hundred thousand keys are rejected in linear time, and
 * reading stops after a bounded number of problems instead of listing every one.
 */
class LargeInputTest {

    private static String manyKeys(String prefix, String indent, int count, boolean distinct) {
        StringBuilder yaml = new StringBuilder(prefix);
        for (int i = 0; i < count; i++) {
            yaml.append(indent).append('k').append(distinct ? i : 0).append(": 1\n");
        }
        return yaml.toString();
    }

    @Test
    void tensOfThousandsOfDuplicateKeys_stopAfterABoundedNumberOfProblems() {
        List<String> errors = ScenarioFixtures.errors(manyKeys("name: x\nreport:\n", "  ", 65_000, false));

        assertThat(errors).hasSizeLessThanOrEqualTo(Problems.MAX_PROBLEMS + 1);
        assertThat(errors.get(0)).startsWith("test.yaml:4:3: duplicate key 'k0'");
        assertThat(errors.get(errors.size() - 1)).contains("stopped reading").contains("expected");
    }

    @Test
    void aMapOf130000Keys_isRejectedInLinearTime() {
        // A generous guard, not a measurement: the quadratic check took about 36 s here, linear well under 2 s.
        List<String> errors = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> ScenarioFixtures.errors(manyKeys("name: x\nreport:\n  extra:\n", "    ", 131_000, true)));

        assertThat(errors).anyMatch(error -> error.contains("unknown key 'extra'"));
    }
}
