package dev.vaultsim.scenario;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.vaultsim.scenario.ScenarioFixtures.MINIMAL;
import static dev.vaultsim.scenario.ScenarioFixtures.errors;
import static dev.vaultsim.scenario.ScenarioFixtures.minimalWith;
import static org.assertj.core.api.Assertions.assertThat;

/** Every "check at load time" of scenario-format.md: position, what is wrong, what was expected. */
class ScenarioChecksTest {

    /** The single error, which must start at the position and contain each fragment and "; expected". */
    private static void assertOneError(String yaml, String position, String... fragments) {
        List<String> errors = errors(yaml);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).startsWith("test.yaml:" + position + ": ").contains("; expected").contains(fragments);
    }

    private static String withClient(String client) {
        return minimalWith("  - { name: app", client);
    }

    private static String withFault(String fault) {
        return MINIMAL + "faults:\n" + fault + "\n";
    }

    @Test
    void unknownTopLevelKey_namesItsPositionAndTheValidKeys() {
        assertOneError(MINIMAL + "sede: 3\n", "10:1", "unknown key 'sede'", "name, description, revision, duration, seed");
    }

    @Test
    void unknownNestedKey_namesItsPositionAndTheValidKeys() {
        assertOneError(withClient("  - { name: app, vault: kv, rate: 1/s, mix: { GetSecret: 1 }, retries: 3 }"),
                "9:63", "unknown key 'retries'", "name, region, vault, rate, arrivals, mix, timeout, retry, retryOn");
    }

    @Test
    void stochasticEntry_withoutRepairTime_isReported() {
        assertOneError(MINIMAL + "stochastic:\n  - { type: region-outage, regions: all, timeBetweenFailures: 1y }\n",
                "11:5", "missing key 'timeToRepair'");
    }

    @Test
    void stochasticEntry_unknownRegion_isReported() {
        assertOneError(MINIMAL + "stochastic:\n  - { type: region-outage, regions: [mars], timeBetweenFailures: 1y,"
                + " timeToRepair: 1h }\n", "11:38", "unknown region 'mars'");
    }

    @Test
    void stochasticEntry_unknownLayer_isReported() {
        assertOneError(MINIMAL + "stochastic:\n  - { type: instance-failure, regions: all, layer: db,"
                + " timeBetweenFailures: 1y, timeToRepair: 1h }\n", "11:52", "unknown layer 'db'");
    }

    @Test
    void stochasticEntry_atAndDuration_areUnknownKeys() {
        assertOneError(MINIMAL + "stochastic:\n  - { type: region-outage, regions: all, at: 1h,"
                + " timeBetweenFailures: 1y, timeToRepair: 1h }\n", "11:42", "unknown key 'at'", "timeBetweenFailures");
    }

    @Test
    void missingRequiredKeys_areEachReported() {
        List<String> errors = errors("description: nothing else\n");
        assertThat(errors).hasSize(5).allSatisfy(e -> assertThat(e).startsWith("test.yaml:1:1: missing key"));
    }

    @Test
    void wrongType_mapWhereAValueIsExpected_isReported() {
        assertOneError(minimalWith("duration:", "duration: { h: 6 }"), "2:11", "duration", "a map", "a duration");
    }

    @Test
    void wrongType_valueWhereAListIsExpected_isReported() {
        assertOneError(MINIMAL + "faults: none\n", "10:9", "faults", "a list");
    }

    @Test
    void malformedDuration_isReportedWithTheExpectedForms() {
        assertOneError(minimalWith("duration:", "duration: 6 hours"), "2:11", "'6 hours' is not a duration",
                "1h30m");
    }

    @Test
    void durationWithoutUnit_suggestsOne() {
        assertOneError(minimalWith("duration:", "duration: 6"), "2:11", "a unit is needed, e.g. 6s");
    }

    @Test
    void negativeDuration_isReported() {
        assertOneError(minimalWith("duration:", "duration: -6h"), "2:11", "negative duration");
    }

    @Test
    void zeroScenarioDuration_isReported() {
        assertOneError(minimalWith("duration:", "duration: 0s"), "2:11", "zero", "positive duration");
    }

    @Test
    void zeroTimeout_isReported() {
        assertOneError(withClient("  - { name: app, vault: kv, rate: 1/s, mix: { GetSecret: 1 }, timeout: 0s }"),
                "9:72", "timeout", "positive duration");
    }

    @Test
    void zeroProbeInterval_isReported() {
        assertOneError(MINIMAL + "service: { healthProbe: { interval: 0ms } }\n", "10:37", "interval",
                "positive duration");
    }

    @Test
    void zeroBucket_isReported() {
        assertOneError(MINIMAL + "report: { bucket: 0s }\n", "10:19", "bucket", "positive duration");
    }

    @Test
    void zeroFaultDuration_isReported() {
        assertOneError(withFault("  - { type: region-outage, region: westeurope, at: 1h, duration: 0s }"),
                "11:66", "duration", "positive duration");
    }

    @Test
    void zeroOrMalformedRate_isReported() {
        assertOneError(withClient("  - { name: app, vault: kv, rate: 0/s, mix: { GetSecret: 1 } }"),
                "9:35", "rate '0/s' is not positive", "200/s");
        assertOneError(withClient("  - { name: app, vault: kv, rate: fast, mix: { GetSecret: 1 } }"),
                "9:35", "'fast' is not a rate");
    }

    @Test
    void malformedDistribution_isReported() {
        assertOneError(MINIMAL + "service: { failover: { detection: { gamma: { k: 2 } } } }\n", "10:37",
                "unknown distribution 'gamma'", "exponential, lognormal");
    }

    @Test
    void lognormalP99NotAboveMedian_isReported() {
        assertOneError(MINIMAL + "service: { failover: { detection: { lognormal: { median: 4h, p99: 1h } } } }\n",
                "10:67", "not above its median", "p99 > median");
    }

    @Test
    void uniformMinAboveMax_isReported() {
        assertOneError(MINIMAL + "service: { failover: { duration: { uniform: { min: 5m, max: 1m } } } }\n",
                "10:61", "below its min", "min ≤ max");
    }

    @Test
    void nonPositiveDistributionParameters_areReported() {
        assertOneError(MINIMAL + "service: { failover: { duration: { weibull: { shape: 0, scale: 1h } } } }\n",
                "10:54", "shape", "(0, ");
        assertOneError(MINIMAL + "service: { failover: { duration: { exponential: { mean: 0s } } } }\n",
                "10:57", "mean", "positive duration");
    }

    @Test
    void nonPositiveMixWeight_isReported() {
        assertOneError(withClient("  - { name: app, vault: kv, rate: 1/s, mix: { GetSecret: 0 } }"),
                "9:58", "weight of GetSecret", "a number in (0, ");
    }

    @Test
    void unknownOperationName_isReported() {
        assertOneError(withClient("  - { name: app, vault: kv, rate: 1/s, mix: { GetSecrets: 1 } }"),
                "9:47", "unknown operation 'GetSecrets'", "catalog");
    }

    @Test
    void unknownOperationInALayerFilter_isReported() {
        assertOneError(MINIMAL + "service: { layers: [ { name: hsm, instances: 2, operations: [Sing] } ] }\n",
                "10:62", "unknown operation 'Sing'");
    }

    @Test
    void unknownRegionOfAVault_isReported() {
        assertOneError(minimalWith("  - { name: kv", "  - { name: kv, region: eastus }"), "7:25",
                "unknown region 'eastus'", "westeurope, northeurope");
    }

    @Test
    void unknownVaultOfAClient_isReported() {
        assertOneError(withClient("  - { name: app, vault: kv2, rate: 1/s, mix: { GetSecret: 1 } }"), "9:25",
                "unknown vault 'kv2'", "expected one of: kv");
    }

    @Test
    void unknownRegionOfAClient_isReported() {
        assertOneError(withClient("  - { name: app, region: mars, vault: kv, rate: 1/s, mix: { GetSecret: 1 } }"),
                "9:26", "unknown region 'mars'");
    }

    @Test
    void unknownRegionOrLayerOfAFault_isReported() {
        assertOneError(withFault("  - { type: region-outage, region: mars, at: 1h, duration: 1h }"), "11:36",
                "unknown region 'mars'");
        assertOneError(withFault("  - { type: instance-failure, region: westeurope, layer: db, at: 1h, duration: 1h }"),
                "11:58", "unknown layer 'db'", "gateway, vault-service, hsm");
        assertOneError(withFault("  - { type: partition, between: [westeurope, mars], at: 1h, duration: 1h }"),
                "11:46", "unknown region 'mars'");
    }

    @Test
    void faultThatIsNotAMap_isReported() {
        assertOneError(withFault("  - region-outage"), "11:5", "faults[0] is a value", "expected a map");
    }

    @Test
    void unknownFaultType_isReportedWithTheTypes() {
        assertOneError(withFault("  - { type: meteor, region: westeurope, at: 1h, duration: 1h }"), "11:13",
                "unknown fault type 'meteor'", "region-outage, instance-failure");
    }

    @Test
    void unknownPairRegion_isReported() {
        List<String> errors = errors(MINIMAL.replace("pair: westeurope", "pair: uksouth"));
        assertThat(errors).containsExactly(
                "test.yaml:4:89: pair 'northeurope' of region 'westeurope' is paired with 'uksouth'; expected mutual"
                        + " pairs (northeurope pair: westeurope)",
                "test.yaml:5:89: unknown region 'uksouth' as pair of region 'northeurope'; expected one of:"
                        + " westeurope, northeurope");
    }

    @Test
    void nonMutualPair_isReported() {
        String yaml = MINIMAL.replace("lon: -6.26 }, pair: westeurope }", "lon: -6.26 } }");
        assertOneError(yaml, "4:89", "is paired with no region", "mutual pairs");
    }

    @Test
    void pairInAnotherGeography_isReportedAtBothEnds() {
        List<String> errors = errors(MINIMAL.replace("northeurope, geography: europe", "northeurope, geography: uk"));
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).startsWith("test.yaml:4:89: ").contains("same geography");
    }

    @Test
    void pairCloserThan150Miles_isReported() {
        // Amsterdam and Rotterdam are about 57 km apart.
        List<String> errors = errors(MINIMAL.replace("lat: 53.35, lon: -6.26", "lat: 51.92, lon: 4.48"));
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).startsWith("test.yaml:4:89: ").contains("km away", "at least 241.4 km");
    }

    @Test
    void writeQuorumAboveCount_isReported() {
        assertOneError(MINIMAL + "service: { replicas: { count: 2, writeQuorum: 3 } }\n", "10:47",
                "writeQuorum 3", "1 ≤ writeQuorum ≤ count");
    }

    @Test
    void zeroWriteQuorum_isReported() {
        assertOneError(MINIMAL + "service: { replicas: { writeQuorum: 0 } }\n", "10:37", "writeQuorum", "≥ 1");
    }

    @Test
    void faultCountAboveTheInstancesOrReplicas_isReported() {
        assertOneError(withFault(
                "  - { type: instance-failure, region: westeurope, layer: hsm, count: 3, at: 1h, duration: 1h }"),
                "11:70", "above the 2 instances", "count ≤ 2");
        assertOneError(withFault("  - { type: replica-failure, region: westeurope, count: 4, at: 1h, duration: 1h }"),
                "11:57", "above the 3 replicas", "count ≤ 3");
    }

    @Test
    void latitudeAndLongitudeOutOfRange_areReported() {
        List<String> errors = errors(MINIMAL.replace("lat: 52.37, lon: 4.90", "lat: 92.37, lon: 184.90"));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("test.yaml:4:62: ").contains("[-90, 90]"));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("test.yaml:4:74: ").contains("[-180, 180]"));
    }

    @Test
    void duplicateNames_areReportedForRegionsLayersVaultsAndClients() {
        String yaml = MINIMAL + """
                service: { layers: [ { name: a }, { name: a } ] }
                """;
        assertOneError(yaml, "10:43", "duplicate layer name 'a'");
        assertOneError(MINIMAL.replace("  - { name: kv, region: westeurope }",
                "  - { name: kv, region: westeurope }\n  - { name: kv, region: westeurope }"),
                "8:13", "duplicate vault name 'kv'");
        assertOneError(MINIMAL + "  - { name: app, vault: kv, rate: 1/s, mix: { GetSecret: 1 } }\n",
                "10:13", "duplicate client name 'app'");
        List<String> errors = errors(MINIMAL.replace("name: northeurope,", "name: westeurope,"));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("test.yaml:5:13: ").contains("duplicate region"));
    }

    @Test
    void severalMistakes_areAllReportedInOneGo() {
        String yaml = minimalWith("duration:", "duration: soon") + "report: { bucket: 0s, color: red }\n";
        assertThat(errors(yaml)).hasSize(3);
    }

    // Client resilience (client-resilience.md, "Checks at load time").

    /** The minimal scenario with a second vault kv2 and this client line, which lands on line 10. */
    private static String withTwoVaults(String client) {
        return minimalWith("  - { name: kv,", "  - { name: kv, region: westeurope }\n  - { name: kv2, region: northeurope }")
                .replace("  - { name: app, vault: kv, rate: 200/s, mix: { GetSecret: 1 } }", client);
    }

    /** The error's position: line 10 (9 with one vault), the column where {@code marker} starts. */
    private static String at(int line, String client, String marker) {
        return line + ":" + (client.indexOf(marker) + 1);
    }

    @Test
    void clientResilience_badValues_areReportedWhereTheyAre() {
        String both = "  - { name: app, vault: kv, vaults: [kv, kv2], rate: 1/s, mix: { GetSecret: 1 } }";
        assertOneError(withTwoVaults(both), at(10, both, "[kv, kv2]"), "both vault and vaults");
        String twice = "  - { name: app, vaults: [kv, kv], rate: 1/s, mix: { GetSecret: 1 } }";
        assertOneError(withTwoVaults(twice), at(10, twice, "kv]"), "appears twice");
        String unknown = "  - { name: app, vaults: [kv, kv3], rate: 1/s, mix: { GetSecret: 1 } }";
        assertOneError(withTwoVaults(unknown), at(10, unknown, "kv3"), "unknown vault 'kv3'");
        String objects = "  - { name: app, vault: kv, rate: 1/s, mix: { GetSecret: 1 }, objects: 0 }";
        assertOneError(withClient(objects), at(9, objects, "0 }"), "objects");
        String ttl = "  - { name: app, vault: kv, rate: 1/s, mix: { GetSecret: 1 }, cache: { ttl: 0s } }";
        assertOneError(withClient(ttl), at(9, ttl, "0s"), "ttl");
        String stale = "  - { name: app, vault: kv, rate: 1/s, mix: { GetSecret: 1 }, cache: { ttl: 1h, staleIfError: -1s } }";
        assertOneError(withClient(stale), at(9, stale, "-1s"), "staleIfError");
        String write = "  - { name: app, vault: kv, rate: 1/s, mix: { GetSecret: 1 }, cache: { ttl: 1h, operations: [SetSecret] } }";
        assertOneError(withClient(write), at(9, write, "SetSecret"), "is a write", "reads of the catalog");
        String threshold = "  - { name: app, vaults: [kv, kv2], rate: 1/s, mix: { GetSecret: 1 }, switchover: { failureThreshold: 0 } }";
        assertOneError(withTwoVaults(threshold), at(10, threshold, "0 }"), "failureThreshold");
        String openFor = "  - { name: app, vaults: [kv, kv2], rate: 1/s, mix: { GetSecret: 1 }, switchover: { openFor: 0s } }";
        assertOneError(withTwoVaults(openFor), at(10, openFor, "0s"), "openFor");
        String lonely = "  - { name: app, vault: kv, rate: 1/s, mix: { GetSecret: 1 }, switchover: { policy: on-error } }";
        assertOneError(withClient(lonely), at(9, lonely, "{ policy"), "needs several vaults");
    }

    @Test
    void clientResilience_aListUnderVault_isAcceptedLikeVaults() {
        String client = "  - { name: app, vault: [kv, kv2], rate: 1/s, mix: { GetSecret: 1 }, writes: all }";
        ClientSpec app = ScenarioFixtures.load(withTwoVaults(client)).clients().get(0);
        assertThat(app.vaults()).containsExactly("kv", "kv2");
        assertThat(app.writes()).isEqualTo(WriteMode.ALL);
        assertThat(app.switchover().policy()).isEqualTo(SwitchoverSpec.Policy.CIRCUIT_BREAKER);
        assertThat(app.hasCouplings()).isTrue();
    }
}
