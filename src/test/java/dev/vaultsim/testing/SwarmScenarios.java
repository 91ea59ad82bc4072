package dev.vaultsim.testing;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.KeyProtection;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.ReadOnlyAllowed;
import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.scenario.Arrivals;
import dev.vaultsim.scenario.CacheSpec;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.Distribution;
import dev.vaultsim.scenario.FailoverSpec;
import dev.vaultsim.scenario.FaultKind;
import dev.vaultsim.scenario.FaultSpec;
import dev.vaultsim.scenario.InstanceFailure;
import dev.vaultsim.scenario.LatencySpike;
import dev.vaultsim.scenario.LimitsSpec;
import dev.vaultsim.scenario.MixEntry;
import dev.vaultsim.scenario.Partition;
import dev.vaultsim.scenario.PrivateEndpointSpec;
import dev.vaultsim.scenario.RegionOutage;
import dev.vaultsim.scenario.ReplicaFailure;
import dev.vaultsim.scenario.ReplicationMode;
import dev.vaultsim.scenario.ReplicationSpec;
import dev.vaultsim.scenario.RetrySpec;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.StochasticFaultSpec;
import dev.vaultsim.scenario.SwitchoverSpec;
import dev.vaultsim.scenario.VaultSpec;
import dev.vaultsim.scenario.WriteMode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static dev.vaultsim.testing.TestScenarios.HOUR;
import static dev.vaultsim.testing.TestScenarios.MINUTE;
import static dev.vaultsim.testing.TestScenarios.SECOND;
import static dev.vaultsim.testing.TestScenarios.client;
import static dev.vaultsim.testing.TestScenarios.scenario;
import static dev.vaultsim.testing.TestScenarios.service;

/**
 * Random valid scenarios drawn from a seed: the swarm's generator, shared by {@code SwarmTest}
 * (invariants) and {@code EngineAgreementTest} (the two engines side by side). The same seed gives
 * the same scenario, record for record.
 */
public final class SwarmScenarios {

    private static final String[] REGIONS = {"westeurope", "northeurope"};
    private static final FaultKind[] STOCHASTIC_KINDS = FaultKind.values();

    private SwarmScenarios() {
    }

    /**
     * The swarm's scenario for {@code seed}: two hours, one to three vaults and clients (one to eight
     * requests a second, Poisson or constant), up to seven scheduled and two stochastic faults.
     */
    public static Scenario swarmScenario(long seed) {
        RandomStream random = new RandomStream(seed);
        long horizon = 2 * HOUR;
        FailoverSpec failover = new FailoverSpec(
                pick(random, 0, 5 * MINUTE), pick(random, 0, 10 * MINUTE),
                pick(random, 0, 15 * MINUTE), pick(random, 0, 5 * MINUTE));
        ReplicationSpec replication = random.nextInt(2) == 0
                ? new ReplicationSpec(ReplicationMode.SYNC, new Distribution.Constant(0))
                : new ReplicationSpec(ReplicationMode.ASYNC, new Distribution.Exponential(1 + random.nextInt(2000) * 1_000_000L));
        List<FaultSpec> faults = new ArrayList<>();
        int faultCount = random.nextInt(8);
        for (int i = 0; i < faultCount; i++) {
            faults.add(randomFault(random, horizon));
        }
        List<StochasticFaultSpec> stochastic = new ArrayList<>();
        int stochasticCount = random.nextInt(3);
        for (int i = 0; i < stochasticCount; i++) {
            stochastic.add(randomStochasticFault(random));
        }
        List<VaultSpec> vaults = new ArrayList<>();
        int vaultCount = 1 + random.nextInt(3);
        for (int i = 0; i < vaultCount; i++) {
            vaults.add(randomVault(random, "kv" + i));
        }
        List<ClientSpec> clients = new ArrayList<>();
        int clientCount = 1 + random.nextInt(3);
        for (int i = 0; i < clientCount; i++) {
            clients.add(randomClient(random, "swarm" + i, vaults.get(random.nextInt(vaultCount)).name()));
        }
        Scenario base = scenario("swarm-" + seed, horizon, service(failover, replication), clients, faults);
        return new Scenario(base.name(), "", "swarm", horizon, seed, base.regions(), base.network(),
                vaults, base.clients(), base.faults(), stochastic, base.report());
    }

