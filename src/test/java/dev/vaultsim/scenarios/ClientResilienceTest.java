package dev.vaultsim.scenarios;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.record.CacheView;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.record.VaultUse;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.ScenarioLoader;
import dev.vaultsim.simulation.EngineKind;
import dev.vaultsim.testing.LiveInvariants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Caches, second vaults and private endpoints (client-resilience.md) on stories whose answers
 * follow by arithmetic: one request a second at whole seconds, no retries unless said, a 10 s
 * timeout, replies within milliseconds. The cache's stories hold under both engines: the hybrid's
 * walk over a constant schedule hands every miss to the exact client, and counts hits as they are.
 */
class ClientResilienceTest {

    private static final long SECOND = 1_000_000_000L;

    /** Two paired regions with a 1 ms layer; kv-weu in West Europe, kv-neu in North Europe. */
    private static Scenario scenario(String failover, String client, String faults) {
        String yaml = """
                name: resilience-story
                duration: 3h
                regions:
                  - { name: westeurope,  geography: europe, location: { lat: 52.37, lon: 4.90 },  pair: northeurope }
                  - { name: northeurope, geography: europe, location: { lat: 53.35, lon: -6.26 }, pair: westeurope }
                service:
                  layers:
                    - { name: gateway, instances: 3, latency: 1ms }
                  failover: %s
                vaults:
                  - { name: kv-weu, region: westeurope }
                  - { name: kv-neu, region: northeurope }
                clients:
                  - %s
                faults:
                  - %s
                """.formatted(failover, client, faults);
        return ScenarioLoader.loadString("story.yaml", yaml, List.of()).scenario();
    }

    /** Detection of an hour: no failover happens inside these outages, so only the cache can help. */
    private static final String NO_FAILOVER = "{ detection: 1h, duration: 5m, failbackDelay: 10m, failbackDuration: 3m }";
    private static final String FAILOVER = "{ detection: 2m, duration: 5m, failbackDelay: 10m, failbackDuration: 3m }";

