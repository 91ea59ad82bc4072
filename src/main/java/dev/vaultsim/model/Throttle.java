package dev.vaultsim.model;

import dev.vaultsim.catalog.LimitGroup;
import dev.vaultsim.scenario.LimitsSpec;
import dev.vaultsim.scenario.Rate;

/**
 * A vault's throttling limits: fixed windows from time 0, one counter per limit group; only
 * accepted attempts count.
 */
public final class Throttle {

    private static final LimitGroup[] GROUPS = LimitGroup.values();

    private final long[] windowNanos = new long[GROUPS.length];
    private final long[] limit = new long[GROUPS.length];
    private final long[] currentWindow = new long[GROUPS.length];
    private final long[] accepted = new long[GROUPS.length];

    Throttle(LimitsSpec limits) {
        for (LimitGroup group : GROUPS) {
            Rate rate = limits == null ? null : limits.limitFor(group);
            int g = group.ordinal();
            windowNanos[g] = rate == null ? 0 : rate.perNanos();
            limit[g] = rate == null ? 0 : (long) Math.floor(rate.count());
            currentWindow[g] = -1;
        }
    }

    /**
     * Counts an attempt of the group at {@code now} if the window has room and returns -1;
     * otherwise returns the end of the current window (when a retry may succeed).
     */
    /** Whether the group has a limit at all (then attempts of it depend on each other). */
    public boolean limits(LimitGroup group) {
        return windowNanos[group.ordinal()] != 0;
    }

    public long tryAcquire(LimitGroup group, long now) {
        int g = group.ordinal();
        long width = windowNanos[g];
        if (width == 0) {
            return -1;
        }
        long window = now / width;
        if (window != currentWindow[g]) {
            currentWindow[g] = window;
            accepted[g] = 0;
        }
        if (accepted[g] < limit[g]) {
            accepted[g]++;
            return -1;
        }
        return (window + 1) * width;
    }
}
