package dev.vaultsim.scenario;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.KeyProtection;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.ReadOnlyAllowed;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.vaultsim.scenario.ScenarioFixtures.load;
import static org.assertj.core.api.Assertions.assertThat;

class ScenarioLoaderTest {

    private static final long MS = 1_000_000L;
    private static final long S = 1_000 * MS;
    private static final long MIN = 60 * S;
    private static final long H = 60 * MIN;

    @Test
    void formatExample_loadsWithEveryValueAsWritten() {
        LoadedScenario loaded = ScenarioLoader.loadString("example.yaml", ScenarioFixtures.resource("example.yaml"),
                List.of());
        Scenario s = loaded.scenario();
        assertThat(loaded.warnings()).isEmpty();
        assertThat(s.name()).isEqualTo("paired-region-failover");
        assertThat(s.description()).startsWith("West Europe is lost");
        assertThat(s.durationNanos()).isEqualTo(6 * H);
        assertThat(s.seed()).isEqualTo(42);
        assertThat(s.regions()).extracting(RegionSpec::name).containsExactly("westeurope", "northeurope");
        assertThat(s.region("westeurope").pair()).isEqualTo("northeurope");
        assertThat(s.region("northeurope").location()).isEqualTo(new Location(53.35, -6.26));
        assertThat(s.clients().get(0).mix()).containsExactly(new MixEntry(Operation.GetSecret, 70),
                new MixEntry(Operation.Sign, 15), new MixEntry(Operation.SetSecret, 10),
                new MixEntry(Operation.CreateKey, 5));
        assertThat(s.faults()).containsExactly(
                new RegionOutage("westeurope", H, 2 * H),
                new InstanceFailure("northeurope", "hsm", 1, 90 * MIN, 20 * MIN),
                new ReplicaFailure("westeurope", 1, 4 * H, 30 * MIN),
                new Partition("westeurope", "northeurope", 50 * MIN, 15 * MIN),
                new LatencySpike("northeurope", "vault-service", 4, 2 * H, 10 * MIN));
    }

    @Test
    void formatExampleValues_areTheDefaults() {
        Scenario example = ScenarioLoader.loadString("x", ScenarioFixtures.resource("example.yaml"), List.of())
                .scenario();
        Scenario minimal = ScenarioLoader.loadString("x", ScenarioFixtures.MINIMAL, List.of()).scenario();
        assertThat(minimal.network()).isEqualTo(example.network());
        assertThat(minimal.report()).isEqualTo(example.report());
        assertThat(minimal.region("westeurope").service()).isEqualTo(example.region("westeurope").service());
        ClientSpec client = minimal.clients().get(0);
        ClientSpec exampleClient = example.clients().get(0);
        assertThat(client.timeoutNanos()).isEqualTo(exampleClient.timeoutNanos());
        assertThat(client.retry()).isEqualTo(exampleClient.retry());
        assertThat(client.arrivals()).isEqualTo(exampleClient.arrivals());
        assertThat(client.retryOn()).isEqualTo(exampleClient.retryOn());
    }

    @Test
    void minimalScenario_getsTheDocumentedDefaults() {
        Scenario s = load(ScenarioFixtures.MINIMAL);
        assertThat(s.seed()).isEqualTo(1);
        assertThat(s.description()).isEmpty();
        assertThat(s.source()).isEqualTo("test.yaml");
        assertThat(s.network()).isEqualTo(new NetworkSpec(1.5, 200, MS));
        assertThat(s.report()).isEqualTo(new ReportSpec(MIN, 0.9999));
        ServiceSpec service = s.region("northeurope").service();
        assertThat(service).isEqualTo(ServiceReader.DEFAULT);
        assertThat(service.layers()).extracting(LayerSpec::name).containsExactly("gateway", "vault-service", "hsm");
        assertThat(service.layers().get(2).instances()).isEqualTo(2);
        assertThat(service.layers().get(2).appliesTo(Operation.GetSecret)).isFalse();
        assertThat(service.layers().get(1).latency())
                .isEqualTo(Distribution.LogNormal.ofMedianP99(3 * MS, 15 * MS));
        assertThat(service.healthProbe()).isEqualTo(new HealthProbeSpec(5 * S, 2));
        assertThat(service.replicas()).isEqualTo(new ReplicaSpec(3, 2));
        assertThat(service.replication())
                .isEqualTo(new ReplicationSpec(ReplicationMode.ASYNC, new Distribution.Exponential(500 * MS)));
        assertThat(service.failover()).isEqualTo(new FailoverSpec(new Distribution.Constant(2 * MIN),
                new Distribution.Constant(5 * MIN), new Distribution.Constant(10 * MIN),
                new Distribution.Constant(3 * MIN)));
        VaultSpec vault = s.vault("kv");
        assertThat(vault).isEqualTo(new VaultSpec("kv", "westeurope", KeyProtection.SOFTWARE, null,
                ReadOnlyAllowed.V2018));
        ClientSpec client = s.clients().get(0);
        assertThat(client.region()).isEqualTo("westeurope");
        assertThat(client.rate()).isEqualTo(new Rate(200, S));
        assertThat(client.arrivals()).isEqualTo(Arrivals.POISSON);
        assertThat(client.timeoutNanos()).isEqualTo(10 * S);
        assertThat(client.retry()).isEqualTo(RetrySpec.AZURE_SDK_DEFAULT);
        assertThat(client.retryOn()).isEqualTo(ClientSpec.defaultRetryOn()).doesNotContain(FailureCause.READ_ONLY);
        assertThat(s.faults()).isEmpty();
    }

