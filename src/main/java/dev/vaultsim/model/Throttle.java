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
    /** By group: when an attempt was last refused, for engines that must know whether refusals are recent. */
    private final long[] lastRefused = new long[GROUPS.length];

    Throttle(LimitsSpec limits) {
        for (LimitGroup group : GROUPS) {
            Rate rate = limits == null ? null : limits.limitFor(group);
            int g = group.ordinal();
            windowNanos[g] = rate == null ? 0 : rate.perNanos();
            limit[g] = rate == null ? 0 : (long) Math.floor(rate.count());
            currentWindow[g] = -1;
            lastRefused[g] = Long.MIN_VALUE;
        }
    }

    /** Whether the group has a limit at all (then attempts of it depend on each other). */
    public boolean limits(LimitGroup group) {
        return windowNanos[group.ordinal()] != 0;
    }

    /** The group's window width (0 without a limit). */
    public long windowNanos(LimitGroup group) {
        return windowNanos[group.ordinal()];
    }

    /** The group's limit: attempts accepted per window. */
    public long limit(LimitGroup group) {
        return limit[group.ordinal()];
    }

    /** When an attempt of the group was last refused, {@link Long#MIN_VALUE} if never. */
    public long lastRefusedNanos(LimitGroup group) {
        return lastRefused[group.ordinal()];
    }

    /**
     * Counts an attempt of the group at {@code now} if the window has room and returns -1;
     * otherwise returns the end of the current window (when a retry may succeed).
     */

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
        lastRefused[g] = now;
        return (window + 1) * width;
    }
}
