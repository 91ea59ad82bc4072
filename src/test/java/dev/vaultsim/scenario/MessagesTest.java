package dev.vaultsim.scenario;

import org.junit.jupiter.api.Test;

import static dev.vaultsim.scenario.ScenarioFixtures.MINIMAL;
import static dev.vaultsim.scenario.ScenarioFixtures.errors;
import static dev.vaultsim.scenario.ScenarioFixtures.minimalWith;
import static org.assertj.core.api.Assertions.assertThat;

/** Messages that say what is wrong at the edges, and say it once. */
class MessagesTest {

    private static final String CLIENT = "  - { name: app, vault: kv, rate: 200/s, mix: { GetSecret: 1 }";

    @Test
    void seedBeyond64Bits_namesTheRange() {
        assertThat(errors(MINIMAL + "seed: 99999999999999999999\n")).singleElement().asString()
                .startsWith("test.yaml:10:7: seed is 99999999999999999999, outside the 64-bit range;")
                .endsWith("expected a whole number from -9223372036854775808 to 9223372036854775807");
    }

    @Test
    void maxRetriesBeyondTheRange_namesTheRange() {
        assertThat(errors(minimalWith(CLIENT, CLIENT + ", retry: { maxRetries: 99999999999 } }")))
                .singleElement().asString().contains("maxRetries in retry of clients[0] is 99999999999")
                .endsWith("expected a whole number from 0 to 2147483647");
    }

    @Test
    void emptyMix_isCalledEmpty() {
        assertThat(errors(minimalWith(CLIENT, "  - { name: app, vault: kv, rate: 200/s, mix: {} }")))
                .singleElement().asString().contains("mix of clients[0] is an empty map; expected a map of operation");
    }

    @Test
    void emptyEmpiricalDistribution_isCalledEmpty() {
        assertThat(errors(MINIMAL + "service: { layers: [ { name: gateway, instances: 1,"
                + " latency: { empirical: [] } } ] }\n")).singleElement().asString()
                .contains("is an empty list; expected a non-empty list of durations");
    }

    @Test
    void deepNesting_namesALineAndNoParserInternals() {
        String deep = MINIMAL + "report: " + "[".repeat(1500) + "]".repeat(1500) + "\n";
        assertThat(errors(deep)).singleElement().asString()
                .startsWith("test.yaml:10:").contains("nested more than 1000 levels deep")
                .doesNotContain("StreamReadConstraints");
    }

    @Test
    void aListWhereANameWasExpected_isOneMessage_notACascade() {
        // A list of vaults is a client's failover order (client-resilience.md); a list where one name is meant:
        assertThat(errors(minimalWith(CLIENT, "  - { name: app, vault: [[kv]], rate: 200/s, mix: { GetSecret: 1 } }")))
                .hasSize(1);
        assertThat(errors(minimalWith(CLIENT, CLIENT + ", region: { a: 1 } }"))).hasSize(1);
        assertThat(errors(MINIMAL.replace("pair: northeurope", "pair: [northeurope]"))).hasSize(1);
        assertThat(errors(MINIMAL.replace("{ name: kv,", "{ name: [kv],"))).hasSize(1);
        assertThat(errors(MINIMAL + "faults: [ { type: instance-failure, region: westeurope, layer: [gateway],"
                + " at: 1m, duration: 1m } ]\n")).hasSize(1);
    }

    @Test
    void aFileOverTheSizeLimit_saysWhatTheLimitIs() {
        String huge = MINIMAL + "description: >\n" + "  a line of forty characters of text....\n".repeat(80_000);
        assertThat(errors(huge)).singleElement().asString()
                .contains("longer than 3,145,728 characters").contains("expected");
    }
}