    @Test
    void regionService_isMergedKeyByKeyOverTheTopLevelOne_listsReplaced() {
        String yaml = ScenarioFixtures.minimalWith("  - { name: northeurope", """
                  - name: northeurope
                    geography: europe
                    location: { lat: 53.35, lon: -6.26 }
                    pair: westeurope
                    service:
                      failover: { detection: 4h }
                      layers: [ { name: only, instances: 5, latency: 2ms } ]
                service:
                  failover: { duration: 1m }
                  replicas: { count: 5, writeQuorum: 3 }""");
        Scenario s = load(yaml);
        ServiceSpec west = s.region("westeurope").service();
        ServiceSpec north = s.region("northeurope").service();
        assertThat(west.failover().duration()).isEqualTo(new Distribution.Constant(MIN));
        assertThat(west.failover().detection()).isEqualTo(new Distribution.Constant(2 * MIN));
        assertThat(west.layers()).hasSize(3);
        assertThat(north.failover().detection()).isEqualTo(new Distribution.Constant(4 * H));
        assertThat(north.failover().duration()).isEqualTo(new Distribution.Constant(MIN));
        assertThat(north.replicas()).isEqualTo(new ReplicaSpec(5, 3));
        assertThat(north.layers()).containsExactly(
                new LayerSpec("only", 5, new Distribution.Constant(2 * MS), Set.of()));
    }

    @Test
    void vaultOptions_limitsKeyProtectionAndReadOnlyLists_areRead() {
        String yaml = ScenarioFixtures.minimalWith("vaults:", """
                readOnlyAllowed: 2023
                vaults:
                  - { name: premium, region: westeurope, keyProtection: hsm, limits: azure }
                  - { name: custom, region: northeurope, limits: { keyOperations: 2000/10s },
                      readOnlyAllowed: [GetSecret, Sign] }
                  - { name: v2020, region: northeurope, readOnlyAllowed: 2020 }""");
        Scenario s = load(yaml);
        assertThat(s.vault("premium").limits()).isEqualTo(LimitsSpec.azure(KeyProtection.HSM));
        assertThat(s.vault("premium").readOnlyAllowed()).isEqualTo(ReadOnlyAllowed.V2023);
        assertThat(s.vault("custom").limits())
                .isEqualTo(new LimitsSpec("custom", null, null, null, new Rate(2000, 10 * S)));
        assertThat(s.vault("custom").readOnlyAllowed())
                .isEqualTo(new ReadOnlyAllowed("custom", Set.of(Operation.GetSecret, Operation.Sign)));
        assertThat(s.vault("v2020").readOnlyAllowed()).isEqualTo(ReadOnlyAllowed.V2020);
    }

    @Test
    void clientOptions_fullJitterFixedBackoffConstantArrivalsAndRetryOn_areRead() {
        String yaml = ScenarioFixtures.minimalWith("  - { name: app", """
                  - name: app
                    vault: kv
                    region: northeurope
                    rate: 4000/10s
                    arrivals: constant
                    mix: { GetSecret: 1.5, SetSecret: 0.5 }
                    timeout: 2s
                    retry: { maxRetries: 0, backoff: fixed, baseDelay: 1s, jitter: full }
                    retryOn: [TIMEOUT, THROTTLED]""");
        ClientSpec c = load(yaml).clients().get(0);
        assertThat(c.region()).isEqualTo("northeurope");
        assertThat(c.rate()).isEqualTo(new Rate(4000, 10 * S));
        assertThat(c.arrivals()).isEqualTo(Arrivals.CONSTANT);
        assertThat(c.timeoutNanos()).isEqualTo(2 * S);
        assertThat(c.retry()).isEqualTo(new RetrySpec(0, RetrySpec.Backoff.FIXED, S, 8 * S, 0, true));
        assertThat(c.retryOn()).containsExactly(FailureCause.THROTTLED, FailureCause.TIMEOUT);
    }

    @Test
    void faultAtOrAfterTheHorizon_isAWarningWithItsPosition_notAnError() {
        String yaml = ScenarioFixtures.MINIMAL + """
                faults:
                  - { type: region-outage, region: westeurope, at: 6h, duration: 1h }
                """;
        LoadedScenario loaded = ScenarioLoader.loadString("test.yaml", yaml, List.of());
        assertThat(loaded.scenario().faults()).hasSize(1);
        assertThat(loaded.warnings()).singleElement().asString()
                .startsWith("test.yaml:11:52: ").contains("at or after the end");
    }

    @Test
    void zeroFailoverTimings_areAllowed() {
        Scenario s = load(ScenarioFixtures.MINIMAL + """
                service:
                  failover: { detection: 0s, duration: 0s, failbackDelay: 0s, failbackDuration: 0s }
                """);
        assertThat(s.region("westeurope").service().failover().duration()).isEqualTo(new Distribution.Constant(0));
    }

    @Test
    void regionWithoutPair_isAllowed() {
        Scenario s = load(ScenarioFixtures.minimalWith("  - { name: northeurope", "")
                .replace(",  pair: northeurope", ""));
        assertThat(s.region("westeurope").pair()).isNull();
    }
}
