package dev.vaultsim.simulation.hybrid;

import java.util.Arrays;
import java.util.List;

/**
 * A cached client with Poisson arrivals ({@link HybridCache}) as a member of its vault's
 * throttling windows ({@link WindowPlanner}): only its misses reach the vault, simulated exactly by
 * the exact engine's client, and it bounds them per window before the window is simulated. A miss
 * is an arrival for a key (an operation and an object) without a fresh copy, and copies only ever
 * get younger; so the misses of window {@code w} are at most the misses already seen in it plus,
 * for each key whose copy is not known to be fresh through the window, its arrivals not yet
 * simulated from its copy's expiry (as known now) to the window's end. The cache draws each such
 * key's arrivals ahead to the window's end and keeps them ({@link HybridCache}'s keys simulate the
 * arrivals they drew, never others). The bound only shrinks as time passes (arrivals seen as hits
 * drop out, expiries move later), so the first one given for a window stays a bound. Drawing ahead
 * costs the arrivals of keys that are not fresh a run and a request life ahead, which is why runs
 * of windows that it shares are kept short ({@link #RUN}).
 */
final class CacheWindows implements WindowPlanner.Member {

    /**
     * The most windows a run may hold: the keys' arrivals drawn ahead (and then simulated one by
     * one, as hits) reach about this many windows and a request life past an expiry.
     */
    static final int RUN = 6;

    /** The cache's arrivals that may still miss. */
    interface Lookahead {

        /** The arrivals not yet simulated in [fromNanos, toNanos) for keys whose copy may not be fresh then. */
        long possibleMisses(long fromNanos, long toNanos);
    }

    private final long widthNanos;
    private final long horizonNanos;
    private final Lookahead lookahead;
    private final ClientWindows.SpanTest retries;
    private final ClientWindows.SpanTest limited;
    private final int maxAttempts;
    /** By window modulo their length: the window kept, its misses seen so far, and its bound once given (−1: none). */
    private final long[] windowAt;
    private final long[] misses;
    private final long[] bounds;

    CacheWindows(List<WindowPlanner> planners, long horizonNanos, Lookahead lookahead, ClientWindows.SpanTest retries,
                 ClientWindows.SpanTest limited, int maxAttempts) {
        this.widthNanos = planners.get(0).widthNanos();
        this.horizonNanos = horizonNanos;
        this.lookahead = lookahead;
        this.retries = retries;
        this.limited = limited;
        this.maxAttempts = maxAttempts;
        long reach = 0;
        for (WindowPlanner planner : planners) {
            reach = Math.max(reach, planner.reachWindows());
            planner.join(this);
        }
        int kept = (int) (2 * reach + ClientWindows.MAX_RUN + 4);
        this.windowAt = new long[kept];
        this.misses = new long[kept];
        this.bounds = new long[kept];
        Arrays.fill(windowAt, -1);
    }

    /** A miss went to the vault at {@code nowNanos}. */
    void missed(long nowNanos) {
        misses[slot(nowNanos / widthNanos)]++;
    }

    @Override
    public long arrivals(long window) {
        if (window < 0 || window * widthNanos >= horizonNanos) {
            return 0;
        }
        int slot = slot(window);
        if (bounds[slot] < 0) {
            long start = window * widthNanos;
            bounds[slot] = misses[slot] + lookahead.possibleMisses(start, Math.min(start + widthNanos, horizonNanos));
        }
        return bounds[slot];
    }

    /** The slot of {@code window}, emptied if it held an older window. */
    private int slot(long window) {
        int slot = (int) (window % windowAt.length);
        if (windowAt[slot] != window) {
            if (windowAt[slot] > window) {
                throw new IllegalStateException("window " + window + " is no longer kept");
            }
            windowAt[slot] = window;
            misses[slot] = 0;
            bounds[slot] = -1;
        }
        return slot;
    }

    @Override
    public boolean mayRetry(long fromNanos, long toNanos) {
        return retries.test(fromNanos, toNanos);
    }

    @Override
    public boolean meetsLimit(long fromNanos, long toNanos) {
        return limited.test(fromNanos, toNanos);
    }

    @Override
    public int maxAttempts() {
        return maxAttempts;
    }

    @Override
    public int maxRun() {
        return RUN;
    }
}
