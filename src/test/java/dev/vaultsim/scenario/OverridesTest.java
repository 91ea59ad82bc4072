package dev.vaultsim.scenario;

import dev.vaultsim.catalog.FailureCause;
import org.junit.jupiter.api.Test;

import static dev.vaultsim.scenario.ScenarioFixtures.MINIMAL;
import static dev.vaultsim.scenario.ScenarioFixtures.errors;
import static dev.vaultsim.scenario.ScenarioFixtures.load;
import static org.assertj.core.api.Assertions.assertThat;

class OverridesTest {

    private static final long MIN = 60_000_000_000L;

    @Test
    void setOnAMissingMap_createsIt() {
        Scenario s = load(MINIMAL, "service.failover.detection=5m");
        assertThat(s.region("westeurope").service().failover().detection()).isEqualTo(new Distribution.Constant(5 * MIN));
        assertThat(s.region("westeurope").service().failover().duration()).isEqualTo(new Distribution.Constant(5 * MIN));
    }

    @Test
    void setWithAListIndex_replacesThatItemsValue() {
        Scenario s = load(MINIMAL, "clients[0].rate=500/s");
        assertThat(s.clients().get(0).rate()).isEqualTo(new Rate(500, 1_000_000_000L));
    }

    @Test
    void flowValues_areReadAsYaml() {
        Scenario s = load(MINIMAL, "service.failover.detection={ exponential: { mean: 2h } }",
                "clients[0].retryOn=[TIMEOUT, THROTTLED]");
        assertThat(s.region("northeurope").service().failover().detection())
                .isEqualTo(new Distribution.Exponential(120 * MIN));
        assertThat(s.clients().get(0).retryOn()).containsExactly(FailureCause.THROTTLED, FailureCause.TIMEOUT);
    }

    @Test
    void lastSetOfAPath_wins() {
        assertThat(load(MINIMAL, "seed=7", "seed=9").seed()).isEqualTo(9);
    }

    @Test
    void setOfATopLevelKey_replacesIt() {
        assertThat(load(MINIMAL, "duration=1h").durationNanos()).isEqualTo(60 * MIN);
    }

    @Test
    void listIndexOutOfRange_isAnErrorNamingTheArgument() {
        assertThat(errors(MINIMAL, "clients[3].rate=1/s")).containsExactly("--set clients[3].rate=1/s: index [3] is out"
                + " of range for clients with 1 items; expected an index below 1");
    }

    @Test
    void badPath_isAnErrorNamingTheArgument() {
        assertThat(errors(MINIMAL, "clients..rate=1/s")).singleElement().asString()
                .startsWith("--set clients..rate=1/s: bad path").contains("expected dotted keys");
        assertThat(errors(MINIMAL, "norate")).singleElement().asString()
                .startsWith("--set norate: no path=value");
        assertThat(errors(MINIMAL, "name.first=x")).singleElement().asString()
                .startsWith("--set name.first=x: name is a value, not a map");
        assertThat(errors(MINIMAL, "report[0]=x")).singleElement().asString()
                .startsWith("--set report[0]=x: report is missing, not a list");
    }

    @Test
    void badYamlValue_isAnErrorNamingTheArgument() {
        assertThat(errors(MINIMAL, "service.failover={ detection: 5m")).singleElement().asString()
                .startsWith("--set service.failover={ detection: 5m: the value is not valid YAML");
        assertThat(errors(MINIMAL, "seed=")).singleElement().asString().contains("empty value");
    }

    @Test
    void overriddenValue_getsTheSameChecksAndNamesTheArgument() {
        assertThat(errors(MINIMAL, "clients[0].rate=fast")).containsExactly("--set clients[0].rate=fast: rate in"
                + " clients[0]: 'fast' is not a rate; expected a positive rate such as 200/s, 1200/min, 50000/h,"
                + " 4000/10s or 200");
    }

    @Test
    void unknownKeyFromASet_isReported() {
        assertThat(errors(MINIMAL, "service.failover.detect=5m")).singleElement().asString()
                .startsWith("--set service.failover.detect=5m: unknown key 'detect'");
    }

    @Test
    void everyBadSet_isReported() {
        assertThat(errors(MINIMAL, "a..b=1", "clients[9].rate=1")).hasSize(2);
    }
}
