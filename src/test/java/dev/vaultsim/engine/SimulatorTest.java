package dev.vaultsim.engine;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class SimulatorTest {

    /** One scheduled event of a script: when, in which precedence, and its id. */
    private record Scheduled(long time, Precedence precedence, long sequence, int id) {
    }

    /**
     * A random script: event {@code id}, fired at {@code now}, schedules zero, one or several
     * events (same instant and earlier phases included), decided by its id alone.
     */
    private static List<Scheduled> children(long seed, int id, long now, int[] nextId) {
        RandomStream random = new RandomStream(seed * 31 + id);
        int count = nextId[0] > 3_000 ? 0 : random.nextInt(4);
        List<Scheduled> children = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Precedence precedence = Precedence.values()[random.nextInt(3)];
            children.add(new Scheduled(now + random.nextInt(3), precedence, -1, nextId[0]++));
        }
        return children;
    }

    @Property(tries = 100)
    void fusedPopAndPushFireEventsInTheOrderOfAPlainQueue(@ForAll @LongRange(min = 1) long seed) {
        assertThat(simulatorTrace(seed)).containsExactlyElementsOf(referenceTrace(seed));
    }

    private static List<String> simulatorTrace(long seed) {
        Simulator simulator = new Simulator(Long.MAX_VALUE);
        List<String> trace = new ArrayList<>();
        int[] nextId = {0};
        class Scripted implements Event {
            final int id;

            Scripted(int id) {
                this.id = id;
            }

            @Override
            public void fire(Simulator sim) {
                trace.add(id + "@" + sim.now());
                for (Scheduled child : children(seed, id, sim.now(), nextId)) {
                    sim.schedule(child.time(), child.precedence(), new Scripted(child.id()));
                }
            }
        }
        for (int i = 0; i < 5; i++) {
            simulator.schedule(i % 2, Precedence.values()[i % 3], new Scripted(nextId[0]++));
        }
        simulator.run();
        return trace;
    }

    private static List<String> referenceTrace(long seed) {
        PriorityQueue<Scheduled> queue = new PriorityQueue<>(Comparator.comparingLong(Scheduled::time)
                .thenComparing(Scheduled::precedence).thenComparingLong(Scheduled::sequence));
        List<String> trace = new ArrayList<>();
        int[] nextId = {0};
        long sequence = 0;
        for (int i = 0; i < 5; i++) {
            queue.add(new Scheduled(i % 2, Precedence.values()[i % 3], sequence++, nextId[0]++));
        }
        while (!queue.isEmpty()) {
            Scheduled event = queue.poll();
            trace.add(event.id() + "@" + event.time());
            for (Scheduled child : children(seed, event.id(), event.time(), nextId)) {
                queue.add(new Scheduled(child.time(), child.precedence(), sequence++, child.id()));
            }
        }
        return trace;
    }

    /**
     * A source that schedules its next arrival every 1,000 ns and never looks at the horizon (it
     * gives up after 100, so that a kernel that does not drop them fails the test, not hangs it).
     */
    private static final class Heedless implements Event {
        final List<Long> arrivals = new ArrayList<>();

        @Override
        public void fire(Simulator simulator) {
            arrivals.add(simulator.now());
            if (arrivals.size() < 100) {
                simulator.scheduleArrival(simulator.now() + 1_000, this);
            }
        }
    }

    @Test
    void arrivalsAtOrAfterTheHorizonAreDropped_soASourceThatIgnoresItStillEnds() {
        Simulator simulator = new Simulator(5_000);
        Heedless source = new Heedless();
        simulator.scheduleArrival(0, source);

        simulator.run();

        assertThat(source.arrivals).containsExactly(0L, 1_000L, 2_000L, 3_000L, 4_000L);
    }

    @Test
    void workUnderWayAtTheHorizonFinishes_butStartsNothingNew() {
        Simulator simulator = new Simulator(5_000);
        List<String> trace = new ArrayList<>();
        simulator.scheduleArrival(4_000, sim -> {
            trace.add("arrival@" + sim.now());
            sim.schedule(7_000, Precedence.TRAFFIC, reply -> trace.add("reply@" + reply.now()));
            sim.scheduleArrival(6_000, late -> trace.add("late arrival"));
        });

        simulator.run();

        assertThat(trace).containsExactly("arrival@4000", "reply@7000");
    }

    private static final class Tick implements Event {
        @Override
        public void fire(Simulator simulator) {
        }
    }

    private static final class Tock implements Event {
        @Override
        public void fire(Simulator simulator) {
        }
    }

    @Test
    void fingerprint_tellsApartRunsThatFireOtherKindsOfEventAtTheSameInstants() {
        Simulator ticks = new Simulator(10);
        ticks.schedule(1, Precedence.CONTROL, new Tick());
        ticks.run();
        Simulator tocks = new Simulator(10);
        tocks.schedule(1, Precedence.CONTROL, new Tock());
        tocks.run();
        Simulator ticksAgain = new Simulator(10);
        ticksAgain.schedule(1, Precedence.CONTROL, new Tick());
        ticksAgain.run();

        assertThat(tocks.fingerprint()).isNotEqualTo(ticks.fingerprint());
        assertThat(ticksAgain.fingerprint()).isEqualTo(ticks.fingerprint());
    }

    @Test
    void aLambdasKindIsNamedAfterTheClassThatWroteIt() {
        Event lambda = simulator -> { };

        assertThat(EventKinds.stableName(lambda.getClass())).isEqualTo(SimulatorTest.class.getName());
    }

    /**
     * Found by the extreme swarm: a random fault repaired "never" (250 years, late in a long run)
     * while a request of a 100-year timeout was under way. The request's events reached NEVER; the
     * repair, saturated at NEVER, then fired, drew the next failure at NEVER, its repair at NEVER,
     * and so on for ever. A world event at NEVER is never kept; traffic at NEVER still runs.
     */
    @Test
    void worldEventsAtNever_areDropped_soTrafficAtNeverEnds() {
        Simulator simulator = new Simulator(10);
        int[] renewals = {0};
        boolean[] trafficDone = {false};
        Event renewal = new Event() {
            @Override
            public void fire(Simulator sim) {
                renewals[0]++;
                sim.scheduleAfter(Long.MAX_VALUE, Precedence.INFRASTRUCTURE, this);
            }
        };
        simulator.schedule(1, Precedence.INFRASTRUCTURE, renewal);
        simulator.schedule(Times.NEVER, Precedence.TRAFFIC, sim -> trafficDone[0] = true);

        assertTimeoutPreemptively(Duration.ofSeconds(10), simulator::run);

        assertThat(trafficDone[0]).isTrue();
        assertThat(renewals[0]).isEqualTo(1);
        assertThat(simulator.nextEventTime()).isEqualTo(Times.NEVER);
    }
}
