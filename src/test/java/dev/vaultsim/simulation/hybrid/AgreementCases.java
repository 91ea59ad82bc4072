package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.Durations;
import dev.vaultsim.scenario.FaultSpec;
import dev.vaultsim.scenario.Rate;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.ScenarioLoader;
import dev.vaultsim.testing.SwarmScenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static java.util.Map.entry;

/**
 * The scenarios of the agreement suite: every {@code scenarios/*.yaml} of the library, shortened
 * with {@code --set} overrides so that its faults still fall inside the horizon, and a few
 * scenarios of the swarm's generator with busier clients. A library file missing from
 * {@link #SHORTENED} joins through {@link #byDefault}, so no file escapes the suite.
 */
final class AgreementCases {

    /** One scenario of the suite: where it comes from, how it was shortened and why. */
    record Case(String label, Scenario scenario, List<String> overrides, String why) {
    }

    /** How one library file is shortened: its horizon (times the horizon factor), other overrides, why. */
    record Shortening(String horizon, List<String> overrides, String why) {
    }

    /** Requests per replication the default rule aims at, about a second of the exact engine's work. */
    static final double DEFAULT_REQUESTS = 300_000;
    /** The generated scenarios: how many, from which master seed, their clients this many times busier. */
    static final int GENERATED = 6;
    /** Then this many with what an application may add drawn too ({@link SwarmScenarios#resilientSwarmScenario}). */
    static final int GENERATED_RESILIENT = 4;
    static final long GENERATED_SEED = 20_261_129L;
    static final int GENERATED_RATE_FACTOR = 4;

    /** How the labels of {@link #throttled} cases begin. */
    static final String THROTTLED_LABEL = "throttled: ";
    private static final Path LIBRARY = Path.of("scenarios");
    private static final long MINUTE = 60_000_000_000L;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private static final String RESILIENCE = "the outage 1:30 to 5:30, failover after 2 h (2 m on time),"
            + " failback done by 5:45, an hour's cache";
    private static final String ZONES = "zone 1 lost 1:00 to 3:00 and the return, with the write pause";
    private static final String CACHED = RESILIENCE + "; its constant arrivals kept (the cache's walk over the schedule)";

    /**
     * Per library file: a horizon that still holds its faults and what follows them (failover,
     * failback), and rates that keep a replication to a few hundred thousand requests.
     */
    private static final Map<String, Shortening> SHORTENED = Map.ofEntries(
            shortened("blip-shorter-than-detection.yaml", "45m",
                    "the 90 s blip at 0:30 and the retries that outlive it; its 50/s kept"),
            shortened("component-failure-absorbed.yaml", "2h40m",
                    "all three component faults (0:30, 1:15, 2:00 to 2:30) with their probe windows",
                    "clients[0].rate=20/s", "clients[1].rate=20/s"),
            shortened("paired-region-failover.yaml", "3h30m",
                    "the outage 1:00 to 3:00, failover by 1:07, failback done by 3:13",
                    "clients[0].rate=30/s"),
            shortened("partition-lost-writes.yaml", "2h30m",
                    "the partition at 0:50, the outage 1:00 to 2:00, failback done by 2:13; its 20/s kept"),
            shortened("partition-sync-replication.yaml", "2h30m",
                    "the partition at 0:50, the outage 1:00 to 2:00, failback done by 2:13; its 20/s kept"),
            shortened("reference.yaml", "4h40m",
                    "every fault of the reference: partition 0:50, outage 1:00 to 3:00, HSM 1:30, spike 2:00,"
                            + " replica 4:00 to 4:30",
                    "clients[0].rate=20/s"),
            shortened("region-outage-revision-2025.yaml", "2h",
                    "the 45-minute outage at 1:00 and the hour after; 2025's failover (median 4 h) comes later",
                    "clients[0].rate=40/s"),
            shortened("resilience-cache-1h.yaml", "6h15m", CACHED, "clients[0].rate=5/s"),
            shortened("resilience-no-cache.yaml", "6h15m", RESILIENCE, "clients[0].rate=5/s"),
            shortened("resilience-provider-on-time.yaml", "6h15m", RESILIENCE, "clients[0].rate=5/s"),
            shortened("resilience-second-vault.yaml", "6h15m", RESILIENCE, "clients[0].rate=5/s"),
            shortened("resilience-stale-if-error.yaml", "6h15m", CACHED, "clients[0].rate=5/s"),
            shortened("secondary-fails-while-serving.yaml", "4h30m",
                    "West Europe 1:00 to 4:00, North Europe 1:47 to 2:17 while serving, failback done by 4:13",
                    "clients[0].rate=20/s"),
            shortened("throttled-key-creation.yaml", "20m",
                    "throttling is steady from the start; 1.5 creations/s against 10 per 10 s and 50/s reads kept"),
            shortened("worked-example.yaml", "3h30m",
                    "the outage 1:00 to 3:00 and failback by 3:13; its 10/s + 10/s kept"),
            shortened("year-at-scale.yaml", "30m",
                    "its point is traffic: checkout-api at 400/s, payments at 60/s and batch-signer at 20/s,"
                            + " all above the rate from which the hybrid takes retries over down instances to land"
                            + " at random (about 6/s); failure clocks of hours, not weeks, so that instance and"
                            + " replica faults fall inside the half hour",
                    "clients[0].rate=400/s", "clients[1].rate=60/s", "clients[2].rate=20/s",
                    "stochastic[0].timeBetweenFailures={ exponential: { mean: 1h } }",
                    "stochastic[0].timeToRepair={ lognormal: { median: 5m, p99: 30m } }",
                    "stochastic[1].timeBetweenFailures={ exponential: { mean: 4h } }",
                    "stochastic[1].timeToRepair={ lognormal: { median: 5m, p99: 30m } }",
                    "stochastic[2].timeBetweenFailures={ exponential: { mean: 6h } }",
                    "stochastic[2].timeToRepair={ exponential: { mean: 10m } }"),
            shortened("year-of-random-faults.yaml", "2d",
                    "two days hold about two vault-service instance failures (six instances, one a week each)",
                    "clients[0].rate=4/s"),
            shortened("year-of-random-faults-2-instances.yaml", "2d",
                    "two days hold about one or two vault-service instance failures (four instances)",
                    "clients[0].rate=4/s"),
            shortened("zone-outage-3-zones.yaml", "3h15m", ZONES, "clients[0].rate=25/s"),
            shortened("zone-outage-revision-2025.yaml", "3h15m", ZONES, "clients[0].rate=25/s"));

