package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.model.AttemptShape;

import java.util.Arrays;

/**
 * What one client's attempts meet over time, operation by operation: the world pass's record of
 * every instant at which any of the client's shapes (or its vault's phase) changed. Between two
 * instants every attempt of an operation meets the same shape.
 */
final class ShapeTimeline {

    private long[] times = new long[16];
    private AttemptShape[][] shapes = new AttemptShape[16][];
    private int size;

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

    AttemptShape[] shapes(int index) {
        return shapes[index];
    }
}
