package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.model.AttemptShape;

import java.util.Arrays;

/**
 * What one client's attempts meet over time, operation by operation: the world pass's record of
 * every instant at which any of the client's shapes (or its vault's phase) changed. Between two
 * instants every attempt of an operation meets the same shape.
 */
final class ShapeTimeline {

    /** Something about the shape that attempts of operation {@code o} (in mix order) meet. */
    interface ShapeTest {
        boolean test(int o, AttemptShape shape);
    }

    /** The client's operations (its shapes also hold the vault's phase, after them). */
    private final int operations;
    private long[] times = new long[16];
    private AttemptShape[][] shapes = new AttemptShape[16][];
    private int size;

    ShapeTimeline(int operations) {
        this.operations = operations;
    }

    void add(long time, AttemptShape[] atTime) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            shapes = Arrays.copyOf(shapes, size * 2);
        }
        times[size] = time;
        shapes[size] = atTime;
        size++;
    }

    AttemptShape[] last() {
        return size == 0 ? null : shapes[size - 1];
    }

    /** The index of the interval holding {@code time}: the last instant at or before it. */
    int indexAt(long time) {
        int found = Arrays.binarySearch(times, 0, size, time);
        return found >= 0 ? found : Math.max(0, -found - 2);
    }

    /**
     * {@link #indexAt(long)}, looking first at interval {@code hint} and the one after it: a retry
     * mostly lands in the interval of the attempt before it, or the next.
     */
    int indexAt(long time, int hint) {
        for (int i = hint; i <= hint + 1 && i < size; i++) {
            if (times[i] <= time && time < endOf(i)) {
                return i;
            }
        }
        return indexAt(time);
    }

    int size() {
        return size;
    }

    /** When interval {@code index} starts. */
    long startOf(int index) {
        return times[index];
    }

    /** When interval {@code index} ends: the next instant, or {@code Long.MAX_VALUE} after the last. */
    long endOf(int index) {
        return index + 1 < size ? times[index + 1] : Long.MAX_VALUE;
    }

    AttemptShape shape(int index, int operation) {
        return shapes[index][operation];
    }

    /** Whether the shape of some operation in interval {@code index} passes {@code test}. */
    boolean any(int index, ShapeTest test) {
        for (int o = 0; o < operations; o++) {
            if (test.test(o, shapes[index][o])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the shape of some operation passes {@code test} in an interval that meets
     * [from, to): the one holding {@code from}, and those after it that start before {@code to}.
     */
    boolean anyIn(long fromNanos, long toNanos, ShapeTest test) {
        for (int i = indexAt(Math.max(0, fromNanos)); ; i++) {
            if (any(i, test)) {
                return true;
            }
            if (endOf(i) >= toNanos) {
                return false;
            }
        }
    }
}
