package dev.vaultsim.simulation;

import dev.vaultsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs work units on T threads, on the options' engine: the only place that starts threads. Each
 * unit draws from streams seeded by (seed, replication) alone, and results come back in unit
 * order whatever order they finish in, so T never changes a byte.
 */
final class UnitRunner {

    private UnitRunner() {
    }

    /** The units in the order given; {@code points.get(p)} is point p's scenario. */
    static List<UnitResult> run(List<Scenario> points, List<WorkUnit> units, RunOptions options) {
        int threads = Math.max(1, Math.min(options.threads(), units.size()));
        ExecutorService executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "vaultsim-unit");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<UnitResult>> futures = new ArrayList<>();
            for (WorkUnit unit : units) {
                futures.add(executor.submit(() -> runOne(points.get(unit.point()), unit, options)));
            }
            List<UnitResult> results = new ArrayList<>();
            for (Future<UnitResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running work units", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }

    static UnitResult runOne(Scenario scenario, WorkUnit unit, RunOptions options) {
        boolean first = unit.replication() == 0;
        ReplicationRun run = options.engineFor(scenario).engine().replicate(scenario, unit.replication(), first, options);
        UnitResult result = new UnitResult(unit, run.result().engine().eventsProcessed(), run.aggregates(),
                first ? run.result() : null);
        options.monitor().unitFinished(unit);
        return result;
    }
}
