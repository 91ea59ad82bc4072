package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.RandomStreams;

import java.util.List;

/**
 * One throttled client's arrivals counted per throttling window, drawn before the window is
 * simulated (so that every client sharing a limit can see them) and then kept: the window is
 * simulated with that count, in bulk or exactly, never with fresh arrivals (re-drawing only the
 * windows whose count came out high would bias the result). Counts are drawn in window order from
 * one stream per timeline bucket of the window's start ({@code hybrid/client/NAME/windows/B}),
 * however far ahead a planner asks, so that they do not depend on who asks first. Only the windows
 * a planner can still ask for are kept.
 */
final class ClientWindows implements WindowPlanner.Member {

    /** The most windows decided at once (a run of throttle-free windows drawn as one stretch). */
    static final int MAX_RUN = 360;

    /** Something the client's shapes tell about its attempts sent in a span of time. */
    interface SpanTest {
        boolean test(long fromNanos, long toNanos);
    }

    /** The count of a window [start, end), drawn (if at all) from {@code random}, once: its arrivals, or a bound on them. */
    interface WindowCount {
        long count(long startNanos, long endNanos, RandomStream random);
    }

    private final long widthNanos;
    private final long horizonNanos;
    private final long bucketNanos;
    private final WindowCount arrivals;
    private final RandomStreams streams;
    private final String streamPrefix;
    private final SpanTest retries;
    private final SpanTest limited;
    private final int maxAttempts;
    private final List<WindowPlanner> planners;
    private final long[] counts;
    private int maxRun = MAX_RUN;
    /** Windows below this have been drawn; the last {@code counts.length} of them are kept. */
    private long drawnUpTo;
    private RandomStream random;
    private long randomBucket = -1;

    /** The windows of traffic to one vault, retried and reaching its limits where {@code shapes} say. */
    static ClientWindows of(HybridContext context, List<WindowPlanner> planners, WindowCount arrivals,
                            String streamPrefix, ClientShapes shapes) {
        return new ClientWindows(planners, context.horizonNanos(), context.bucketNanos(), arrivals, context.streams(),
                streamPrefix, shapes::mayRetry, shapes::meetsLimit, shapes.maxAttempts());
    }

    ClientWindows(List<WindowPlanner> planners, long horizonNanos, long bucketNanos, WindowCount arrivals,
                  RandomStreams streams, String streamPrefix, SpanTest retries, SpanTest limited,
                  int maxAttempts) {
        this.planners = List.copyOf(planners);
        this.widthNanos = planners.get(0).widthNanos();
        this.horizonNanos = horizonNanos;
        this.bucketNanos = bucketNanos;
        this.arrivals = arrivals;
        this.streams = streams;
        this.streamPrefix = streamPrefix;
        this.retries = retries;
        this.limited = limited;
        this.maxAttempts = maxAttempts;
        long reach = 0;
        for (WindowPlanner planner : planners) {
            reach = Math.max(reach, planner.reachWindows());
            planner.join(this);
        }
        this.counts = new long[(int) (2 * reach + MAX_RUN + 4)];
    }

    /** Runs of its windows hold at most {@code most}: a member whose counts cost more the further ahead they look. */
    ClientWindows runsOf(int most) {
        maxRun = most;
        return this;
    }

    long widthNanos() {
        return widthNanos;
    }

    /** Where window {@code window} ends: its end, or the horizon within it. */
    long end(long window) {
        return Math.min((window + 1) * widthNanos, horizonNanos);
    }

    @Override
    public long arrivals(long window) {
        if (window < 0 || window * widthNanos >= horizonNanos) {
            return 0;
        }
        if (window < drawnUpTo - counts.length) {
            throw new IllegalStateException("window " + window + " is no longer kept (drawn up to " + drawnUpTo + ")");
        }
        while (drawnUpTo <= window) {
            long start = drawnUpTo * widthNanos;
            counts[(int) (drawnUpTo % counts.length)] = arrivals.count(start, end(drawnUpTo), stream(start));
            drawnUpTo++;
        }
        return counts[(int) (window % counts.length)];
    }

    private RandomStream stream(long start) {
        long bucket = start / bucketNanos;
        if (bucket != randomBucket) {
            randomBucket = bucket;
            random = streams.of(streamPrefix + "windows/" + bucket);
        }
        return random;
    }

    /** The arrivals of windows {@code first} to {@code last}. */
    long[] arrivals(long first, long last) {
        long[] run = new long[(int) (last - first + 1)];
        for (long w = first; w <= last; w++) {
            run[(int) (w - first)] = arrivals(w);
        }
        return run;
    }

    /**
     * The throttle-free windows from {@code first} on whose arrivals may be drawn in bulk, as one
     * run: at most {@link #MAX_RUN} (or what a planner allows), never past the horizon; 0 when the first one may not. They can
     * be decided together at the start of the first: in throttle-free windows nothing is refused,
     * so the refusals a later decision would see are those seen now.
     */
    int bulkRun(long first) {
        int most = maxRun;
        for (WindowPlanner planner : planners) {
            most = Math.min(most, planner.maxRun());
        }
        int run = 0;
        while (run < most && (first + run) * widthNanos < horizonNanos && bulk(first + run)) {
            run++;
        }
        return run;
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
        return maxRun;
    }

    /**
     * Whether the arrivals of {@code window} may be drawn in bulk: every window their attempts can
     * reach is throttle-free for each of the client's limits (only their own window when no
     * attempt of theirs can be retried).
     */
    boolean bulk(long window) {
        long start = window * widthNanos;
        boolean retried = maxAttempts > 1 && retries.test(start, start + widthNanos);
        for (WindowPlanner planner : planners) {
            long last = retried ? window + planner.reachWindows() : window;
            if (!planner.throttleFree(window, last)) {
                return false;
            }
        }
        return true;
    }
}