    private AgreementCases() {
    }

    private static Map.Entry<String, Shortening> shortened(String file, String horizon, String why, String... sets) {
        return entry(file, new Shortening(horizon, List.of(sets), why));
    }

    /**
     * Library files once more with changes that send them down another path of the hybrid engine,
     * renamed so that their figures keep apart from the file's own: resilience-stale-if-error with
     * Poisson arrivals, whose cache is a renewal process per key ({@link HybridCache}) where the
     * file's constant arrivals take the walk over the schedule ({@link ConstantCache}); and client
     * features no library file uses as written (a private endpoint, mirrored writes, on-error),
     * whose paths ({@link SwitchingLane}, the world pass's reconnect windows) must agree too.
     */
    private static final List<Variant> VARIANTS = List.of(
            new Variant("resilience-stale-if-error.yaml", "resilience-stale-if-error-poisson",
                    "Poisson arrivals: each key of the cache a renewal process of its own",
                    List.of("clients[0].arrivals=poisson")),
            new Variant("paired-region-failover.yaml", "paired-region-failover-private-endpoint",
                    "a private endpoint reconnecting for 1 to 20 minutes after the failover (1:07) and the"
                            + " failback (3:13)",
                    List.of("clients[0].privateEndpoint.reconnect={ uniform: { min: 1m, max: 20m } }")),
            new Variant("resilience-second-vault.yaml", "resilience-second-vault-poisson-mirrored",
                    "Poisson arrivals (a lane per operation class, drawn in bulk on its own current vault) and"
                            + " every write mirrored to both vaults",
                    List.of("clients[0].arrivals=poisson", "clients[0].writes=all")),
            new Variant("resilience-second-vault.yaml", "resilience-second-vault-cached",
                    "Poisson arrivals and a 10-minute cache of every read: hits counted on each class's current"
                            + " vault, misses sharing the breakers with the uncached reads' lanes",
                    List.of("clients[0].arrivals=poisson", "clients[0].cache={ ttl: 10m }")),
            new Variant("resilience-second-vault.yaml", "resilience-second-vault-cached-constant",
                    "its constant arrivals kept and a 10-minute cache of every read: the cache's walk over the"
                            + " schedule counts hits on each class's current vault and hands the other reads to"
                            + " the lane",
                    List.of("clients[0].cache={ ttl: 10m }")),
            new Variant("resilience-second-vault.yaml", "resilience-second-vault-on-error-private-endpoint",
                    "on-error instead of the circuit breaker, and a private endpoint on both vaults",
                    List.of("clients[0].switchover={ policy: on-error }",
                            "clients[0].privateEndpoint.reconnect={ uniform: { min: 1m, max: 20m } }")));

