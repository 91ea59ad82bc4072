package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.RandomStreams;

import java.util.Arrays;
import java.util.List;

/**
 * A cached client with Poisson arrivals ({@link HybridCache}) as a member of its vault's
 * throttling windows ({@link WindowPlanner}), or with several vaults of every limit of every one
 * of them (its misses go wherever the breakers send them): only its misses reach a vault, simulated
 * exactly by the exact engine's client, and it bounds them per window before the window is
 * simulated. A miss is an arrival for a key (an operation and an object) without a fresh copy, and
 * copies only ever get younger; so the misses of window {@code w} are at most the misses already seen in it plus,
 * for each key whose copy is not known to be fresh through the window, its arrivals not yet
 * simulated from its copy's expiry (as known now) to the window's end. The cache draws each such
 * key's arrivals ahead to the window's end and keeps them ({@link HybridCache}'s keys simulate the
 * arrivals they drew, never others). The bound only shrinks as time passes (arrivals seen as hits
 * drop out, expiries move later), so the one given for a window, kept as a {@link ClientWindows}
 * keeps a drawn count, stays a bound. Drawing ahead costs the arrivals of keys that are not fresh
 * a run and a request life ahead, which is why runs of windows that it shares are kept short
 * ({@link #RUN}).
 */
final class CacheWindows {

    /**
     * The most windows a run may hold: the keys' arrivals drawn ahead (and then simulated one by
     * one, as hits) reach about this many windows and a request life past an expiry.
     */
    static final int RUN = 6;
    /** More misses than any limit allows, and summed over a request life still far from overflowing. */
    static final long FORGOTTEN = Integer.MAX_VALUE;

    /** The cache's arrivals that may still miss. */
    interface Lookahead {

        /** The arrivals not yet simulated in [fromNanos, toNanos) for keys whose copy may not be fresh then. */
        long possibleMisses(long fromNanos, long toNanos);
    }

    private final long widthNanos;
    private final Lookahead lookahead;
    /** By window modulo their length: the window kept and its misses seen so far. */
    private final long[] windowAt;
    private final long[] misses;

    /**
     * Joins {@code planners} with the bound, the cache's misses retried where {@code retries} says
     * and meeting the limits where {@code limited} says.
     */
    CacheWindows(List<WindowPlanner> planners, long horizonNanos, long bucketNanos, RandomStreams streams,
                 String streamPrefix, Lookahead lookahead, ClientWindows.SpanTest retries,
                 ClientWindows.SpanTest limited, int maxAttempts) {
        this.widthNanos = planners.get(0).widthNanos();
        this.lookahead = lookahead;
        long reach = 0;
        for (WindowPlanner planner : planners) {
            reach = Math.max(reach, planner.reachWindows());
        }
        int kept = (int) (2 * reach + ClientWindows.MAX_RUN + 4);
        this.windowAt = new long[kept];
        this.misses = new long[kept];
        Arrays.fill(windowAt, -1);
        new ClientWindows(planners, horizonNanos, bucketNanos, this::bound, streams, streamPrefix, retries, limited,
                maxAttempts).runsOf(RUN);
    }

    /** A miss went to the vault at {@code nowNanos}. */
    void missed(long nowNanos) {
        misses[slot(nowNanos / widthNanos)]++;
    }

    /**
     * The misses of [start, end), one window, as known now: those seen, and those that may still
     * come. Windows are bounded in order, when a planner first asks for one or a later one: after a
     * long stretch of refusals (when planners ask for nothing) a window may come up whose misses
     * are no longer kept; it is older than any window a planner can still ask for, and counted as
     * {@link #FORGOTTEN} so that it could never be thought throttle-free.
     */
    private long bound(long startNanos, long endNanos, RandomStream unused) {
        long window = startNanos / widthNanos;
        int slot = (int) (window % windowAt.length);
        if (windowAt[slot] > window) {
            return FORGOTTEN;
        }
        return misses[slot(window)] + lookahead.possibleMisses(startNanos, endNanos);
    }

    /** The slot of {@code window}, emptied if it held an older window. */
    private int slot(long window) {
        int slot = (int) (window % windowAt.length);
        if (windowAt[slot] != window) {
            windowAt[slot] = window;
            misses[slot] = 0;
        }
        return slot;
    }
}
