package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.RandomStreams;
import dev.vaultsim.record.Recorder;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.ScenarioLoader;
import dev.vaultsim.simulation.ExactEngine;
import dev.vaultsim.simulation.RunOptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Throttled vaults under the hybrid engine: windows that cannot reach their limit are drawn in
 * bulk (the speed-up is the point), the others simulated exactly, and the counts drawn for a
 * window are the ones simulated.
 */
class HybridThrottleTest {

    private static final long WINDOW = 10_000_000_000L;
    /** throttled-day's vault, and a second one in North Europe, both with the documented limits. */
    private static final String TWO_VAULTS = "vaults=[{ name: contoso-kv, region: westeurope, limits: azure },"
            + " { name: contoso-kv-neu, region: northeurope, limits: azure }]";
    private static final String CHECKOUT_OF_TWO_VAULTS = "name: checkout-api, vaults: [contoso-kv, contoso-kv-neu],"
            + " switchover: { policy: circuit-breaker, failureThreshold: 5, openFor: 30s }, rate: 200/s";

    private static RunResult hybrid(String file, List<String> sets, int replication) {
        Scenario scenario = ScenarioLoader.load(Path.of(file), sets).scenario();
        return new HybridEngine().replicate(scenario, replication, true, RunOptions.single()).result();
    }

    @Test
    void farBelowItsLimits_aThrottledVaultsTraffic_isDrawnInBulk() {
        // 300 requests/s against 4,000 per 10 s: every window is throttle-free. One event per piece
        // (a piece per timeline bucket and client): a request simulated exactly costs at least two.
        assertDrawnInBulkWithoutRefusals("", 1000);
    }

    @Test
    void aCachedClientsLimits_arePlanned_soThatItsNeighboursAreDrawnInBulk() {
        // One client caches 50 secrets for an hour (Poisson or constant arrivals), the other reads
        // secrets too: the limits both reach are planned, the cache's misses bounded by its keys'
        // arrivals drawn ahead (or its schedule), and the traffic is drawn in bulk but for the misses.
        for (String arrivals : List.of("poisson", "constant")) {
            assertDrawnInBulkWithoutRefusals(arrivals + ": ", 50, "clients[0].objects=50",
                    "clients[0].cache={ ttl: 1h }", "clients[0].arrivals=" + arrivals,
                    "clients[1].mix={ Sign: 60, GetSecret: 40 }");
        }
    }

    @Test
    void aClientOfTwoVaults_countsAgainstTheLimitsOfBoth_andIsDrawnInBulkBelowThem() {
        // checkout-api reads from two vaults (a circuit breaker), both with the documented limits,
        // the first shared with batch-signer: every limit is planned, and the traffic drawn in bulk.
        assertDrawnInBulkWithoutRefusals("", 200, TWO_VAULTS, "clients[0]={ " + CHECKOUT_OF_TWO_VAULTS
                + ", mix: { GetSecret: 90, Sign: 10 } }");
    }

    @Test
    void aCachedClientOfTwoVaults_countsItsMissesAgainstTheLimitsOfBoth_andIsDrawnInBulkBelowThem() {
        // checkout-api caches 50 secrets for an hour (Poisson or constant arrivals) and reads from two
        // vaults (a circuit breaker), the first shared with batch-signer: the cache's misses (or its
        // schedule) count against the limits of both vaults, and the rest is drawn in bulk.
        for (String arrivals : List.of("poisson", "constant")) {
            assertDrawnInBulkWithoutRefusals(arrivals + ": ", 50, TWO_VAULTS, "clients[0]={ " + CHECKOUT_OF_TWO_VAULTS
                    + ", objects: 50, cache: { ttl: 1h }, arrivals: " + arrivals + ", mix: { GetSecret: 90, Sign: 10 } }",
                    "clients[1].mix={ Sign: 60, GetSecret: 40 }");
        }
    }

