package dev.vaultsim.engine;

import java.util.Arrays;

/**
 * The pending event set: a binary min-heap ordered by (time, precedence, sequence), the sequence being
 * given at {@link #add} so that events at the same time and precedence leave first in, first out.
 *
 * <p>Laid out for the cache, since at a million pending events every sift level is a miss. The
 * heap is one {@code long[]} of (time, key) pairs, so an entry's two fields and both children of
 * a node share a cache line; the events themselves sit still in a side array, and the key ends
 * with the index of their slot there. Sifts thus move only primitives: no event object is
 * touched, and a reference is stored (with its GC write barrier) once per event, never per sift
 * level. A key is
 * {@code precedence (2 bits) | sequence (37 bits) | slot (24 bits)} below a clear sign bit: one
 * signed comparison of keys is precedence then sequence, and the slot bits never decide since
 * sequences are unique. When the sequence runs out (after 137 billion events) the pending events
 * are renumbered in order. The class refuses to load if the precedences outgrow their bits.
 *
 * <p>Times are nanoseconds and never negative (a negative one is refused).
 *
 * <p>{@link #replaceTop} fuses the pop of the earliest event with the push of the next one into
 * one sift down, for the run loop's commonest case: a handler that schedules exactly one event.
 */
public final class EventQueue {

    private static final int PRECEDENCE_BITS = 2;
    private static final int SLOT_BITS = 24;
    /** What is left once the sign bit is kept clear, so that a signed comparison orders keys. */
    private static final int SEQUENCE_BITS = Long.SIZE - 1 - PRECEDENCE_BITS - SLOT_BITS;
    private static final int PRECEDENCE_SHIFT = SEQUENCE_BITS + SLOT_BITS;
    private static final long SLOT_MASK = (1L << SLOT_BITS) - 1;
    private static final long PRECEDENCE_MASK = ((1L << PRECEDENCE_BITS) - 1) << PRECEDENCE_SHIFT;
    private static final long SEQUENCE_LIMIT = 1L << SEQUENCE_BITS;
    private static final int MAX_CAPACITY = 1 << SLOT_BITS;
    private static final Precedence[] PRECEDENCES = Precedence.values();

    static {
        requireFits(PRECEDENCES.length, PRECEDENCE_BITS, "precedences");
        // A renumbering gives the pending events the sequences 0…size-1: they must leave room.
        requireFits(MAX_CAPACITY, SEQUENCE_BITS - 1, "pending events");
    }
    /** 512 KiB of 16-byte entries: half a core's 1 MiB L2 (at 70,000 events branches won again). */
    private static final int BRANCH_FREE_UP_TO = 1 << 15;
    /** 4 MiB of 16-byte entries: well past a core's 1 MiB L2 (at 100,000 events top-down still won). */
    private static final int BOTTOM_UP_ABOVE = 1 << 18;

    /** heap[2i] is the time of entry i, heap[2i + 1] its key. */
    private long[] heap;
    private Event[] events;
    /** A stack of free slots in {@code events}. */
    private int[] freeSlots;
    private int freeCount;
    private int size;
    private long nextSequence;
    private final long sequenceLimit;
    private final int branchFreeUpTo;
    private final int bottomUpAbove;
    private long lastTime;
    private long lastKey;

    public EventQueue() {
        this(1024);
    }

    public EventQueue(int initialCapacity) {
        this(initialCapacity, SEQUENCE_LIMIT);
    }

    /** With a small {@code sequenceLimit} (above the most events pending), tests reach the renumbering. */
    EventQueue(int initialCapacity, long sequenceLimit) {
        this(initialCapacity, sequenceLimit, BRANCH_FREE_UP_TO, BOTTOM_UP_ABOVE);
    }