    /** A library file run again with {@code overrides} on top of its shortening, as {@code name}. */
    record Variant(String file, String name, String why, List<String> overrides) {
    }

    static int variantCount() {
        return VARIANTS.size();
    }

    /** The {@link #VARIANTS}, shortened as their files are. */
    static List<Case> variants(double horizonFactor) {
        List<Case> cases = new ArrayList<>();
        for (Variant variant : VARIANTS) {
            Path file = LIBRARY.resolve(variant.file());
            Shortening shortening = SHORTENED.get(variant.file());
            Scenario own = ScenarioLoader.load(file).scenario();
            List<String> overrides = new ArrayList<>();
            overrides.add("duration=" + Durations.format(horizon(own, shortening.horizon(), horizonFactor)));
            overrides.addAll(shortening.overrides());
            overrides.addAll(variant.overrides());
            overrides.add("name=" + variant.name());
            cases.add(new Case(file + " (" + variant.name() + ")", ScenarioLoader.load(file, overrides).scenario(),
                    overrides, variant.why()));
        }
        return cases;
    }

    /** Every {@code scenarios/*.yaml} (not {@code scenarios/bench}), in file-name order. */
    static List<Case> library(double horizonFactor) {
        List<Case> cases = new ArrayList<>();
        for (Path file : libraryFiles()) {
            Shortening shortening = SHORTENED.get(file.getFileName().toString());
            Scenario own = ScenarioLoader.load(file).scenario();
            if (shortening == null) {
                shortening = byDefault(own);
            }
            List<String> overrides = new ArrayList<>();
            overrides.add("duration=" + Durations.format(horizon(own, shortening.horizon(), horizonFactor)));
            overrides.addAll(shortening.overrides());
            cases.add(new Case(file.toString(), ScenarioLoader.load(file, overrides).scenario(), overrides,
                    shortening.why()));
        }
        return cases;
    }

    /** The table's file names that are no longer in the library: the table must follow it. */
    static List<String> staleEntries() {
        List<String> names = libraryFiles().stream().map(f -> f.getFileName().toString()).toList();
        return new TreeMap<>(SHORTENED).keySet().stream().filter(name -> !names.contains(name)).toList();
    }