    /**
     * Two hours of throttled-day with {@code sets}: over 2 million requests, fewer events than one
     * per {@code requestsPerEvent} of them, and none refused.
     */
    private static void assertDrawnInBulkWithoutRefusals(String what, long requestsPerEvent, String... sets) {
        List<String> overrides = new ArrayList<>(List.of("duration=2h"));
        overrides.addAll(List.of(sets));
        RunResult result = hybrid("scenarios/bench/throttled-day.yaml", overrides, 0);

        long requests = result.traffic().totals().requests();
        assertThat(requests).isGreaterThan(2_000_000);
        assertThat(result.engine().eventsProcessed()).as(what + "events for %,d requests", requests)
                .isLessThan(requests / requestsPerEvent);
        assertThat(result.traffic().failureCauses().get(FailureCause.THROTTLED)).isZero();
    }

    /**
     * A client of two vaults that moves on at every failure (on-error), mirrors its writes to both
     * and sends at constant intervals, beside a client that brings their shared limit within reach
     * in about one window in six: the hybrid refuses as many as the exact engine (its copies, sent
     * after the write's reply, counted a window later too).
     */
    @Test
    void anOnErrorClientMirroringItsWrites_isRefusedAsOnTheExactEngine() {
        assertRefusedAsOnTheExactEngine("duration=40m", "faults=[]",
                        "vaults=[{ name: payments-kv, region: westeurope, limits: { secretOperations: 400/10s,"
                                + " secretCreates: 400/10s } }, { name: payments-kv-neu, region: northeurope,"
                                + " limits: { secretOperations: 400/10s, secretCreates: 400/10s } }]",
                        "clients=[{ name: with-retries, vaults: [payments-kv, payments-kv-neu], switchover: { policy:"
                                + " on-error }, writes: all, arrivals: constant, rate: 10/s,"
                                + " mix: { GetSecret: 50, SetSecret: 50 } }, { name: without-retries, vault: payments-kv,"
                                + " rate: 34/s, mix: { GetSecret: 1 }, retry: { maxRetries: 0 } }]");
    }

    /**
     * A cache whose copies all expire together sends a burst of misses that reaches the limit
     * (100 secrets, 20 requests a second, a minute's copies, beside 360 reads a window of another
     * client against 400): the windows of the burst are bounded by the keys' arrivals and simulated
     * exactly, so the hybrid refuses as many as the exact engine. Without the cache's bound it
     * refused about half as many.
     */
    @Test
    void aCachesBurstOfMisses_isRefusedAsOnTheExactEngine() {
        assertRefusedAsOnTheExactEngine("duration=40m", "vaults[0].limits={ secretOperations: 400/10s }",
                "clients[0].mix={ GetSecret: 1 }", "clients[0].rate=20/s", "clients[0].objects=100",
                "clients[0].cache={ ttl: 1m }", "clients[1].mix={ GetSecret: 1 }", "clients[1].rate=36/s");
    }

    /**
     * component-failure-absorbed with {@code sets}: over 8 replications it refuses more than 100
     * requests for throttling on the exact engine, and the hybrid within a quarter of that.
     */
    private static void assertRefusedAsOnTheExactEngine(String... sets) {
        Scenario scenario = ScenarioLoader.load(Path.of("scenarios/component-failure-absorbed.yaml"), List.of(sets))
                .scenario();
        double[] sums = summed(scenario, 8, HybridThrottleTest::refused);
        assertThat(sums[0]).as("the limit is reached").isGreaterThan(100);
        assertThat(sums[1]).isCloseTo(sums[0], within(0.25 * sums[0]));
    }

