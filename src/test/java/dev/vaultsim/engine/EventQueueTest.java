package dev.vaultsim.engine;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventQueueTest {

    /** What the queue must do, written the obvious way: a sorted set of (time, precedence, sequence). */
    private record Entry(long time, Precedence precedence, long sequence, Event event) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparingLong(Entry::time)
            .thenComparing(Entry::precedence).thenComparingLong(Entry::sequence);

    @Property(tries = 200)
    void eventsLeaveByTimeThenPhaseThenScheduleOrder(@ForAll @LongRange(min = 1) long seed) {
        checkAgainstReference(new EventQueue(16), seed);
    }

    @Property(tries = 200)
    void branchingTopDownSift_keepsTheOrder(@ForAll @LongRange(min = 1) long seed) {
        checkAgainstReference(new EventQueue(16, Long.MAX_VALUE, 0, Integer.MAX_VALUE), seed);
    }

    @Property(tries = 200)
    void bottomUpSift_keepsTheOrder(@ForAll @LongRange(min = 1) long seed) {
        checkAgainstReference(new EventQueue(16, Long.MAX_VALUE, 0, 4), seed);
    }

    /** The heap grows and shrinks across both thresholds, so the three sifts work on one heap. */
    @Property(tries = 200)
    void allThreeSiftsOnOneHeap_keepTheOrder(@ForAll @LongRange(min = 1) long seed) {
        checkAgainstReference(new EventQueue(16, Long.MAX_VALUE, 6, 20), seed);
    }

    @Test
    void refusesANegativeTime() {
        EventQueue queue = new EventQueue();
        assertThatThrownBy(() -> queue.add(-1, Precedence.TRAFFIC, new Tagged(0)))
                .isInstanceOf(IllegalArgumentException.class);
        queue.add(0, Precedence.TRAFFIC, new Tagged(1));
        assertThatThrownBy(() -> queue.replaceTop(-1, Precedence.TRAFFIC, new Tagged(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** An event that can be told apart from every other: a non-capturing lambda is one object. */
    private record Tagged(int id) implements Event {
        @Override
        public void fire(Simulator simulator) {
        }
    }

    @Property(tries = 200)
    void renumberingTheSequenceKeepsTheOrder(@ForAll @LongRange(min = 1) long seed) {
        checkAgainstReference(new EventQueue(16, 300), seed);
    }

    /**
     * Random adds, polls and fused replacements with many ties in time; every event that leaves
     * must be the one the reference says. A replacement puts back the event it removes half of
     * the time, as a handler that schedules itself again does.
     */
    private static void checkAgainstReference(EventQueue queue, long seed) {
        RandomStream random = new RandomStream(seed);
        PriorityQueue<Entry> reference = new PriorityQueue<>(ORDER);
        long sequence = 0;
        long now = 0;
        Precedence[] phases = Precedence.values();
        for (int step = 0; step < 2_000; step++) {
            int action = random.nextInt(3);
            long time = now + random.nextInt(4);
            Precedence precedence = phases[random.nextInt(phases.length)];
            Event event = new Tagged(step);
            if (action == 0 || reference.isEmpty()) {
                queue.add(time, precedence, event);
                reference.add(new Entry(time, precedence, sequence++, event));
            } else if (action == 1) {
                Entry expected = reference.poll();
                assertThat(queue.poll()).isSameAs(expected.event());
                assertThat(queue.lastTime()).isEqualTo(expected.time());
                assertThat(queue.lastPrecedence()).isEqualTo(expected.precedence());
                now = expected.time();
            } else {
                Entry expected = reference.poll();
                assertThat(queue.peekEvent()).isSameAs(expected.event());
                assertThat(queue.peekTime()).isEqualTo(expected.time());
                assertThat(queue.peekPrecedence()).isEqualTo(expected.precedence());
                now = expected.time();
                time = Math.max(time, now);
                if (random.nextInt(2) == 0) {
                    event = expected.event();
                }
                queue.replaceTop(time, precedence, event);
                reference.add(new Entry(time, precedence, sequence++, event));
            }
            assertThat(queue.size()).isEqualTo(reference.size());
        }
        List<Event> drained = new ArrayList<>();
        while (!queue.isEmpty()) {
            drained.add(queue.poll());
        }
        List<Event> expected = new ArrayList<>();
        while (!reference.isEmpty()) {
            expected.add(reference.poll().event());
        }
        assertThat(drained).containsExactlyElementsOf(expected);
    }

    @Property(tries = 20)
    void growsPastItsInitialCapacity(@ForAll @LongRange(min = 1) long seed) {
        EventQueue queue = new EventQueue(16);
        RandomStream random = new RandomStream(seed);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            long time = random.nextInt(100);
            times.add(time);
            queue.add(time, Precedence.TRAFFIC, simulator -> { });
        }
        times.sort(null);
        for (long time : times) {
            queue.poll();
            assertThat(queue.lastTime()).isEqualTo(time);
        }
    }

    @Test
    void moreValuesThanTheirKeyBitsHold_failLoudly() {
        EventQueue.requireFits(4, 2, "precedences");

        assertThatThrownBy(() -> EventQueue.requireFits(5, 2, "precedences"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("5 precedences do not fit in the 2 bits");
    }
}
