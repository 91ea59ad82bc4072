package dev.vaultsim.engine;

/**
 * Arithmetic on simulated instants ({@code long} nanoseconds) where a sum past the representable
 * range means "never": a fault that outlasts 292 years, a detection of {@code 250y} meant as "do not
 * fail over", a timer armed late in a long run. Such an instant saturates at {@link #NEVER}, which
 * sorts after every real instant, instead of wrapping to a negative time.
 */
public final class Times {

    /** The instant that never comes: events scheduled at it stay behind every other. */
    public static final long NEVER = Long.MAX_VALUE;

    private Times() {
    }

    /** {@code instant + delay} for a non-negative delay, or {@link #NEVER} when that passes the range. */
    public static long saturatingAdd(long instant, long delay) {
        long sum = instant + delay;
        // Overflow only when both are non-negative and the sum wraps below zero.
        return sum < 0 && instant >= 0 && delay >= 0 ? NEVER : sum;
    }
}