    @Test
    void windowsThatReachTheLimit_areSimulatedExactly_andThrottle() {
        RunResult result = hybrid("scenarios/throttled-key-creation.yaml", List.of("duration=20m"), 0);

        assertThat(result.traffic().failureCauses().get(FailureCause.THROTTLED)).isPositive();
        // The reads (50/s against 2,000 per 10 s) in bulk, the creations (15 a window against 10)
        // exactly: about two events per attempt of the 3 % of requests that are creations. Exactly,
        // the reads alone would cost two events each.
        assertThat(result.engine().eventsProcessed()).isLessThan(result.traffic().totals().requests() / 4);
    }

    /**
     * Throttled creations retry at the window's end: a window after a refusal holds those retries,
     * and drawn in bulk it would let them all through (about 74 % of creations succeed instead of
     * 68 %). Over 16 replications the means differ by about 0.4 points of sampling error.
     */
    @Test
    void theWindowsAfterARefusal_areExact_soThatItsRetriesMeetTheLimit() {
        Scenario scenario = ScenarioLoader.load(Path.of("scenarios/throttled-key-creation.yaml"),
                List.of("duration=20m")).scenario();
        int replications = 16;
        double[] sums = summed(scenario, replications, HybridThrottleTest::writeAvailability);
        assertThat(sums[1] / replications).isCloseTo(sums[0] / replications, within(0.02));
    }

    /** A figure summed over replications 0 to {@code replications − 1}: on the exact engine, then on the hybrid. */
    private static double[] summed(Scenario scenario, int replications, ToDoubleFunction<RunResult> figure) {
        double[] sums = new double[2];
        for (int r = 0; r < replications; r++) {
            sums[0] += figure.applyAsDouble(new ExactEngine().replicate(scenario, r, false, RunOptions.single())
                    .result());
            sums[1] += figure.applyAsDouble(new HybridEngine()
                    .replicate(scenario, r, false, RunOptions.single()).result());
        }
        return sums;
    }

    private static double refused(RunResult result) {
        return result.traffic().failureCauses().get(FailureCause.THROTTLED);
    }

    private static double writeAvailability(RunResult result) {
        var writes = result.traffic().byClass().get(dev.vaultsim.catalog.OperationClass.WRITE);
        return (double) writes.succeeded() / writes.requests();
    }

    @Test
    void aWindowsArrivals_areTheCountDrawnForIt_whetherInBulkOrExact() {
        // 0.7 creations a second against 10 a window: about one window in ten is simulated exactly
        // (and some after it), the rest in bulk. Either way a window holds the count drawn for it,
        // so the client's requests are the sum of the counts drawn from its window streams.
        List<String> sets = List.of("duration=30m", "clients[0].rate=0.7/s");
        Scenario scenario = ScenarioLoader.load(Path.of("scenarios/throttled-key-creation.yaml"), sets).scenario();
        long bucketNanos = Recorder.timelineBucketNanos(scenario);
        for (int replication = 0; replication < 3; replication++) {
            RunResult result = hybrid("scenarios/throttled-key-creation.yaml", sets, replication);
            long drawn = drawnInOrder(new RandomStreams(scenario.seed(), replication), scenario.durationNanos(),
                    bucketNanos);
            assertThat(result.traffic().byClient().get("provisioning-job").requests())
                    .as("replication " + replication).isEqualTo(drawn);
            assertThat(result.traffic().failureCauses().get(FailureCause.THROTTLED) > 0
                    || result.engine().eventsProcessed() > 1000).as("some windows simulated exactly").isTrue();
        }
    }

    /** The window counts as the client draws them: in window order, one stream per bucket. */
    private static long drawnInOrder(RandomStreams streams, long horizon, long bucketNanos) {
        long drawn = 0;
        RandomStream random = null;
        long bucket = -1;
        for (long start = 0; start < horizon; start += WINDOW) {
            if (start / bucketNanos != bucket) {
                bucket = start / bucketNanos;
                random = streams.of("hybrid/client/provisioning-job/windows/" + bucket);
            }
            drawn += Poisson.draw(0.7 * WINDOW / 1e9, random);
        }
        return drawn;
    }
}
