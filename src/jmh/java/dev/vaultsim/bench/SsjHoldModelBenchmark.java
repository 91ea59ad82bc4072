package dev.vaultsim.bench;

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
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.eventlist.BinaryTree;
import umontreal.ssj.simevents.eventlist.EventList;
import umontreal.ssj.simevents.eventlist.Henriksen;
import umontreal.ssj.simevents.eventlist.RedblackTree;
import umontreal.ssj.simevents.eventlist.SplayTree;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The hold model of {@link HoldModelBenchmark} on SSJ's event lists (SSJ 3.3.2), an established
 * Java simulation kernel, with the same settings, sizes and increments, so its figures sit beside
 * vaultsim's and java.util.PriorityQueue's. SSJ keeps time as a double (seconds here); ties keep
 * insertion order inside the lists. The doubly linked list is left out: it is linear per insertion.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@State(Scope.Thread)
public class SsjHoldModelBenchmark {

    private static final int INCREMENTS = 1 << 20;

    @Param({"1000", "10000", "100000", "1000000"})
    public int size;

    @Param({"SplayTree", "Henriksen", "RedblackTree", "BinaryTree"})
    public String eventList;

    private final double[] increments = new double[INCREMENTS];
    private int next;
    private EventList list;

    @Setup(Level.Trial)
    public void fill() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < INCREMENTS; i++) {
            increments[i] = exponentialSeconds(random);
        }
        double[] times = new double[size];
        for (int i = 0; i < size; i++) {
            times[i] = exponentialSeconds(random);
        }
        list = switch (eventList) {
            case "SplayTree" -> new SplayTree();
            case "Henriksen" -> new Henriksen();
            case "RedblackTree" -> new RedblackTree();
            case "BinaryTree" -> new BinaryTree();
            default -> throw new IllegalArgumentException(eventList);
        };
        for (double time : times) {
            HoldEvent event = new HoldEvent();
            event.at(time);
            list.add(event);
        }
    }

    /** The same draws as HoldModelBenchmark's, in seconds. */
    private static double exponentialSeconds(SplittableRandom random) {
        return Math.round(-1e9 * Math.log(1 - random.nextDouble())) / 1e9;
    }

    @Benchmark
    public double ssj() {
        HoldEvent event = (HoldEvent) list.removeFirst();
        double now = event.time();
        event.at(now + increments[next]);
        next = (next + 1) & (INCREMENTS - 1);
        list.add(event);
        return now;
    }

    /** An SSJ event that does nothing. */
    static final class HoldEvent extends Event {
        /** What SSJ's simulator does when it schedules an event (setTime refuses a fired one). */
        void at(double time) {
            eventTime = time;
        }

        @Override
        public void actions() {
        }
    }
}
