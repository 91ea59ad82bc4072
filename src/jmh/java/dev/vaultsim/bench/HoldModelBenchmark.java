package dev.vaultsim.bench;

import dev.vaultsim.engine.Event;
import dev.vaultsim.engine.EventQueue;
import dev.vaultsim.engine.Precedence;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The classic hold model of event-set benchmarks: the set holds {@code size} events at
 * exponentially distributed times; one operation removes the earliest event, advances the clock to
 * it and schedules one new event at clock + Exp(1). The set's size never changes, so the figure is
 * the cost of one pop and one push at that size.
 *
 * <p>Exp(1) increments (in nanoseconds, mean one second) are drawn once into a large array and
 * cycled, so the random number generator does not dominate. Neither side allocates per operation:
 * the popped event object is the one pushed back, as a kernel that reuses its events would do.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@State(Scope.Thread)
public class HoldModelBenchmark {

    private static final int INCREMENTS = 1 << 20;
    private static final double MEAN_NANOS = 1e9;

    @Param({"1000", "10000", "100000", "1000000"})
    public int size;

    private final long[] increments = new long[INCREMENTS];
    private int next;

    private EventQueue vaultsimQueue;
    private BaselineEventQueue baselineQueue;
    private PriorityQueue<HoldEvent> priorityQueue;
    private long priorityQueueSequence;

    @Setup(Level.Trial)
    public void fill() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < INCREMENTS; i++) {
            increments[i] = exponentialNanos(random);
        }
        long[] times = new long[size];
        for (int i = 0; i < size; i++) {
            times[i] = exponentialNanos(random);
        }
        // One loop per structure, so that each one's event objects are allocated side by side.
        vaultsimQueue = new EventQueue();
        for (long time : times) {
            vaultsimQueue.add(time, Precedence.TRAFFIC, new HoldEvent());
        }
        baselineQueue = new BaselineEventQueue();
        for (long time : times) {
            baselineQueue.add(time, Precedence.TRAFFIC, new HoldEvent());
        }
        priorityQueue = new PriorityQueue<>();
        for (long time : times) {
            priorityQueue.add(new HoldEvent(time, priorityQueueSequence++));
        }
    }

    private static long exponentialNanos(SplittableRandom random) {
        return Math.round(-MEAN_NANOS * Math.log(1 - random.nextDouble()));
    }

    private long increment() {
        long increment = increments[next];
        next = (next + 1) & (INCREMENTS - 1);
        return increment;
    }

    /** vaultsim's event queue, as the simulator drives it: the pop and the push fused into one sift. */
    @Benchmark
    public long vaultsim() {
        EventQueue queue = vaultsimQueue;
        long now = queue.peekTime();
        queue.replaceTop(now + increment(), Precedence.TRAFFIC, queue.peekEvent());
        return now;
    }

    /** vaultsim's event queue, a pop then a push, as for a handler that schedules nothing or several. */
    @Benchmark
    public long vaultsimPollAdd() {
        EventQueue queue = vaultsimQueue;
        Event event = queue.poll();
        long now = queue.lastTime();
        queue.add(now + increment(), Precedence.TRAFFIC, event);
        return now;
    }

    /** vaultsim's event queue before issue 5: a pop, then a push. */
    @Benchmark
    public long before() {
        BaselineEventQueue queue = baselineQueue;
        Event event = queue.poll();
        long now = queue.lastTime();
        queue.add(now + increment(), Precedence.TRAFFIC, event);
        return now;
    }

    /** java.util.PriorityQueue of event objects ordered by time, then sequence. */
    @Benchmark
    public long priorityQueue() {
        HoldEvent event = priorityQueue.poll();
        long now = event.time;
        event.time = now + increment();
        event.sequence = priorityQueueSequence++;
        priorityQueue.add(event);
        return now;
    }

    /** An event of the hold model: it does nothing when it fires. */
    static final class HoldEvent implements Event, Comparable<HoldEvent> {
        long time;
        long sequence;

        HoldEvent() {
        }

        HoldEvent(long time, long sequence) {
            this.time = time;
            this.sequence = sequence;
        }

        @Override
        public void fire(dev.vaultsim.engine.Simulator simulator) {
        }

        @Override
        public int compareTo(HoldEvent other) {
            int byTime = Long.compare(time, other.time);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }
}
