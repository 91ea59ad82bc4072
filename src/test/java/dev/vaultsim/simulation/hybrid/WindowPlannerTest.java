package dev.vaultsim.simulation.hybrid;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttling window decision (hybrid-engine.md, "Throttling"): windows of 10 s, a limit of 100,
 * requests that live at most 25 s (so a window's arrivals reach the three windows after it).
 */
class WindowPlannerTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long WIDTH = 10 * SECOND;
    private static final long LIMIT = 100;
    private static final long SPAN = 25 * SECOND;

    /** A client with set arrivals per window, retrying (if at all) in one span of time. */
    private static final class FakeMember implements WindowPlanner.Member {
        final Map<Long, Long> arrivals = new TreeMap<>();
        long retriesFrom = Long.MAX_VALUE;
        long retriesTo = Long.MAX_VALUE;
        long limitlessFrom = Long.MAX_VALUE;
        int maxAttempts = 4;

        FakeMember every(long count, long windows) {
            for (long w = 0; w < windows; w++) {
                arrivals.put(w, count);
            }
            return this;
        }

        @Override
        public long arrivals(long window) {
            return arrivals.getOrDefault(window, 0L);
        }

        @Override
        public boolean mayRetry(long fromNanos, long toNanos) {
            return fromNanos < retriesTo && retriesFrom < toNanos;
        }

        @Override
        public boolean meetsLimit(long fromNanos, long toNanos) {
            return fromNanos < limitlessFrom;
        }

        @Override
        public int maxAttempts() {
            return maxAttempts;
        }
    }

    private long lastRefused = Long.MIN_VALUE;

    private WindowPlanner planner(FakeMember... members) {
        WindowPlanner planner = new WindowPlanner(WIDTH, LIMIT, SPAN, () -> lastRefused);
        for (FakeMember member : members) {
            planner.join(member);
        }
        return planner;
    }

    @Test
    void aWindowUnderTheLimit_isThrottleFree_andOneOverIt_isNot() {
        FakeMember client = new FakeMember().every(60, 10);
        client.arrivals.put(4L, 101L);
        WindowPlanner planner = planner(client);

        assertThat(planner.throttleFree(3, 3)).isTrue();
        assertThat(planner.throttleFree(4, 4)).isFalse();
        assertThat(planner.throttleFree(0, 3)).as("windows 0 to 3").isTrue();
        assertThat(planner.throttleFree(2, 5)).as("windows 2 to 5 hold window 4").isFalse();
    }

    @Test
    void theLimitItself_isStillThrottleFree() {
        assertThat(planner(new FakeMember().every(LIMIT, 3)).throttleFree(1, 1)).isTrue();
    }

    @Test
    void clientsSharingTheLimit_countTogether() {
        FakeMember a = new FakeMember().every(60, 10);
        FakeMember b = new FakeMember().every(30, 10);

        assertThat(planner(a, b).throttleFree(2, 2)).as("90 together").isTrue();
        b.arrivals.put(2L, 41L);
        assertThat(planner(a, b).throttleFree(2, 2)).as("101 together").isFalse();
    }

    @Test
    void theWindowsAfterARefusal_stayExact_forARequestsLife() {
        WindowPlanner planner = planner(new FakeMember().every(10, 20));
        lastRefused = 4 * WIDTH + 3 * SECOND;

        assertThat(planner.throttleFree(5, 5)).as("the window after the refusal").isFalse();
        assertThat(planner.throttleFree(6, 6)).as("17 s after it, a refused request may still retry").isFalse();
        assertThat(planner.throttleFree(7, 7)).as("27 s after it, past the 25 s span").isTrue();
        assertThat(planner.throttleFree(4, 4)).as("the refusal's own window").isFalse();
    }

    @Test
    void whereAClientMayRetry_itsEarlierArrivalsCount_atEveryAttempt() {
        FakeMember client = new FakeMember().every(10, 20);
        assertThat(planner(client).bound(6)).isEqualTo(10);

        client.retriesFrom = 40 * SECOND;
        client.retriesTo = 41 * SECOND;
        // Window 6 (60 s to 70 s) may hold retries of failures from 35 s on: windows 3 to 6, 40
        // arrivals, each with 3 more attempts.
        assertThat(planner(client).bound(6)).isEqualTo(10 + 3 * 40);
        assertThat(planner(client).throttleFree(6, 6)).isFalse();
        assertThat(planner(client).bound(7)).as("70 s is more than a span after 41 s").isEqualTo(10);
        client.maxAttempts = 1;
        assertThat(planner(client).bound(6)).as("without retries").isEqualTo(10);
    }

    @Test
    void aClientWhoseAttemptsCannotReachTheThrottle_countsNothing() {
        FakeMember client = new FakeMember().every(500, 10);
        client.limitlessFrom = 0;

        assertThat(planner(client).throttleFree(0, 9)).isTrue();
    }

    @Test
    void aClientsArrivals_goInBulk_onlyWhereEveryWindowTheirAttemptsReachIsThrottleFree() {
        WindowPlanner planner = new WindowPlanner(WIDTH, LIMIT, SPAN, () -> lastRefused);
        Map<Long, Long> counts = new TreeMap<>();
        for (long w = 0; w < 30; w++) {
            counts.put(w, 50L);
        }
        counts.put(10L, 150L);
        boolean[] retrying = {false};
        ClientWindows client = new ClientWindows(java.util.List.of(planner), 300 * SECOND, 60 * SECOND,
                countsPerWindow(counts), new dev.vaultsim.engine.RandomStreams(1, 0), "test/",
                (from, to) -> retrying[0], (from, to) -> true, 4);

        assertThat(client.bulk(9)).as("a single attempt each: window 9 alone").isTrue();
        assertThat(client.bulk(10)).as("150 arrivals, over the limit").isFalse();
        assertThat(client.bulkRun(0)).as("windows 0 to 9, decided at once").isEqualTo(10);
        assertThat(client.bulkRun(11)).as("windows 11 to 29, the horizon at 300 s").isEqualTo(19);
        assertThat(planner.reachWindows()).isEqualTo(3);
    }

    @Test
    void whereTheClientMayRetry_itsBoundCountsEveryAttemptOfTheWindowsBefore() {
        WindowPlanner planner = new WindowPlanner(WIDTH, LIMIT, SPAN, () -> lastRefused);
        Map<Long, Long> counts = new TreeMap<>();
        for (long w = 0; w < 30; w++) {
            counts.put(w, 20L);
        }
        ClientWindows client = new ClientWindows(java.util.List.of(planner), 300 * SECOND, 60 * SECOND,
                countsPerWindow(counts), new dev.vaultsim.engine.RandomStreams(1, 0), "test/",
                (from, to) -> true, (from, to) -> true, 4);

        assertThat(planner.bound(6)).as("20 + 3 more attempts for each of windows 3 to 6").isEqualTo(20 + 3 * 80);
        assertThat(client.bulk(6)).isFalse();
    }

    @Test
    void whileRetriesAreFew_aWindowBeforeAHotOne_isExactToo() {
        FakeMember other = new FakeMember().every(10, 30);
        other.arrivals.put(10L, 150L);
        WindowPlanner planner = planner(other);
        Map<Long, Long> counts = new TreeMap<>();
        for (long w = 0; w < 30; w++) {
            counts.put(w, 1L);
        }
        ClientWindows client = new ClientWindows(java.util.List.of(planner), 300 * SECOND, 60 * SECOND,
                countsPerWindow(counts), new dev.vaultsim.engine.RandomStreams(1, 0), "test/",
                (from, to) -> true, (from, to) -> true, 2);

        assertThat(client.bulk(6)).as("its retries reach windows 7 to 9 at most").isTrue();
        assertThat(client.bulk(7)).as("its retries may reach window 10, which another client fills").isFalse();
        assertThat(client.bulk(11)).isTrue();
    }

    @Test
    void aCachesBound_isItsMissesSeenPlusItsPossibleMisses_firstGiven_andKeepsRunsShort() {
        WindowPlanner planner = new WindowPlanner(WIDTH, LIMIT, SPAN, () -> lastRefused);
        Map<Long, Long> possible = new TreeMap<>();
        possible.put(3L, 40L);
        CacheWindows cache = new CacheWindows(java.util.List.of(planner), 300 * SECOND, 60 * SECOND,
                new dev.vaultsim.engine.RandomStreams(1, 0), "test/cache/",
                (from, to) -> possible.getOrDefault(from / WIDTH, 0L), (from, to) -> false, (from, to) -> true, 4);
        Map<Long, Long> counts = new TreeMap<>();
        for (long w = 0; w < 30; w++) {
            counts.put(w, 50L);
        }
        ClientWindows client = new ClientWindows(java.util.List.of(planner), 300 * SECOND, 60 * SECOND,
                countsPerWindow(counts), new dev.vaultsim.engine.RandomStreams(1, 0), "test/",
                (from, to) -> false, (from, to) -> true, 4);

        assertThat(planner.bound(3)).as("50 of the client's, 40 keys' arrivals that may miss").isEqualTo(90);
        possible.put(3L, 0L);
        cache.missed(3 * WIDTH + SECOND);
        cache.missed(4 * WIDTH);
        cache.missed(4 * WIDTH + SECOND);
        possible.put(4L, 60L);
        assertThat(planner.bound(4)).as("50, two misses seen, 60 more possible").isEqualTo(112);
        assertThat(client.bulk(4)).isFalse();
        assertThat(client.bulkRun(5)).as("runs as short as the cache asks").isEqualTo(CacheWindows.RUN);
    }

    @Test
    void aCachesBound_keepsTheCountFirstGiven_forEveryLimitItReaches() {
        Map<Long, Long> possible = new TreeMap<>();
        possible.put(3L, 40L);
        WindowPlanner secrets = new WindowPlanner(WIDTH, LIMIT, SPAN, () -> lastRefused);
        WindowPlanner keys = new WindowPlanner(WIDTH, LIMIT, SPAN, () -> lastRefused);
        CacheWindows cache = new CacheWindows(java.util.List.of(secrets, keys), 300 * SECOND, 60 * SECOND,
                new dev.vaultsim.engine.RandomStreams(1, 0), "test/cache/",
                (from, to) -> possible.getOrDefault(from / WIDTH, 0L), (from, to) -> false, (from, to) -> true, 4);

        assertThat(secrets.bound(3)).isEqualTo(40);
        // A key refreshed, one of the 40 seen as a miss: the count given stays a bound, and stays.
        possible.put(3L, 0L);
        cache.missed(3 * WIDTH + SECOND);
        assertThat(keys.bound(3)).as("the count first given").isEqualTo(40);
    }

    /** Arrivals per window as set, whatever the stream. */
    private static ClientWindows.WindowCount countsPerWindow(Map<Long, Long> counts) {
        return (start, end, random) -> counts.getOrDefault(start / WIDTH, 0L);
    }
}
