package dev.vaultsim.simulation.hybrid;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The throttling windows of one vault's limit group under the hybrid engine (hybrid-engine.md,
 * "Throttling"): the exact throttle's fixed windows ({@code [kW, (k+1)W)} from time 0, one counter
 * per vault and group), and for each the attempts that every client sharing the limit can send in
 * it, from their drawn arrival counts. A window is <i>throttle-free</i> when that bound stays within
 * the limit and no attempt of the group was refused within a request's longest life before it:
 * then no attempt sent in it is refused, whoever sends it, and attempts need not pass the throttle.
 *
 * <p>Why that suffices: an attempt sent in window j belongs to a request that arrived at most a
 * request's life ({@code span}) before the window ends. Such a request sent more than one attempt
 * only after a failure: either a refusal, which the condition on the last refusal excludes, or a
 * cause the client retries, which its shapes must allow somewhere in {@code [jW − span, (j+1)W)}.
 * Only attempts that meet the throttle count, and none does in a window where every shape of a
 * client stops its attempts before the throttle (an unreachable or failing-over vault, read-only
 * mode, a write pause). So the attempts in window j are at most every sharing client's arrivals
 * in window j, plus, for a client that may retry there, {@code maxAttempts − 1} times its arrivals in every window from
 * {@code jW − span} to window j. Within the limit, no attempt of window j is refused (the first
 * refusal would need the limit's worth of attempts before it), and by induction none in the
 * throttle-free windows after it: refusals seen so far stay the only ones. The bound is
 * conservative where clients may retry (it counts every arrival as reaching its last attempt), and
 * a client whose mix spans several limit groups counts all its arrivals against each.
 */
final class WindowPlanner {

    /** A client sharing the limit, as the planner needs it. */
    interface Member {

        /** The client's arrivals in window {@code window} (all its operations), as drawn for it. */
        long arrivals(long window);

        /** Whether an attempt the client sends in {@code [fromNanos, toNanos)} may fail with a cause it retries. */
        boolean mayRetry(long fromNanos, long toNanos);

        /**
         * Whether an attempt the client sends in {@code [fromNanos, toNanos)} may reach the throttle
         * (not while its vault is unreachable, failing over, read-only for it or pausing writes).
         */
        boolean meetsLimit(long fromNanos, long toNanos);

        int maxAttempts();

        /**
         * The most windows a run decided at once may hold while the member shares the limit: a run
         * is decided by bounds up to a request life past its end, and a member whose bounds cost
         * more the further ahead they look (a cache's keys, {@link CacheWindows}) asks for shorter runs.
         */
        default int maxRun() {
            return ClientWindows.MAX_RUN;
        }
    }

    private final long widthNanos;
    private final long limit;
    private final long spanNanos;
    private final LongSupplier lastRefusedNanos;
    private final List<Member> members = new ArrayList<>();
    /** The bounds of the windows last asked, by window modulo their length. */
    private final long[] boundWindows;
    private final double[] bounds;

    /**
     * @param widthNanos       the throttle's window
     * @param limit            attempts accepted per window
     * @param spanNanos        no request lives longer, first attempt to last reply
     * @param lastRefusedNanos when the exact throttle last refused an attempt of the group
     */
    WindowPlanner(long widthNanos, long limit, long spanNanos, LongSupplier lastRefusedNanos) {
        this.widthNanos = widthNanos;
        this.limit = limit;
        this.spanNanos = spanNanos;
        this.lastRefusedNanos = lastRefusedNanos;
        int memo = (int) (2 * reachWindows() + ClientWindows.MAX_RUN + 4);
        this.boundWindows = new long[memo];
        java.util.Arrays.fill(boundWindows, -1);
        this.bounds = new double[memo];
    }

    void join(Member member) {
        members.add(member);
    }

    long widthNanos() {
        return widthNanos;
    }

    /** The most windows a run of throttle-free windows may hold: what its members allow. */
    int maxRun() {
        int most = ClientWindows.MAX_RUN;
        for (Member member : members) {
            most = Math.min(most, member.maxRun());
        }
        return most;
    }

    /** How many windows after its own a request's later attempts can reach. */
    long reachWindows() {
        return spanNanos / widthNanos + 1;
    }

    /**
     * Whether windows {@code from} to {@code to} are all throttle-free, as known at the start of
     * window {@code from} (the refusals seen so far are all there are before it).
     */
    boolean throttleFree(long from, long to) {
        if (lastRefusedNanos.getAsLong() >= from * widthNanos - spanNanos) {
            return false;
        }
        for (long window = from; window <= to; window++) {
            if (bound(window) > limit) {
                return false;
            }
        }
        return true;
    }

    /**
     * At most the attempts sent in {@code window} while no refused request is alive: as a double,
     * so that a huge retry budget cannot wrap it.
     */
    double bound(long window) {
        int slot = (int) (window % boundWindows.length);
        if (boundWindows[slot] == window) {
            return bounds[slot];
        }
        long start = window * widthNanos;
        long firstBack = Math.max(0, Math.floorDiv(start - spanNanos, widthNanos));
        double total = 0;
        for (Member member : members) {
            if (!member.meetsLimit(start, start + widthNanos)) {
                continue;
            }
            total += member.arrivals(window);
            if (member.maxAttempts() > 1 && member.mayRetry(start - spanNanos, start + widthNanos)) {
                long back = 0;
                for (long k = firstBack; k <= window; k++) {
                    back += member.arrivals(k);
                }
                total += (member.maxAttempts() - 1.0) * back;
            }
        }
        boundWindows[slot] = window;
        bounds[slot] = total;
        return total;
    }
}
