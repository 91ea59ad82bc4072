package dev.vaultsim.simulation.hybrid;

import java.util.function.IntPredicate;

/**
 * The runs of consecutive intervals of one timeline that all have a property (for a client of
 * several vaults: every attempt of its operations on that vault succeeds at once), with their
 * start and end. Asked at times that only move forward, it finds each run once.
 */
final class SafeRuns {

    private final ShapeTimeline timeline;
    private final IntPredicate safe;
    /** The last run found, as interval indices: first to last inclusive (empty when first > last). */
    private int first = 0;
    private int last = -1;

    SafeRuns(ShapeTimeline timeline, IntPredicate safe) {
        this.timeline = timeline;
        this.safe = safe;
    }

    /** Whether interval {@code index} has the property. */
    boolean safe(int index) {
        return within(index) || safe.test(index);
    }

    /** When the run holding interval {@code index} (which must be safe) starts. */
    long runStart(int index) {
        find(index);
        return timeline.startOf(first);
    }

    /** When the run holding interval {@code index} (which must be safe) ends: {@code Long.MAX_VALUE} if never. */
    long runEnd(int index) {
        find(index);
        return timeline.endOf(last);
    }

    private boolean within(int index) {
        return first <= index && index <= last;
    }

    private void find(int index) {
        if (within(index)) {
            return;
        }
        first = index;
        while (first > 0 && safe.test(first - 1)) {
            first--;
        }
        last = index;
        while (last + 1 < timeline.size() && safe.test(last + 1)) {
            last++;
        }
    }
}
