package dev.vaultsim.simulation;

import dev.vaultsim.catalog.Operation;
import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.record.FailoverResult;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.scenario.Arrivals;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.Distribution;
import dev.vaultsim.scenario.FailoverSpec;
import dev.vaultsim.scenario.FaultKind;
import dev.vaultsim.scenario.FaultSpec;
import dev.vaultsim.scenario.InstanceFailure;
import dev.vaultsim.scenario.LatencySpike;
import dev.vaultsim.scenario.MixEntry;
import dev.vaultsim.scenario.Partition;
import dev.vaultsim.scenario.Rate;
import dev.vaultsim.scenario.RegionOutage;
import dev.vaultsim.scenario.ReplicaFailure;
import dev.vaultsim.scenario.ReplicationMode;
import dev.vaultsim.scenario.ReplicationSpec;
import dev.vaultsim.scenario.RetrySpec;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.StochasticFaultSpec;
import dev.vaultsim.scenario.VaultSpec;
import dev.vaultsim.testing.LiveInvariants;
import dev.vaultsim.testing.SwarmScenarios;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.vaultsim.testing.TestScenarios.HOUR;
import static dev.vaultsim.testing.TestScenarios.MINUTE;
import static dev.vaultsim.testing.TestScenarios.SECOND;
import static dev.vaultsim.testing.TestScenarios.scenario;
import static dev.vaultsim.testing.TestScenarios.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A small seeded swarm: each seed picks one to three vaults and clients, scheduled and stochastic
 * faults (latency spikes included), timings, retries, limits and replication at random, and
 * checks only the invariants, live. jqwik prints the failing seed; rerun it with
 * {@code SwarmScenarios.swarmScenario(seed)}.
 */
class SwarmTest {

    private static final String[] REGIONS = {"westeurope", "northeurope"};
    private static final FaultKind[] STOCHASTIC_KINDS = FaultKind.values();

    @Property(tries = 40, seed = "20261121")
    void anyScenario_keepsEveryInvariant(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        LiveInvariants.check(SwarmScenarios.swarmScenario(seed));
    }

