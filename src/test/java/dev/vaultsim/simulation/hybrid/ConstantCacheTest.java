package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.catalog.Operation;
import dev.vaultsim.record.CacheView;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.ScenarioLoader;
import dev.vaultsim.simulation.Engine;
import dev.vaultsim.simulation.ExactEngine;
import dev.vaultsim.simulation.RunOptions;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A cache with constant arrivals under the hybrid engine ({@link ConstantCache}): its walk over the
 * schedule gives the exact engine's hits and misses, exactly where they follow by arithmetic, and
 * in distribution where objects and uncached reads share the schedule at random.
 */
class ConstantCacheTest {

    private static final String SCENARIO = """
            name: constant-cache
            duration: %s
            regions:
              - { name: westeurope,  geography: europe, location: { lat: 52.37, lon: 4.90 },  pair: northeurope }
              - { name: northeurope, geography: europe, location: { lat: 53.35, lon: -6.26 }, pair: westeurope }
            service:
              layers:
                - { name: gateway, instances: 3, latency: { lognormal: { median: 1ms, p99: 4ms } } }
                - { name: hsm, instances: 2, latency: 2ms, operations: [Sign] }
            vaults: [ { name: kv, region: westeurope } ]
            clients:
              - { name: app, region: westeurope, vault: kv, rate: %s, arrivals: constant, mix: %s,
                  objects: %d, cache: { ttl: %s } }
            """;

    private static Scenario scenario(String duration, String rate, String mix, int objects, String ttl) {
        return ScenarioLoader.loadString("constant-cache.yaml", SCENARIO.formatted(duration, rate, mix, objects, ttl),
                List.of()).scenario();
    }

    private static RunResult run(Engine engine, Scenario scenario, int replication) {
        return engine.replicate(scenario, replication, replication == 0, RunOptions.single()).result();
    }

    private static final Engine HYBRID = new HybridEngine();
    private static final Engine EXACT = new ExactEngine();

    @Test
    void oneKey_ttlOfAHundredGaps_everyHundredAndFirstReadMisses_underBothEngines() {
        // Reads every 100 ms. A miss at t refreshes the copy within milliseconds, fresh until just past
        // t + 10 s: the next 100 reads are hits, the 101st misses. 36,000 reads in an hour: 357 cycles
        // begin (356 whole ones and 44 reads), so 357 misses.
        Scenario scenario = scenario("1h", "10/s", "{ GetSecret: 1 }", 1, "10s");

        for (Engine engine : List.of(EXACT, HYBRID)) {
            RunResult result = run(engine, scenario, 0);
            CacheView cache = result.traffic().clients().cache().get("app");
            assertThat(result.engine().kind()).isEqualTo(engine == HYBRID ? HybridEngine.KIND : "exact");
            assertThat(result.traffic().totals().requests()).isEqualTo(36_000);
            assertThat(cache.misses()).as(result.engine().kind()).isEqualTo(357);
            assertThat(cache.hits()).as(result.engine().kind()).isEqualTo(36_000 - 357);
        }
    }

    @Test
    void severalObjects_andUncachedReads_hitRatioAgreesWithTheExactEngine_andWithTheRenewalArithmetic() {
        // 50 reads a second: GetSecret 70 % and GetKey 10 % of 20 objects each, Sign 20 % uncached.
        // A key's copy covers the next 1,500 arrivals of the schedule (30 s), each asking for the key
        // with its share p (0.035 for a secret, 0.005 for a key), and the first after them misses:
        // hits per miss average 1,500 p, a hit ratio of 1,500 p / (1,500 p + 1).
        Scenario scenario = scenario("20m", "50/s", "{ GetSecret: 70, GetKey: 10, Sign: 20 }", 20, "30s");
        int replications = 12;
        SummaryStatistics exact = new SummaryStatistics();
        SummaryStatistics hybrid = new SummaryStatistics();
        for (int r = 0; r < replications; r++) {
            RunResult exactRun = run(EXACT, scenario, r);
            RunResult hybridRun = run(HYBRID, scenario, r);
            assertThat(hybridRun.engine().kind()).isEqualTo(HybridEngine.KIND);
            assertThat(hybridRun.traffic().totals().requests()).as("every arrival of the schedule, once")
                    .isEqualTo(exactRun.traffic().totals().requests()).isEqualTo(60_000);
            assertThat(hybridRun.traffic().byOperation().get(Operation.Sign).failed()).isZero();
            exact.addValue(hitRatio(exactRun));
            hybrid.addValue(hitRatio(hybridRun));
        }
        double renewal = (0.7 * ratio(1500 * 0.035) + 0.1 * ratio(1500 * 0.005)) / 0.8;
        // The first copies of a run start empty and the last cycles are cut by the horizon: a little
        // below the renewal ratio, under both engines alike.
        assertThat(exact.getMean()).isCloseTo(renewal, within(0.005));
        double standardError = Math.sqrt(exact.getVariance() / replications + hybrid.getVariance() / replications);
        assertThat(Math.abs(hybrid.getMean() - exact.getMean())).as("hybrid %s against exact %s (se %s)",
                hybrid.getMean(), exact.getMean(), standardError).isLessThan(4 * standardError);
    }

    private static double ratio(double hitsPerMiss) {
        return hitsPerMiss / (hitsPerMiss + 1);
    }

    private static double hitRatio(RunResult result) {
        return result.traffic().clients().cache().get("app").hitRatio();
    }
}