    /** With small thresholds between the three sifts, tests reach each of them on small heaps. */
    EventQueue(int initialCapacity, long sequenceLimit, int branchFreeUpTo, int bottomUpAbove) {
        int capacity = Math.min(MAX_CAPACITY, Math.max(16, initialCapacity));
        this.sequenceLimit = Math.min(sequenceLimit, SEQUENCE_LIMIT);
        this.branchFreeUpTo = branchFreeUpTo;
        this.bottomUpAbove = bottomUpAbove;
        heap = new long[2 * capacity];
        events = new Event[capacity];
        freeSlots = new int[capacity];
        addFreeSlots(0, capacity);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The time of the earliest event; only valid when not empty. */
    public long peekTime() {
        return heap[0];
    }

    /** The precedence of the earliest event; only valid when not empty. */
    public Precedence peekPrecedence() {
        return PRECEDENCES[(int) (heap[1] >>> PRECEDENCE_SHIFT)];
    }

    /** The earliest event, left in place; only valid when not empty. */
    public Event peekEvent() {
        return events[(int) (heap[1] & SLOT_MASK)];
    }

    public void add(long time, Precedence precedence, Event event) {
        requireNotNegative(time);
        if (size == events.length) {
            grow();
        }
        int slot = freeSlots[--freeCount];
        events[slot] = event;
        long key = newKey(precedence, slot);
        siftUp(size++, time, key);
    }

    /** Removes the earliest event and returns it; {@link #lastTime()} and {@link #lastPrecedence()} describe it. */
    public Event poll() {
        int slot = (int) (heap[1] & SLOT_MASK);
        Event top = events[slot];
        events[slot] = null;
        freeSlots[freeCount++] = slot;
        lastTime = heap[0];
        lastKey = heap[1];
        removeRoot();
        return top;
    }

    /**
     * Removes the earliest event and adds {@code event} in one sift: the same queue, and the same
     * sequence numbers, as {@link #poll()} then {@link #add}, for about half the work. Only valid
     * when not empty.
     */
    public void replaceTop(long time, Precedence precedence, Event event) {
        requireNotNegative(time);
        int slot = (int) (heap[1] & SLOT_MASK);
        lastTime = heap[0];
        lastKey = heap[1];
        // A fired event often schedules itself again (a client's next arrival, a probe's next
        // tick), and its slot already holds it. Skipping that store skips G1's card-marking
        // barrier, which is dear here: the array is old and the event is often young. The hold
        // model measured +40 % at 100,000 pending events and +69 % at 1,000,000 (JMH).
        if (events[slot] != event) {
            events[slot] = event;
        }
        // A renumbering in newKey keeps the old top at the root (it is the earliest), so the sift
        // still replaces it.
        long key = newKey(precedence, slot);
        replaceRoot(time, key);
    }

    public long lastTime() {
        return lastTime;
    }

    public Precedence lastPrecedence() {
        return PRECEDENCES[(int) (lastKey >>> PRECEDENCE_SHIFT)];
    }

    /** Fails the class's initialisation, loudly, if {@code count} values do not fit in their key bits. */
    static void requireFits(long count, int bits, String what) {
        if (count > 1L << bits) {
            throw new IllegalStateException(count + " " + what + " do not fit in the " + bits
                    + " bits the event queue's key gives them");
        }
    }

    private static void requireNotNegative(long time) {
        if (time < 0) {
            throw new IllegalArgumentException("negative event time " + time);
        }
    }

    private long newKey(Precedence precedence, int slot) {
        if (nextSequence == sequenceLimit) {
            renumber();
        }
        return ((long) precedence.ordinal() << PRECEDENCE_SHIFT) | (nextSequence++ << SLOT_BITS) | slot;
    }

    private void removeRoot() {
        int last = --size;
        if (last > 0) {
            replaceRoot(heap[2 * last], heap[2 * last + 1]);
        }
    }

    /**
     * Puts (time, key) in the root's place, by one of three sifts chosen by the heap's size
     * against the caches (measured with the hold model). While the heap sits in the L2 cache, a
     * sift without a branch on which child is smaller wins: that branch is a coin toss, and its
     * mispredictions cost more than waiting for each level's load (+15 % at 1,000 and at 10,000
     * events). Beyond that, the loads are slow enough that the branch's speculation, which
     * fetches the next level early when it guesses right, wins again (-3 % at 70,000 without it).
     * Far beyond the L2, the bottom-up sift's fewer compares and branches win (bottom-up -7 % at
     * 10,000 events, -1 to -5 % at 100,000, +6 % at 1,000,000).
     */
    private void replaceRoot(long time, long key) {
        if (size <= branchFreeUpTo) {
            siftDownBranchFree(time, key);
        } else if (size > bottomUpAbove) {
            siftUp(holeToLeaf(), time, key);
        } else {
            siftDown(0, time, key);
        }
    }

    /**
     * A sift down from the root that picks the smaller child by arithmetic, not by a branch:
     * the sign bit of the difference of two times, which cannot overflow since times are not
     * negative. (Correcting it for overflow, for any two longs, cost 15 % at 1,000 events.)
     * Equal times, rare but for ties on purpose, take a branch to compare keys.
     */
    private void siftDownBranchFree(long time, long key) {
        long[] h = heap;
        int n = size;
        int withTwoChildren = (n - 1) >>> 1;
        int hole = 0;
        while (hole < withTwoChildren) {
            int child = 2 * hole + 1;
            long leftTime = h[2 * child];
            long rightTime = h[2 * child + 2];
            long difference = rightTime - leftTime;
            if (difference != 0) {
                child += (int) (difference >>> 63);
            } else if (h[2 * child + 3] < h[2 * child + 1]) {
                child++;
            }
            long childTime = h[2 * child];
            long childKey = h[2 * child + 1];
            if (time < childTime || (time == childTime && key < childKey)) {
                h[2 * hole] = time;
                h[2 * hole + 1] = key;
                return;
            }
            h[2 * hole] = childTime;
            h[2 * hole + 1] = childKey;
            hole = child;
        }
        // A last parent with only a left child, when the size is even.
        int child = 2 * hole + 1;
        if (child < n) {
            long childTime = h[2 * child];
            long childKey = h[2 * child + 1];
            if (childTime < time || (childTime == time && childKey < key)) {
                h[2 * hole] = childTime;
                h[2 * hole + 1] = childKey;
                hole = child;
            }
        }
        h[2 * hole] = time;
        h[2 * hole + 1] = key;
    }

    /**
     * Moves the root's hole down to a leaf along the smaller children and returns the leaf
     * (Floyd's bottom-up sift). An entry put in the heap's place usually belongs near the bottom,
     * so walking down without comparing it, then sifting it up a level or two, saves a compare
     * and an unpredictable branch on every level. Keys are unique, so the heap ends up exactly as
     * with a top-down sift. The choice of the smaller child repeats {@link #siftDown}'s on
     * purpose: a shared helper that returns the child's index (so its entry is read twice) was
     * no faster and measured slower in the hold model.
     */
    private int holeToLeaf() {
        long[] h = heap;
        int n = size;
        int half = n >>> 1;
        int hole = 0;
        while (hole < half) {
            int child = 2 * hole + 1;
            long childTime = h[2 * child];
            long childKey = h[2 * child + 1];
            int right = child + 1;
            if (right < n) {
                long rightTime = h[2 * right];
                long rightKey = h[2 * right + 1];
                if (rightTime < childTime || (rightTime == childTime && rightKey < childKey)) {
                    child = right;
                    childTime = rightTime;
                    childKey = rightKey;
                }
            }
            h[2 * hole] = childTime;
            h[2 * hole + 1] = childKey;
            hole = child;
        }
        return hole;
    }

    private void siftUp(int hole, long time, long key) {
        long[] h = heap;
        while (hole > 0) {
            int parent = (hole - 1) >>> 1;
            long parentTime = h[2 * parent];
            long parentKey = h[2 * parent + 1];
            if (parentTime < time || (parentTime == time && parentKey < key)) {
                break;
            }
            h[2 * hole] = parentTime;
            h[2 * hole + 1] = parentKey;
            hole = parent;
        }
        h[2 * hole] = time;
        h[2 * hole + 1] = key;
    }

    private void siftDown(int hole, long time, long key) {
        long[] h = heap;
        int n = size;
        int half = n >>> 1;
        while (hole < half) {
            int child = 2 * hole + 1;
            long childTime = h[2 * child];
            long childKey = h[2 * child + 1];
            int right = child + 1;
            if (right < n) {
                long rightTime = h[2 * right];
                long rightKey = h[2 * right + 1];
                if (rightTime < childTime || (rightTime == childTime && rightKey < childKey)) {
                    child = right;
                    childTime = rightTime;
                    childKey = rightKey;
                }
            }
            if (time < childTime || (time == childTime && key < childKey)) {
                break;
            }
            h[2 * hole] = childTime;
            h[2 * hole + 1] = childKey;
            hole = child;
        }
        h[2 * hole] = time;
        h[2 * hole + 1] = key;
    }

    /**
     * Gives the pending events the sequences 0, 1, 2… in their current order, so the order is
     * unchanged while the sequence starts again from the bottom. Empties the heap in order (a
     * sorted array is a heap) and keeps the slots where they are.
     */
    private void renumber() {
        int count = size;
        if (count >= sequenceLimit) {
            throw new IllegalStateException(count + " pending events leave no sequence below " + sequenceLimit);
        }
        long[] sorted = new long[heap.length];
        for (int i = 0; i < count; i++) {
            long key = heap[1];
            sorted[2 * i] = heap[0];
            sorted[2 * i + 1] = (key & (PRECEDENCE_MASK | SLOT_MASK)) | ((long) i << SLOT_BITS);
            removeRoot();
        }
        heap = sorted;
        size = count;
        nextSequence = count;
    }

    private void grow() {
        int capacity = events.length;
        if (capacity == MAX_CAPACITY) {
            throw new IllegalStateException("more than " + MAX_CAPACITY + " pending events");
        }
        int grown = Math.min(MAX_CAPACITY, capacity * 2);
        heap = Arrays.copyOf(heap, 2 * grown);
        events = Arrays.copyOf(events, grown);
        freeSlots = Arrays.copyOf(freeSlots, grown);
        addFreeSlots(capacity, grown);
    }

    /** Pushes the slots so that the lowest is handed out first. */
    private void addFreeSlots(int from, int to) {
        for (int slot = to - 1; slot >= from; slot--) {
            freeSlots[freeCount++] = slot;
        }
    }
}