    /**
     * Valid but extreme values (issue 16): timings of 0 and of 100 to 250 years, faults of 1 ns (and
     * of none, drawn from a repair time of 0 or 1 ns) or past the horizon and the 292-year range,
     * latency spikes of 1000, timeouts of 1 ns and of years, rare clients with no request at all,
     * huge maxRetries, horizons from 1 ns to 290 years. Each runs, keeps the invariants under both
     * engines, and the hybrid's world is the exact one's. The work stays tiny by construction (see
     * {@link #extremeScenario}); the guard catches a hang.
     */
    @Property(tries = 200, seed = "20261216")
    void extremeButValidScenarios_keepTheInvariants(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        Scenario scenario = extremeScenario(seed);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            RunResult exact = LiveInvariants.check(scenario, EngineKind.EXACT);
            RunResult hybrid = LiveInvariants.check(scenario, EngineKind.HYBRID);
            assertSameWorld(exact, hybrid);
        }, () -> "seed " + seed + ": " + scenario);
    }

    /** Faults, time in each state and every failover's times: the same under both engines. */
    static void assertSameWorld(RunResult exact, RunResult hybrid) {
        assertThat(hybrid.history().faults()).as("faults").isEqualTo(exact.history().faults());
        assertThat(hybrid.history().stateNanos()).as("time in state").isEqualTo(exact.history().stateNanos());
        assertThat(hybrid.history().failovers().stream().map(SwarmTest::times).toList()).as("failovers")
                .isEqualTo(exact.history().failovers().stream().map(SwarmTest::times).toList());
    }

    private static String times(FailoverResult f) {
        return f.vault() + " " + f.outageStartNanos() + " " + f.failoverStartNanos() + " " + f.failoverCompleteNanos()
                + " " + f.failbackStartNanos() + " " + f.failbackCompleteNanos() + " " + f.failbackAborts();
    }

    static final long DAY = 24 * HOUR;
    static final long YEAR = 365 * DAY;

    /** Long: 100 to 290 years, rare clients. Short: 1 ns to 1 hour. Storm: huge maxRetries, faults that end. */
    enum Regime { LONG, SHORT, STORM }

    /**
     * One extreme scenario. Its work is bounded by construction: a long run has clients of one
     * request a month to one a decade and random faults years apart; a short one (1 ns to 1 h) at
     * most about a thousand requests, and random faults no more often than every few minutes while
     * requests of up to four attempts of up to a day finish past the horizon; a storm (maxRetries
     * 10⁴ to 10⁶) at most a few hundred requests, timeouts of 10 s, and only faults and failovers
     * that end, so no request makes more attempts than an outage has backoffs.
     */
    static Scenario extremeScenario(long seed) {
        RandomStream random = new RandomStream(seed);
        Regime regime = Regime.values()[random.nextInt(3)];
        long horizon = switch (regime) {
            case LONG -> 100 * YEAR + (long) (random.nextDouble() * 190 * YEAR);
            case SHORT -> new long[] {1, SECOND, MINUTE, HOUR}[random.nextInt(4)];
            case STORM -> new long[] {MINUTE, HOUR}[random.nextInt(2)];
        };
        boolean storm = regime == Regime.STORM;
        FailoverSpec failover = new FailoverSpec(
                new Distribution.Constant(extremeTiming(random, 2 * MINUTE, true)),
                new Distribution.Constant(extremeTiming(random, 5 * MINUTE, !storm)),
                new Distribution.Constant(extremeTiming(random, 10 * MINUTE, true)),
                new Distribution.Constant(extremeTiming(random, 3 * MINUTE, !storm)));
        ReplicationSpec replication = switch (random.nextInt(3)) {
            case 0 -> new ReplicationSpec(ReplicationMode.SYNC, new Distribution.Constant(0));
            case 1 -> new ReplicationSpec(ReplicationMode.ASYNC, new Distribution.Exponential(1 + random.nextInt(2000) * 1_000_000L));
            default -> new ReplicationSpec(ReplicationMode.ASYNC, new Distribution.Constant(regime == Regime.LONG ? 100 * YEAR : DAY));
        };
        List<FaultSpec> faults = new ArrayList<>();
        int faultCount = random.nextInt(5);
        for (int i = 0; i < faultCount; i++) {
            faults.add(extremeFault(random, regime, horizon));
        }
        List<StochasticFaultSpec> stochastic = new ArrayList<>();
        int stochasticCount = storm ? 0 : random.nextInt(3);
        for (int i = 0; i < stochasticCount; i++) {
            stochastic.add(extremeStochasticFault(random, regime, horizon));
        }
        List<VaultSpec> vaults = new ArrayList<>();
        int vaultCount = 1 + random.nextInt(2);
        for (int i = 0; i < vaultCount; i++) {
            vaults.add(SwarmScenarios.randomVault(random, "kv" + i));
        }
        List<ClientSpec> clients = new ArrayList<>();
        int clientCount = 1 + random.nextInt(2);
        for (int i = 0; i < clientCount; i++) {
            clients.add(extremeClient(random, regime, horizon, "extreme" + i, vaults.get(random.nextInt(vaultCount)).name()));
        }
        Scenario base = scenario("extreme-" + seed, horizon, service(failover, replication), clients, faults);
        return new Scenario(base.name(), "", regime.name(), horizon, seed, base.regions(), base.network(),
                vaults, base.clients(), base.faults(), stochastic, base.report());
    }

    /** 0, 1 ns, an ordinary value, or (when allowed) 100 to 250 years. */
    private static long extremeTiming(RandomStream random, long ordinary, boolean yearsAllowed) {
        return switch (random.nextInt(yearsAllowed ? 4 : 3)) {
            case 0 -> 0;
            case 1 -> 1;
            case 2 -> ordinary;
            default -> 100 * YEAR + (long) (random.nextDouble() * 150 * YEAR);
        };
    }

    private static FaultSpec extremeFault(RandomStream random, Regime regime, long horizon) {
        long at;
        long duration;
        if (regime == Regime.STORM) {
            // Faults that end within the horizon: a storm's requests retry only while one lasts.
            at = (long) (random.nextDouble() * horizon / 2);
            duration = random.nextInt(2) == 0 ? 1 : 1 + (long) (random.nextDouble() * (horizon / 2 - 1));
        } else {
            at = switch (random.nextInt(5)) {
                case 0 -> 0;
                case 1 -> horizon - 1;
                case 2 -> horizon + (long) (random.nextDouble() * Math.min(horizon, 290 * YEAR - horizon));
                case 3 -> (long) (random.nextDouble() * 290 * YEAR);
                default -> (long) (random.nextDouble() * horizon);
            };
            duration = switch (random.nextInt(5)) {
                case 0 -> 1;
                case 1 -> 1 + (long) (random.nextDouble() * 40 * MINUTE);
                case 2 -> horizon;
                case 3 -> 250 * YEAR;
                default -> 290 * YEAR;
            };
        }
        String region = random.nextInt(3) == 0 ? "northeurope" : "westeurope";
        return switch (random.nextInt(6)) {
            case 0, 1 -> new RegionOutage(region, at, duration);
            case 2 -> new InstanceFailure(region, "gateway", 1 + random.nextInt(3), at, duration);
            case 3 -> new ReplicaFailure(region, 1 + random.nextInt(3), at, duration);
            case 4 -> new LatencySpike(region, random.nextInt(2) == 0 ? null : "gateway",
                    random.nextInt(2) == 0 ? 1000 : 1 + random.nextInt(50), at, duration);
            default -> new Partition("westeurope", "northeurope", at, duration);
        };
    }

    /**
     * Failures years apart in a long run, minutes to hours apart in a short one; repairs of 0 or
     * 1 ns (faults of no length), of an hour, or of 100 to 250 years.
     */
    private static StochasticFaultSpec extremeStochasticFault(RandomStream random, Regime regime, long horizon) {
        FaultKind kind = STOCHASTIC_KINDS[random.nextInt(STOCHASTIC_KINDS.length)];
        boolean both = kind == FaultKind.PARTITION || random.nextInt(2) == 0;
        List<String> regions = both ? List.of(REGIONS) : List.of(REGIONS[random.nextInt(2)]);
        String layer = kind == FaultKind.INSTANCE_FAILURE || kind == FaultKind.LATENCY_SPIKE ? "gateway" : null;
        double factor = kind == FaultKind.LATENCY_SPIKE ? (random.nextInt(2) == 0 ? 1000 : 1 + random.nextInt(50)) : 1;
        long meanBetween = regime == Regime.LONG
                ? YEAR + (long) (random.nextDouble() * 49 * YEAR)
                : (long) ((0.2 + random.nextDouble() * 2) * Math.max(horizon, 10 * MINUTE));
        Distribution repair = switch (random.nextInt(5)) {
            case 0 -> new Distribution.Uniform(0, 1);
            case 1 -> new Distribution.Empirical(List.of(0L, 1L, 250 * YEAR));
            case 2 -> new Distribution.Exponential(HOUR);
            default -> new Distribution.Constant(100 * YEAR + (long) (random.nextDouble() * 150 * YEAR));
        };
        return new StochasticFaultSpec(kind, regions, false, layer, factor,
                new Distribution.Exponential(meanBetween), repair);
    }

    private static ClientSpec extremeClient(RandomStream random, Regime regime, long horizon, String name, String vault) {
        Rate rate;
        long timeout;
        RetrySpec retry;
        double jitter = random.nextInt(2) == 0 ? 0.05 : random.nextDouble();
        boolean full = random.nextInt(4) == 0;
        switch (regime) {
            case LONG -> {
                // One a month to one a decade, or one a century (the next arrival passes the range).
                rate = new Rate(1, random.nextInt(4) == 0 ? 100 * YEAR + (long) (random.nextDouble() * 50 * YEAR)
                        : 30 * DAY + (long) (random.nextDouble() * 10 * YEAR));
                timeout = new long[] {1, 10 * SECOND, YEAR + (long) (random.nextDouble() * 99 * YEAR)}[random.nextInt(3)];
                long maxDelay = random.nextInt(2) == 0 ? 8 * SECOND : 100 * YEAR;
                retry = new RetrySpec(random.nextInt(4), RetrySpec.Backoff.EXPONENTIAL, 800_000_000L, maxDelay, jitter, full);
            }
            case SHORT -> {
                // One a day (over at most an hour: often none at all), or up to a thousand in the run.
                rate = random.nextInt(3) == 0 ? new Rate(1, DAY)
                        : new Rate(1 + random.nextInt(1000), Math.max(horizon, SECOND));
                timeout = new long[] {1, 10 * SECOND, DAY}[random.nextInt(3)];
                retry = new RetrySpec(random.nextInt(4), RetrySpec.Backoff.EXPONENTIAL, 1 + random.nextInt(1000) * 1_000_000L,
                        8 * SECOND, jitter, full);
            }
            default -> {
                rate = new Rate(1, (10 + random.nextInt(50)) * SECOND);
                timeout = 10 * SECOND;
                retry = new RetrySpec(10_000 + random.nextInt(990_001), RetrySpec.Backoff.EXPONENTIAL,
                        800_000_000L, 8 * SECOND, 0.05, false);
            }
        }
        Operation[] operations = Operation.values();
        List<MixEntry> mix = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            mix.add(new MixEntry(operations[random.nextInt(operations.length)], 1 + random.nextInt(10)));
        }
        Arrivals arrivals = random.nextInt(4) == 0 ? Arrivals.CONSTANT : Arrivals.POISSON;
        return new ClientSpec(name, REGIONS[random.nextInt(2)], vault, rate, arrivals, mix, timeout, retry,
                ClientSpec.defaultRetryOn());
    }
}