    /**
     * The swarm's scenario for {@code seed}, its clients given what an application may add
     * (client-resilience.md), drawn from a stream of their own so that the base scenario is the
     * same: a second vault, or a second and a third (circuit breaker or on-error, writes to the
     * current vault or to all) where the scenario has them, a cache (1 to 30 minutes, maybe stale-if-error and coalescing,
     * over up to 50 objects), a private endpoint (reconnecting for 1 to 10 minutes).
     */
    public static Scenario resilientSwarmScenario(long seed) {
        Scenario base = swarmScenario(seed);
        RandomStream random = new RandomStream(seed ^ 0x5EED_C0FFEEL);
        List<ClientSpec> clients = new ArrayList<>();
        for (ClientSpec c : base.clients()) {
            List<String> vaults = new ArrayList<>(List.of(c.vault()));
            SwitchoverSpec switchover = null;
            WriteMode writes = WriteMode.CURRENT;
            List<String> others = base.vaults().stream().map(VaultSpec::name).filter(v -> !v.equals(c.vault())).toList();
            if (!others.isEmpty() && random.nextInt(2) == 0) {
                // One more vault, or with three in the scenario sometimes both (a breaker that moves on twice).
                int first = random.nextInt(others.size());
                vaults.add(others.get(first));
                if (others.size() > 1 && random.nextInt(2) == 0) {
                    vaults.add(others.get(1 - first));
                }
                SwitchoverSpec.Policy policy = random.nextInt(3) == 0 ? SwitchoverSpec.Policy.ON_ERROR
                        : SwitchoverSpec.Policy.CIRCUIT_BREAKER;
                switchover = new SwitchoverSpec(policy, 1 + random.nextInt(5), (10 + random.nextInt(50)) * SECOND,
                        SwitchoverSpec.defaultOn());
                writes = random.nextInt(2) == 0 ? WriteMode.CURRENT : WriteMode.ALL;
            }
            CacheSpec cache = random.nextInt(3) != 0 ? null : new CacheSpec(CacheSpec.defaultOperations(),
                    (1 + random.nextInt(30)) * MINUTE, random.nextInt(2) == 0 ? 0 : 10 * MINUTE, random.nextInt(2) == 0);
            int objects = cache == null ? 1 : 1 + random.nextInt(50);
            PrivateEndpointSpec privateEndpoint = random.nextInt(4) != 0 ? null
                    : new PrivateEndpointSpec(new Distribution.Uniform(MINUTE, 10 * MINUTE));
            Set<FailureCause> retryOn = EnumSet.copyOf(c.retryOn());
            if (privateEndpoint != null) {
                retryOn.add(FailureCause.PRIVATE_ENDPOINT_RECONNECTING);
            }
            clients.add(new ClientSpec(c.name(), c.region(), c.vault(), c.rate(), c.arrivals(), c.mix(),
                    c.timeoutNanos(), c.retry(), retryOn, vaults, objects, cache, switchover, writes, privateEndpoint));
        }
        return new Scenario("resilient-" + base.name(), "", "swarm", base.durationNanos(), seed, base.regions(),
                base.network(), base.vaults(), clients, base.faults(), base.stochastic(), base.report());
    }

    /** A vault in either region, software or HSM, with or without Azure limits, any read-only list. */
    public static VaultSpec randomVault(RandomStream random, String name) {
        ReadOnlyAllowed[] lists = {ReadOnlyAllowed.V2018, ReadOnlyAllowed.V2020, ReadOnlyAllowed.V2023};
        KeyProtection protection = random.nextInt(2) == 0 ? KeyProtection.SOFTWARE : KeyProtection.HSM;
        return new VaultSpec(name, REGIONS[random.nextInt(2)], protection,
                random.nextInt(2) == 0 ? null : LimitsSpec.azure(protection), lists[random.nextInt(3)]);
    }

    /** Up to 8 requests a second, so that forty runs of up to three clients for two hours take seconds. */
    private static ClientSpec randomClient(RandomStream random, String name, String vault) {
        RetrySpec retry = new RetrySpec(random.nextInt(4), RetrySpec.Backoff.EXPONENTIAL,
                (1 + random.nextInt(1000)) * 1_000_000L, 8 * SECOND, random.nextDouble() * 0.5, random.nextInt(4) == 0);
        Operation[] operations = Operation.values();
        List<MixEntry> mix = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(5); i++) {
            mix.add(new MixEntry(operations[random.nextInt(operations.length)], 1 + random.nextInt(10)));
        }
        ClientSpec shape = client(name, 1 + random.nextInt(8),
                random.nextInt(2) == 0 ? Arrivals.POISSON : Arrivals.CONSTANT, retry, mix.toArray(MixEntry[]::new));
        return new ClientSpec(name, REGIONS[random.nextInt(2)], vault, shape.rate(), shape.arrivals(), shape.mix(),
                shape.timeoutNanos(), retry, shape.retryOn());
    }

    private static Distribution pick(RandomStream random, long min, long max) {
        return new Distribution.Uniform(min, min + (long) (random.nextDouble() * (max - min)));
    }

    private static FaultSpec randomFault(RandomStream random, long horizon) {
        long at = (long) (random.nextDouble() * horizon);
        long duration = 1 + (long) (random.nextDouble() * 40 * MINUTE);
        String region = random.nextInt(3) == 0 ? "northeurope" : "westeurope";
        return switch (random.nextInt(6)) {
            case 0, 1 -> new RegionOutage(region, at, duration);
            case 2 -> new InstanceFailure(region, "gateway", 1 + random.nextInt(3), at, duration);
            case 3 -> new ReplicaFailure(region, 1 + random.nextInt(3), at, duration);
            case 4 -> new LatencySpike(region, random.nextInt(2) == 0 ? null : "gateway",
                    1 + random.nextInt(50), at, duration);
            default -> new Partition("westeurope", "northeurope", at, duration);
        };
    }

    /** Failures every half hour to two hours per unit, repaired in up to 20 minutes. */
    private static StochasticFaultSpec randomStochasticFault(RandomStream random) {
        FaultKind kind = STOCHASTIC_KINDS[random.nextInt(STOCHASTIC_KINDS.length)];
        boolean both = kind == FaultKind.PARTITION || random.nextInt(2) == 0;
        List<String> regions = both ? List.of(REGIONS) : List.of(REGIONS[random.nextInt(2)]);
        String layer = kind == FaultKind.INSTANCE_FAILURE || kind == FaultKind.LATENCY_SPIKE ? "gateway" : null;
        double factor = kind == FaultKind.LATENCY_SPIKE ? 1 + random.nextInt(50) : 1;
        return new StochasticFaultSpec(kind, regions, false, layer, factor,
                new Distribution.Exponential(30 * MINUTE + random.nextInt(90) * MINUTE),
                new Distribution.Exponential(1 + random.nextInt(20) * MINUTE));
    }
}