    static List<Path> libraryFiles() {
        try (Stream<Path> files = Files.list(LIBRARY)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The short horizon times the factor, never past the file's own. */
    private static long horizon(Scenario own, String horizon, double factor) {
        double scaled = Durations.parse(horizon) * factor;
        return scaled >= own.durationNanos() ? own.durationNanos() : (long) scaled;
    }

    /**
     * A file the table does not know: half an hour past its last scheduled fault (at least an hour,
     * a day with random faults), and its clients' rates scaled down together to about
     * {@link #DEFAULT_REQUESTS} requests per replication.
     */
    static Shortening byDefault(Scenario own) {
        long horizon = HOUR;
        for (FaultSpec fault : own.faults()) {
            long end = fault.atNanos() + Math.min(fault.durationNanos(), own.durationNanos());
            horizon = Math.max(horizon, Math.min(end, own.durationNanos()) + 30 * MINUTE);
        }
        if (!own.stochastic().isEmpty()) {
            horizon = Math.max(horizon, DAY);
        }
        horizon = Math.min(horizon, own.durationNanos());
        double perSecond = own.clients().stream().mapToDouble(c -> c.rate().perSecond()).sum();
        double scale = Math.min(1, DEFAULT_REQUESTS / (perSecond * horizon / 1e9));
        List<String> overrides = new ArrayList<>();
        if (scale < 1) {
            for (int i = 0; i < own.clients().size(); i++) {
                ClientSpec client = own.clients().get(i);
                overrides.add("clients[" + i + "].rate=" + plain(client.rate().perSecond() * 3600 * scale, 6) + "/h");
            }
        }
        return new Shortening(Durations.format(horizon), overrides,
                "not in the table: the default rule (faults inside, about " + (long) DEFAULT_REQUESTS
                        + " requests per replication)");
    }

    /**
     * Throttled vaults far below their limits most of the time, which reach them in bursts or
     * during a fault: the hybrid draws their quiet windows in bulk and simulates the others, and
     * what they spill into, exactly. Library files with overrides.
     */
    static List<Case> throttled(double horizonFactor) {
        List<Case> cases = new ArrayList<>();
        cases.add(throttledCase("component-failure-absorbed.yaml", "throttled", "2h40m",
                "two clients share one limit of 400 secret operations per 10 s, 360 a window on average:"
                        + " a few windows in a hundred reach it by chance, and the component faults add retries",
                horizonFactor, "vaults[0].limits={ secretOperations: 400/10s }", "clients[0].mix={ GetSecret: 1 }",
                "clients[1].mix={ GetSecret: 80, Decrypt: 20 }", "clients[0].rate=20/s", "clients[1].rate=20/s"));
        cases.add(throttledCase("throttled-key-creation.yaml", "throttled", "1h",
                "7 key creations a window against the HSM's 10, not retried: one window in ten reaches it and"
                        + " refuses some; an HSM instance lost at 0:30, whose retries bring the 50/s of reads near their"
                        + " limit of 2,000 for a while",
                horizonFactor, "clients[0].rate=0.7/s", "clients[0].retry={ maxRetries: 0 }",
                "faults=[{ type: instance-failure, region: eastus, layer: hsm, count: 1, at: 30m, duration: 10m }]"));
        cases.add(throttledCase("component-failure-absorbed.yaml", "throttled-cached", "2h40m",
                "a cached client (Poisson arrivals, 100 secrets kept a minute) shares a limit of 400 secret"
                        + " operations per 10 s with a client sending 360 a window on average, not retried: a few"
                        + " windows in a hundred reach it, and most of those where copies expire together (up to a"
                        + " hundred misses), which the keys' arrivals drawn ahead bound",
                horizonFactor, "vaults[0].limits={ secretOperations: 400/10s }", "clients[0].mix={ GetSecret: 1 }",
                "clients[0].rate=20/s", "clients[0].objects=100", "clients[0].cache={ ttl: 1m }",
                "clients[1].mix={ GetSecret: 1 }", "clients[1].rate=36/s"));
        cases.add(throttledCase("component-failure-absorbed.yaml", "throttled-constant-cache", "2h40m",
                "a cached client with constant arrivals (10/s, GetKey cached, Decrypt not) shares a limit of 400"
                        + " key operations per 10 s with a client sending 310 a window on average: its schedule's 100 a"
                        + " window bound its misses and uncached reads, so a window is throttle-free up to 300 of the"
                        + " other's, and a few in a hundred reach the limit",
                horizonFactor, "vaults[0].limits={ keyOperations: 400/10s }", "clients[0].mix={ GetKey: 50, Decrypt: 50 }",
                "clients[0].rate=10/s", "clients[0].arrivals=constant", "clients[0].objects=20",
                "clients[0].cache={ ttl: 5m }", "clients[1].mix={ Decrypt: 1 }", "clients[1].rate=31/s"));
        cases.add(throttledCase("component-failure-absorbed.yaml", "throttled-second-vault", "2h40m",
                "a client of two vaults (a circuit breaker, reads and writes in two lanes) shares a limit of 400"
                        + " secret operations per 10 s with a client sending 220 a window, not retried, 380 a window"
                        + " together on average: about one window in six reaches it, the breaker moves on after five"
                        + " refused attempts and comes back on a trial; the lanes' arrivals count against the limit"
                        + " wherever they may go",
                horizonFactor, "vaults=[{ name: payments-kv, region: westeurope, limits: { secretOperations: 400/10s } },"
                        + " { name: payments-kv-neu, region: northeurope }]",
                "clients=[{ name: with-retries, vaults: [payments-kv, payments-kv-neu], switchover: { policy:"
                        + " circuit-breaker, failureThreshold: 5, openFor: 30s }, rate: 20/s,"
                        + " mix: { GetSecret: 80, SetSecret: 20 } }, { name: without-retries, vault: payments-kv,"
                        + " rate: 22/s, mix: { GetSecret: 1 }, retry: { maxRetries: 0 } }]"));
        cases.add(throttledCase("component-failure-absorbed.yaml", "throttled-cached-second-vault", "2h40m",
                "a cached client of two vaults (a circuit breaker, Poisson arrivals, 100 secrets kept a minute,"
                        + " ListSecrets not cached) shares a limit of 400 secret operations per 10 s with a client"
                        + " sending 340 a window, not retried: bursts of misses where copies expire together bring"
                        + " windows to the limit, whose refusals move the breaker on; the cache's bound counts"
                        + " against the limits of both vaults, and the lane's against those its misses reach too",
                horizonFactor, "vaults=[{ name: payments-kv, region: westeurope, limits: { secretOperations: 400/10s } },"
                        + " { name: payments-kv-neu, region: northeurope }]",
                "clients=[{ name: with-retries, vaults: [payments-kv, payments-kv-neu], switchover: { policy:"
                        + " circuit-breaker, failureThreshold: 5, openFor: 30s }, rate: 20/s, objects: 100,"
                        + " cache: { ttl: 1m }, mix: { GetSecret: 90, ListSecrets: 10 } }, { name: without-retries,"
                        + " vault: payments-kv, rate: 34/s, mix: { GetSecret: 1 }, retry: { maxRetries: 0 } }]"));
        cases.add(throttledCase("component-failure-absorbed.yaml", "throttled-constant-cache-second-vault", "2h40m",
                "a cached client of two vaults with constant arrivals (a circuit breaker, 10/s, GetKey cached,"
                        + " Decrypt not) shares a limit of 400 key operations per 10 s with a client sending 320 a"
                        + " window, not retried: its schedule's 100 a window count against the limits of both vaults,"
                        + " and its lane, fed by the cache's walk, draws its runs by that count; a few windows in a"
                        + " hundred reach the limit",
                horizonFactor, "vaults=[{ name: payments-kv, region: westeurope, limits: { keyOperations: 400/10s } },"
                        + " { name: payments-kv-neu, region: northeurope }]",
                "clients=[{ name: with-retries, vaults: [payments-kv, payments-kv-neu], switchover: { policy:"
                        + " circuit-breaker, failureThreshold: 5, openFor: 30s }, arrivals: constant, rate: 10/s,"
                        + " objects: 20, cache: { ttl: 5m }, mix: { GetKey: 50, Decrypt: 50 } }, { name: without-retries,"
                        + " vault: payments-kv, rate: 32/s, mix: { Decrypt: 1 }, retry: { maxRetries: 0 } }]"));
        return cases;
    }

    /** A library file with overrides, named after it with {@code suffix} (each case's figures under a name of its own). */
    private static Case throttledCase(String file, String suffix, String horizon, String why, double horizonFactor,
                                      String... sets) {
        Path path = LIBRARY.resolve(file);
        Scenario own = ScenarioLoader.load(path).scenario();
        List<String> overrides = new ArrayList<>();
        overrides.add("name=" + own.name() + "-" + suffix);
        overrides.add("duration=" + Durations.format(horizon(own, horizon, horizonFactor)));
        overrides.addAll(List.of(sets));
        return new Case(THROTTLED_LABEL + path, ScenarioLoader.load(path, overrides).scenario(), overrides, why);
    }

    /**
     * {@link #GENERATED} scenarios of the swarm's generator, seeds drawn from {@link #GENERATED_SEED},
     * their clients {@link #GENERATED_RATE_FACTOR} times busier (4 to 32 requests a second) and the
     * horizon times the factor. Changed on the records, not through YAML: the swarm draws random
     * zone outages with no zone (no unit, nothing happens), which a scenario file may not write.
     */
    static List<Case> generated(double horizonFactor) {
        RandomStream seeds = new RandomStream(GENERATED_SEED);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < GENERATED + GENERATED_RESILIENT; i++) {
            long seed = 1 + seeds.nextInt(1_000_000);
            boolean resilient = i >= GENERATED;
            Scenario drawn = resilient ? SwarmScenarios.resilientSwarmScenario(seed) : SwarmScenarios.swarmScenario(seed);
            long horizon = (long) (drawn.durationNanos() * horizonFactor);
            List<String> changes = new ArrayList<>();
            changes.add("duration=" + Durations.format(horizon));
            List<ClientSpec> clients = new ArrayList<>();
            for (ClientSpec c : drawn.clients()) {
                Rate rate = new Rate(c.rate().count() * GENERATED_RATE_FACTOR, c.rate().perNanos());
                changes.add("clients[" + clients.size() + "].rate=" + plain(rate.perSecond(), 6) + "/s");
                clients.add(new ClientSpec(c.name(), c.region(), c.vault(), rate, c.arrivals(), c.mix(),
                        c.timeoutNanos(), c.retry(), c.retryOn(), c.vaults(), c.objects(), c.cache(), c.switchover(),
                        c.writes(), c.privateEndpoint()));
            }
            Scenario scenario = new Scenario(drawn.name(), drawn.description(), drawn.source(), horizon, drawn.seed(),
                    drawn.regions(), drawn.network(), drawn.vaults(), clients, drawn.faults(), drawn.stochastic(),
                    drawn.report(), drawn.revision(), drawn.engine());
            cases.add(new Case("SwarmScenarios." + (resilient ? "resilientSwarmScenario(" : "swarmScenario(") + seed
                    + ")", scenario, changes, "generated; clients " + GENERATED_RATE_FACTOR + " times busier"
                    + (resilient ? "; second vaults, caches and private endpoints drawn too" : "")));
        }
        return cases;
    }

    /** {@code value} to {@code digits} significant digits, without trailing zeros: 20, 1.5, 0.0333333. */
    private static String plain(double value, int digits) {
        return new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }
}
