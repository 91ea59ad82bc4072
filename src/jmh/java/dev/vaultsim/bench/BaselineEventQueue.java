package dev.vaultsim.bench;

import dev.vaultsim.engine.Event;
import dev.vaultsim.engine.Precedence;

import java.util.Arrays;

/**
 * vaultsim's event queue as it was before the work on issue 5 (commit 39c4519), kept here so that
 * one benchmark run measures before and after side by side. Not used by the simulator.
 *
 * <p>The pending event set: a binary min-heap over primitive arrays, ordered by (time, precedence,
 * sequence). Precedence and sequence share one {@code long} key, so the order is total and two
 * comparisons decide it. Sifts move a hole instead of swapping entries.
 */
final class BaselineEventQueue {

    private static final int PRECEDENCE_SHIFT = 61;
    private static final long SEQUENCE_MASK = (1L << PRECEDENCE_SHIFT) - 1;

    private long[] times;
    private long[] keys;
    private Event[] events;
    private int size;
    private long nextSequence;

    BaselineEventQueue() {
        this(1024);
    }

    BaselineEventQueue(int initialCapacity) {
        int capacity = Math.max(16, initialCapacity);
        times = new long[capacity];
        keys = new long[capacity];
        events = new Event[capacity];
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The time of the earliest event; only valid when not empty. */
    public long peekTime() {
        return times[0];
    }

    /** The precedence of the earliest event; only valid when not empty. */
    public Precedence peekPrecedence() {
        return PRECEDENCES[(int) (keys[0] >>> PRECEDENCE_SHIFT)];
    }

    public void add(long time, Precedence precedence, Event event) {
        if (size == times.length) {
            grow();
        }
        long key = ((long) precedence.ordinal() << PRECEDENCE_SHIFT) | (nextSequence++ & SEQUENCE_MASK);
        siftUp(size++, time, key, event);
    }

    /** Removes the earliest event and returns it; {@link #lastTime()} and {@link #lastPrecedence()} describe it. */
    public Event poll() {
        Event top = events[0];
        lastTime = times[0];
        lastKey = keys[0];
        int last = --size;
        if (last > 0) {
            siftDown(0, times[last], keys[last], events[last]);
        }
        events[last] = null;
        return top;
    }

    private long lastTime;
    private long lastKey;

    public long lastTime() {
        return lastTime;
    }

    public Precedence lastPrecedence() {
        return PRECEDENCES[(int) (lastKey >>> PRECEDENCE_SHIFT)];
    }

    private static final Precedence[] PRECEDENCES = Precedence.values();

    private void siftUp(int hole, long time, long key, Event event) {
        while (hole > 0) {
            int parent = (hole - 1) >>> 1;
            long parentTime = times[parent];
            if (parentTime < time || (parentTime == time && keys[parent] < key)) {
                break;
            }
            times[hole] = parentTime;
            keys[hole] = keys[parent];
            events[hole] = events[parent];
            hole = parent;
        }
        times[hole] = time;
        keys[hole] = key;
        events[hole] = event;
    }

    private void siftDown(int hole, long time, long key, Event event) {
        int half = size >>> 1;
        while (hole < half) {
            int child = 2 * hole + 1;
            int right = child + 1;
            if (right < size && (times[right] < times[child]
                    || (times[right] == times[child] && keys[right] < keys[child]))) {
                child = right;
            }
            long childTime = times[child];
            if (time < childTime || (time == childTime && key < keys[child])) {
                break;
            }
            times[hole] = childTime;
            keys[hole] = keys[child];
            events[hole] = events[child];
            hole = child;
        }
        times[hole] = time;
        keys[hole] = key;
        events[hole] = event;
    }

    private void grow() {
        int capacity = times.length * 2;
        times = Arrays.copyOf(times, capacity);
        keys = Arrays.copyOf(keys, capacity);
        events = Arrays.copyOf(events, capacity);
    }
}