    private static String reader(String extra) {
        return "{ name: app, region: northeurope, vault: kv-weu, rate: 1/s, arrivals: constant,"
                + " mix: { GetSecret: 1 }, retry: { maxRetries: 0 }" + extra + " }";
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void everyCopyExpiresAfterTheOutage_cachedReadsStayAtExactly100Percent(EngineKind engine) {
        // Copies refresh at 0:00:00 and 1:00:01 (the first read an hour old misses); the second is
        // fresh until 2:00:01, after the outage [1:15, 2:00) ends: every read in it is a hit.
        RunResult result = LiveInvariants.check(scenario(NO_FAILOVER, reader(", cache: { ttl: 1h }"),
                "{ type: region-outage, region: westeurope, at: 1h15m, duration: 45m }"), engine);

        assertThat(result.traffic().totals().requests()).isEqualTo(10_800);
        assertThat(result.traffic().totals().failed()).isZero();
        CacheView cache = result.traffic().clients().cache().get("app");
        assertThat(cache.misses()).isEqualTo(3); // 0:00:00, 1:00:01, 2:00:02
        assertThat(cache.hits()).isEqualTo(10_800 - 3);
        assertThat(cache.vaultAvailability()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void copyExpiresMidOutage_losesExactlyTheReadsUntilTheVaultIsBack(EngineKind engine) {
        // The copy of 1:00:01 expires for the read at 2:00:02; the outage [1:30, 2:15) then fails
        // every read from 2:00:02 to 2:14:50: 889 reads, each a miss that reached the vault. The
        // reads of 2:14:51 to 2:14:59 time out after 2:15:00, when the read of 2:15:00 has brought
        // a fresh copy: judged as their last attempt ends, they are served from it (staleness is
        // judged then, so even without staleIfError).
        RunResult result = LiveInvariants.check(scenario(NO_FAILOVER, reader(", cache: { ttl: 1h }"),
                "{ type: region-outage, region: westeurope, at: 1h30m, duration: 45m }"), engine);

        assertThat(result.traffic().totals().failed()).isEqualTo(889);
        assertThat(result.traffic().failureCauses().get(FailureCause.REGION_UNAVAILABLE)).isEqualTo(889);
        CacheView cache = result.traffic().clients().cache().get("app");
        assertThat(cache.servedStale()).isEqualTo(9);
        assertThat(cache.vaultRequests() - cache.vaultSucceeded()).isEqualTo(898);
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void staleIfError_servesThoseReadsFromTheExpiredCopy(EngineKind engine) {
        RunResult result = LiveInvariants.check(scenario(NO_FAILOVER, reader(", cache: { ttl: 1h, staleIfError: 1h }"),
                "{ type: region-outage, region: westeurope, at: 1h30m, duration: 45m }"), engine);

        assertThat(result.traffic().totals().failed()).isZero();
        CacheView cache = result.traffic().clients().cache().get("app");
        assertThat(cache.servedStale()).isEqualTo(898);
        assertThat(cache.vaultRequests() - cache.vaultSucceeded()).isEqualTo(898);
        // A stale answer comes after the failed attempt's 10 s timeout.
        assertThat(result.traffic().totals().latency().maxMillis()).isEqualTo(10_000.0);
    }

    @Test
    void circuitBreaker_switchesAfterThreeFailures_returnsOnTheFirstTrialAfterFailback() {
        // Writes once a second, one retry after exactly 1 s. The outage at 1:00 fails attempts at
        // 1:00:10, :11, :12: the third opens the breaker at 1:00:12 and writes move to kv-neu. Only
        // the write of 1:00:00 is lost: its retry at 1:00:11 still went to kv-weu. Trials every
        // 5 min + 1 s from 1:05:12 meet FAILOVER_IN_PROGRESS or READ_ONLY (retried on kv-neu)
        // until the one at 1:45:20, after failback completed at 1:43:00.
        String writer = "{ name: app, region: northeurope, vaults: [kv-weu, kv-neu], rate: 1/s, arrivals: constant,"
                + " mix: { SetSecret: 1 }, retry: { maxRetries: 1, backoff: fixed, baseDelay: 1s, jitter: 0 },"
                + " switchover: { policy: circuit-breaker, failureThreshold: 3, openFor: 5m } }";
        RunResult result = LiveInvariants.check(scenario(FAILOVER, writer,
                "{ type: region-outage, region: westeurope, at: 1h, duration: 30m }"));

        assertThat(result.traffic().totals().failed()).isEqualTo(1);
        VaultUse use = result.traffic().clients().vaultUse().get("app");
        assertThat(use.switchovers()).containsEntry("write", 2L).containsEntry("read", 0L);
        long onSecond = use.byVault().get("kv-neu").writeNanos();
        // From 1:00:12 to the trial's reply just after 1:45:20.
        assertThat(onSecond).isBetween((6320L - 3612) * SECOND, (6321L - 3612) * SECOND);
        // Writes of 1:00:01 to 1:00:11 (their retries) and of 1:00:12 to 1:45:19 landed on kv-neu.
        assertThat(use.divergentWrites()).isEqualTo(11 + (6320 - 3612));
        assertThat(use.divergentWrites()).isEqualTo(use.byVault().get("kv-neu").succeeded());
    }

    @Test
    void privateEndpoint_losesTheVaultForItsReconnectAfterFailoverAndFailback() {
        // Failover completes at 1:07:00 and failback at 1:43:00; each opens a 4 min window.
        String client = reader(", privateEndpoint: { reconnect: 4m }");
        RunResult result = LiveInvariants.check(scenario(FAILOVER, client,
                "{ type: region-outage, region: westeurope, at: 1h, duration: 30m }"));

        assertThat(result.traffic().failureCauses().get(FailureCause.PRIVATE_ENDPOINT_RECONNECTING)).isEqualTo(480);
        assertThat(result.traffic().failureCauses().get(FailureCause.REGION_UNAVAILABLE)).isEqualTo(120);
        assertThat(result.traffic().failureCauses().get(FailureCause.FAILOVER_IN_PROGRESS)).isEqualTo(300);
        assertThat(result.traffic().byClass().get(OperationClass.READ).failed()).isEqualTo(900);
    }

    @Test
    void onError_movesEachFailedReadToTheSecondVault_atTheCostOfATimeout() {
        // No provider failover inside the outage [1:00, 1:30): each read arriving in it (1800) fails
        // its first attempt on kv-weu after the 10 s timeout, waits 1 s and is answered by kv-neu.
        // on-error keeps no state: the next read starts on kv-weu again, and nothing is lost.
        String client = "{ name: app, region: northeurope, vaults: [kv-weu, kv-neu], rate: 1/s, arrivals: constant,"
                + " mix: { GetSecret: 1 }, retry: { maxRetries: 1, backoff: fixed, baseDelay: 1s, jitter: 0 },"
                + " switchover: { policy: on-error } }";
        RunResult result = LiveInvariants.check(scenario(NO_FAILOVER, client,
                "{ type: region-outage, region: westeurope, at: 1h, duration: 30m }"));

        assertThat(result.traffic().totals().requests()).isEqualTo(10_800);
        assertThat(result.traffic().totals().failed()).isZero();
        VaultUse use = result.traffic().clients().vaultUse().get("app");
        assertThat(use.byVault().get("kv-neu").requests()).isEqualTo(1_800);
        assertThat(use.byVault().get("kv-neu").succeeded()).isEqualTo(1_800);
        assertThat(use.byVault().get("kv-weu").requests()).isEqualTo(10_800 - 1_800);
        assertThat(use.switchovers()).containsEntry("read", 0L).containsEntry("write", 0L);
        assertThat(use.byVault().get("kv-neu").readNanos()).isZero();
        assertThat(use.divergentWrites()).isZero();
        // Timeout, backoff, and a reply within milliseconds.
        assertThat(result.traffic().totals().latency().maxMillis()).isBetween(11_000.0, 11_100.0);
    }

    @Test
    void writesAll_copiesToTheOtherVault_divergentOnlyWhenTheCopyIsRefused() {
        // on-error, outage of kv-weu's region [1:00, 1:30). Each write of t in [1:00:00, 1:29:59]
        // (1800) lands on kv-neu at t + 11 s (timeout, then 1 s backoff). With writes: current each
        // of them diverges. With writes: all the copy to kv-weu leaves at t + 11 s: refused while the
        // region is out, so for t up to 1:29:48 (1789 writes); the copies of 1:29:49 to 1:29:59 (11)
        // arrive after 1:30:00 and are accepted. Copies never change the request's outcome.
        String writer = "{ name: app, region: northeurope, vaults: [kv-weu, kv-neu], rate: 1/s, arrivals: constant,"
                + " mix: { SetSecret: 1 }, retry: { maxRetries: 1, backoff: fixed, baseDelay: 1s, jitter: 0 },"
                + " switchover: { policy: on-error }, writes: %s }";
        String outage = "{ type: region-outage, region: westeurope, at: 1h, duration: 30m }";
        RunResult current = LiveInvariants.check(scenario(NO_FAILOVER, writer.formatted("current"), outage));
        RunResult all = LiveInvariants.check(scenario(NO_FAILOVER, writer.formatted("all"), outage));

        for (RunResult result : List.of(current, all)) {
            assertThat(result.traffic().totals().failed()).isZero();
            assertThat(result.traffic().clients().vaultUse().get("app").byVault().get("kv-neu").succeeded())
                    .isEqualTo(1_800);
            assertThat(result.traffic().totals().latency().maxMillis()).isBetween(11_000.0, 11_100.0);
        }
        assertThat(current.traffic().clients().vaultUse().get("app").divergentWrites()).isEqualTo(1_800);
        assertThat(all.traffic().clients().vaultUse().get("app").divergentWrites()).isEqualTo(1_789);
    }

    @Test
    void writesAll_copyRefusedByTheSecondVault_isADivergentWrite() {
        // The second vault's region is out [1:00, 1:30); writes go to kv-weu and succeed within
        // milliseconds, and their copies to kv-neu leave at once: the 1800 writes of 1:00:00 to
        // 1:29:59 each leave kv-neu behind. No request fails or waits for its copy.
        String writer = "{ name: app, region: westeurope, vaults: [kv-weu, kv-neu], rate: 1/s, arrivals: constant,"
                + " mix: { SetSecret: 1 }, retry: { maxRetries: 0 }, writes: all }";
        RunResult result = LiveInvariants.check(scenario(NO_FAILOVER, writer,
                "{ type: region-outage, region: northeurope, at: 1h, duration: 30m }"));

        assertThat(result.traffic().totals().failed()).isZero();
        VaultUse use = result.traffic().clients().vaultUse().get("app");
        assertThat(use.divergentWrites()).isEqualTo(1_800);
        assertThat(use.byVault().get("kv-weu").succeeded()).isEqualTo(10_800);
        assertThat(result.traffic().totals().latency().maxMillis()).isLessThan(1_000.0);
    }

    @Test
    void coalesce_missesWaitForTheRefreshInFlight_andShareItsOutcome() {
        // As in copyExpiresMidOutage, but with a 2.5 s timeout: the copy of 1:00:01 expires for the
        // read of 2:00:02 (7202 s), inside the outage [1:30, 2:15) = up to 8100 s.
        // Without coalescing every read of 7202..8099 s goes to the vault and fails (898); the
        // reads of 8098 and 8099 s end after the read of 8100 s brought a copy: served stale.
        // With coalescing a refresh occupies 2.5 s: leaders at 7202 + 3k s, the two reads after
        // each wait for it. The last leader in the outage is 8099 s (k = 299), whose reply at
        // 8101.5 s also fails the reads of 8100 and 8101 s that waited for it: 900 reads fail,
        // only 300 reached the vault. The read of 8102 s refreshes the copy for the rest of the run.
        String reader = "{ name: app, region: northeurope, vault: kv-weu, rate: 1/s, arrivals: constant,"
                + " mix: { GetSecret: 1 }, timeout: 2500ms, retry: { maxRetries: 0 }, cache: { ttl: 1h%s } }";
        String outage = "{ type: region-outage, region: westeurope, at: 1h30m, duration: 45m }";
        RunResult alone = LiveInvariants.check(scenario(NO_FAILOVER, reader.formatted(""), outage));
        RunResult coalesced = LiveInvariants.check(scenario(NO_FAILOVER, reader.formatted(", coalesce: true"), outage));

        CacheView aloneCache = alone.traffic().clients().cache().get("app");
        assertThat(alone.traffic().totals().failed()).isEqualTo(896);
        assertThat(aloneCache.servedStale()).isEqualTo(2);
        assertThat(aloneCache.vaultRequests() - aloneCache.vaultSucceeded()).isEqualTo(898);

        CacheView cache = coalesced.traffic().clients().cache().get("app");
        assertThat(coalesced.traffic().totals().failed()).isEqualTo(900);
        assertThat(coalesced.traffic().failureCauses().get(FailureCause.REGION_UNAVAILABLE)).isEqualTo(900);
        assertThat(cache.servedStale()).isZero();
        // 0, 3601 and 8102 s refresh; 7202..8101 s (900) miss, 300 of them as leaders.
        assertThat(cache.misses()).isEqualTo(903);
        assertThat(cache.hits()).isEqualTo(10_800 - 903);
        assertThat(cache.vaultRequests()).isEqualTo(303);
        assertThat(cache.vaultSucceeded()).isEqualTo(3);
    }
}
