package dev.vaultsim.testing;

import dev.vaultsim.catalog.KeyProtection;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.ReadOnlyAllowed;
import dev.vaultsim.scenario.Arrivals;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.Distribution;
import dev.vaultsim.scenario.FailoverSpec;
import dev.vaultsim.scenario.FaultSpec;
import dev.vaultsim.scenario.HealthProbeSpec;
import dev.vaultsim.scenario.LayerSpec;
import dev.vaultsim.scenario.Location;
import dev.vaultsim.scenario.MixEntry;
import dev.vaultsim.scenario.NetworkSpec;
import dev.vaultsim.scenario.Rate;
import dev.vaultsim.scenario.RegionOutage;
import dev.vaultsim.scenario.RegionSpec;
import dev.vaultsim.scenario.ReplicaSpec;
import dev.vaultsim.scenario.ReplicationMode;
import dev.vaultsim.scenario.ReplicationSpec;
import dev.vaultsim.scenario.ReportSpec;
import dev.vaultsim.scenario.RetrySpec;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.ServiceSpec;
import dev.vaultsim.scenario.VaultSpec;

import java.util.List;
import java.util.Set;

/** Scenarios built in code, for tests of the model that need no YAML. */
public final class TestScenarios {

    /**
     * A small scenario of random faults (ten days, one request a minute, instance failures and
     * regional outages) whose replications are quick: for replication, sweep and shard tests.
     */
    public static final String RANDOM_FAULTS_YAML = """
            name: random
            duration: 10d
            seed: 7
            regions:
              - { name: westeurope,  geography: europe, location: { lat: 52.37, lon: 4.90 },  pair: northeurope }
              - { name: northeurope, geography: europe, location: { lat: 53.35, lon: -6.26 }, pair: westeurope }
            vaults: [ { name: kv, region: westeurope } ]
            clients:
              - { name: app, vault: kv, rate: 1/min, arrivals: constant, mix: { GetSecret: 3, SetSecret: 1 }, retry: { maxRetries: 0 } }
            stochastic:
              - { type: instance-failure, regions: all, layer: gateway, timeBetweenFailures: { exponential: { mean: 1d } },
                  timeToRepair: { exponential: { mean: 2h } } }
              - { type: region-outage, regions: [westeurope], timeBetweenFailures: { exponential: { mean: 3d } },
                  timeToRepair: { exponential: { mean: 1h } } }
            """;


    public static final long SECOND = 1_000_000_000L;
    public static final long MINUTE = 60 * SECOND;
    public static final long HOUR = 60 * MINUTE;

    private TestScenarios() {
    }

    public static Distribution constant(long nanos) {
        return new Distribution.Constant(nanos);
    }

    /** One layer with a constant 1 ms service time, probes every 5 s, eject after 2. */
    public static ServiceSpec service(FailoverSpec failover, ReplicationSpec replication) {
        return new ServiceSpec(
                List.of(new LayerSpec("gateway", 3, constant(1_000_000L), Set.of())),
                new HealthProbeSpec(5 * SECOND, 2),
                new ReplicaSpec(3, 2),
                replication,
                failover);
    }

    public static FailoverSpec failover(long detection, long duration, long failbackDelay, long failbackDuration) {
        return new FailoverSpec(constant(detection), constant(duration), constant(failbackDelay),
                constant(failbackDuration));
    }

    public static ReplicationSpec asyncLag(long lagNanos) {
        return new ReplicationSpec(ReplicationMode.ASYNC, constant(lagNanos));
    }

    /** West Europe paired with North Europe, both with the given service. */
    public static List<RegionSpec> pairedRegions(ServiceSpec service) {
        return List.of(
                new RegionSpec("westeurope", "europe", new Location(52.37, 4.90), "northeurope", service),
                new RegionSpec("northeurope", "europe", new Location(53.35, -6.26), "westeurope", service));
    }

    public static VaultSpec vault() {
        return new VaultSpec("kv", "westeurope", KeyProtection.SOFTWARE, null, ReadOnlyAllowed.V2018);
    }

    public static RetrySpec noRetries() {
        return new RetrySpec(0, RetrySpec.Backoff.EXPONENTIAL, 800_000_000L, 8 * SECOND, 0.05, false);
    }

    public static ClientSpec client(String name, double perSecond, Arrivals arrivals, RetrySpec retry,
                                    MixEntry... mix) {
        return new ClientSpec(name, "westeurope", "kv", new Rate(perSecond, SECOND), arrivals, List.of(mix),
                10 * SECOND, retry, ClientSpec.defaultRetryOn());
    }

    public static MixEntry mix(Operation operation, double weight) {
        return new MixEntry(operation, weight);
    }

    public static Scenario scenario(String name, long duration, ServiceSpec service, List<ClientSpec> clients,
                                    List<FaultSpec> faults) {
        return new Scenario(name, "", "test", duration, 1, pairedRegions(service), NetworkSpec.DEFAULT,
                List.of(vault()), clients, faults, ReportSpec.DEFAULT);
    }

    /**
     * The worked example of vault-behaviour.md: 6 h, primary down from 1 h to 3 h, failover
     * 2m/5m/10m/3m, one read and one write a second at constant spacing, no retries.
     */
    public static Scenario workedExample() {
        ServiceSpec service = service(failover(2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 3 * MINUTE), asyncLag(500_000_000L));
        return scenario("worked-example", 6 * HOUR, service,
                List.of(client("reader", 1, Arrivals.CONSTANT, noRetries(), mix(Operation.GetSecret, 1)),
                        client("writer", 1, Arrivals.CONSTANT, noRetries(), mix(Operation.SetSecret, 1))),
                List.of(new RegionOutage("westeurope", HOUR, 2 * HOUR)));
    }
}
