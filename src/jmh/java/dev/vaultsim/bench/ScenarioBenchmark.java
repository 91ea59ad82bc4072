package dev.vaultsim.bench;

import dev.vaultsim.record.RunResult;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.ScenarioLoader;
import dev.vaultsim.simulation.EngineKind;
import dev.vaultsim.simulation.RunOptions;
import dev.vaultsim.simulation.Simulation;
import org.openjdk.jmh.annotations.AuxCounters;
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

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Whole scenarios through the engine, one replication per invocation on one thread. Besides runs
 * per second, JMH reports the secondary figures {@code events} (engine events per second: popped
 * events, i.e. arrivals, attempt sends, replies, probe ticks, timers, fault starts and ends) and
 * {@code requests} (client requests simulated per second).
 *
 * <p>Run it from the project's root: scenarios are read from {@code scenarios/}. The heavy
 * scenario is cut to {@code duration} (default two hours, 14 million requests, with an instance failure, a latency spike, a regional
 * outage with failover and failback and a replica failure) so that an
 * iteration takes seconds; its full day is run by the CLI, whose footer gives events/s. Run with
 * {@code -p engine=exact,hybrid} to put the two engines side by side in one JVM.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 3, time = 10, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@State(Scope.Thread)
public class ScenarioBenchmark {

    @Param({"scenarios/bench/heavy.yaml", "scenarios/paired-region-failover.yaml"})
    public String scenario;

    /** The engine, whatever the scenario says (exact: the reference; hybrid: steady traffic in bulk). */
    @Param({"exact"})
    public String engine;

    /** Replaces the scenario's duration; "as-written" keeps it. */
    @Param({"2h"})
    public String duration;

    private Scenario loaded;

    /** Engine events and requests of the iteration; JMH divides them by the iteration's time. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Counters {
        public long events;
        public long requests;
    }

    @Setup(Level.Trial)
    public void load() {
        List<String> sets = "as-written".equals(duration) ? List.of() : List.of("duration=" + duration);
        loaded = ScenarioLoader.load(Path.of(scenario), sets).scenario();
    }

    @Benchmark
    public RunResult run(Counters counters) {
        RunResult result = Simulation.run(loaded, RunOptions.single().withEngine(
                "hybrid".equals(engine) ? EngineKind.HYBRID : EngineKind.EXACT));
        counters.events += result.engine().eventsProcessed();
        counters.requests += result.traffic().totals().requests();
        return result;
    }
}
