package dev.vaultsim.model;

import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.Times;

import java.util.Arrays;

/**
 * What a vault's primary has committed but its secondary has not yet received, under async
 * replication. Only counts are kept: pending deliveries as (arrival time, writes) pairs, and a
 * backlog that waits while the link between the two regions is down. When the link heals, the
 * whole backlog arrives one sampled lag later.
 */
public final class AsyncReplication {

    private final Sampler lag;
    private final RandomStream random;
    private long[] arrivals = new long[64];
    private long[] writes = new long[64];
    private int size;
    private long backlog;
    private boolean linkUp = true;

    AsyncReplication(Sampler lag, RandomStream random) {
        this.lag = lag;
        this.random = random;
    }

    /** A write committed on the primary at {@code now}. */
    public void committed(long now) {
        if (linkUp) {
            add(Times.saturatingAdd(now, lag.sample(random)), 1, now);
        } else {
            backlog++;
        }
    }

    /**
     * {@code count} writes committed together, far enough before any change of the world that
     * their lag has elapsed before it (an engine that draws traffic in bulk guarantees that): only
     * while the link is down do they matter, as backlog.
     */
    public void committedLongBefore(long count) {
        if (!linkUp) {
            backlog += count;
        }
    }

    /** Writes committed but not on the secondary at {@code now}. */
    public long unreplicated(long now) {
        long count = backlog;
        for (int i = 0; i < size; i++) {
            if (arrivals[i] > now) {
                count += writes[i];
            }
        }
        return count;
    }

    public void linkDown(long now) {
        if (!linkUp) {
            return;
        }
        backlog = unreplicated(now);
        size = 0;
        linkUp = false;
    }

    public void linkUp(long now) {
        if (linkUp) {
            return;
        }
        linkUp = true;
        if (backlog > 0) {
            add(Times.saturatingAdd(now, lag.sample(random)), backlog, now);
            backlog = 0;
        }
    }

    /** The primary's unreplicated writes are given up (the vault failed over without them). */
    public void abandon() {
        size = 0;
        backlog = 0;
    }

    private void add(long arrival, long count, long now) {
        if (size == arrivals.length) {
            compact(now);
        }
        arrivals[size] = arrival;
        writes[size] = count;
        size++;
    }

    /** Drops what has arrived; grows only if most entries are still in flight. */
    private void compact(long now) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (arrivals[i] > now) {
                arrivals[kept] = arrivals[i];
                writes[kept] = writes[i];
                kept++;
            }
        }
        size = kept;
        if (size > arrivals.length / 2) {
            arrivals = Arrays.copyOf(arrivals, arrivals.length * 2);
            writes = Arrays.copyOf(writes, writes.length * 2);
        }
    }
}
