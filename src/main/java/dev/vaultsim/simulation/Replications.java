package dev.vaultsim.simulation;

import dev.vaultsim.record.Aggregates;
import dev.vaultsim.record.Confidence;
import dev.vaultsim.record.EngineFigures;
import dev.vaultsim.record.Interval;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs R independent replications of a scenario on T threads, on the run's engine, and pools them. Replication i
 * draws from streams seeded by (seed, i) alone and pooling only adds counts and histograms, so
 * the result is the same for every T and every finishing order.
 */
final class Replications {

    private static final double MINUTES_PER_MONTH = 30 * 24 * 60;
    private static final double MINUTES_PER_YEAR = 365 * 24 * 60;

    private Replications() {
    }

    static RunResult run(Scenario scenario, RunOptions options) {
        int replications = options.replications();
        return pooled(scenario, runAll(scenario, options, replications, Math.min(options.threads(), replications)));
    }

    /**
     * Every replication's run, indexed by replication; each is pooled as it finishes, in any order.
     * At most two per thread are submitted ahead of the pool, so finished runs waiting to be pooled
     * (and queued tasks) take memory independent of R.
     */
    private static Pool runAll(Scenario scenario, RunOptions options, int replications, int threads) {
        ExecutorService executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "vaultsim-replication");
            thread.setDaemon(true);
            return thread;
        });
        try {
            ExecutorCompletionService<ReplicationRun> completion = new ExecutorCompletionService<>(executor);
            int submitted = 0;
            for (; submitted < Math.min(replications, 2 * threads); submitted++) {
                submit(completion, scenario, submitted, options);
            }
            Pool pool = new Pool(replications);
            for (int done = 0; done < replications; done++) {
                pool.add(completion.take().get());
                if (submitted < replications) {
                    submit(completion, scenario, submitted++, options);
                }
            }
            return pool;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running replications", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }

    private static void submit(ExecutorCompletionService<ReplicationRun> completion, Scenario scenario,
                               int replication, RunOptions options) {
        completion.submit(() -> options.engine().engine().replicate(scenario, replication, replication == 0, options));
    }

    private static RunResult pooled(Scenario scenario, Pool pool) {
        List<Double> overall = Arrays.asList(pool.availability);
        Interval availability = ConfidenceIntervals.of(overall, 0, 1);
        Map<OperationClass, Interval> byClass = new EnumMap<>(OperationClass.class);
        Map<OperationClass, List<Double>> byClassValues = new EnumMap<>(OperationClass.class);
        for (OperationClass c : OperationClass.values()) {
            List<Double> values = Arrays.asList(pool.classAvailability[c.ordinal()]);
            byClassValues.put(c, values);
            byClass.put(c, ConfidenceIntervals.of(values, 0, 1));
        }
        double slo = scenario.report().sloAvailability();
        long counted = overall.stream().filter(a -> a != null).count();
        long missed = overall.stream().filter(a -> a != null && a < slo).count();
        Confidence confidence = new Confidence(ConfidenceIntervals.LEVEL, availability, byClass,
                ConfidenceIntervals.downtime(availability, MINUTES_PER_MONTH),
                ConfidenceIntervals.downtime(availability, MINUTES_PER_YEAR),
                overall, byClassValues, counted == 0 ? 0 : (double) missed / counted);
        List<String> clientNames = scenario.clients().stream().map(ClientSpec::name).toList();
        RunResult first = pool.first;
        return new RunResult(first.info().withReplications(pool.availability.length),
                pool.aggregates.traffic(clientNames), first.history(), first.timeline(),
                new EngineFigures(pool.events, first.engine().fingerprint()), confidence, null);
    }

    /** Pooled figures, plus what stays per replication: availabilities by index, replication 0's report. */
    private static final class Pool {
        final Double[] availability;
        final Double[][] classAvailability;
        Aggregates aggregates;
        RunResult first;
        long events;

        Pool(int replications) {
            availability = new Double[replications];
            classAvailability = new Double[OperationClass.values().length][replications];
        }

        void add(ReplicationRun run) {
            int i = run.replication();
            availability[i] = run.result().traffic().totals().availability();
            for (OperationClass c : OperationClass.values()) {
                classAvailability[c.ordinal()][i] = run.result().traffic().byClass().get(c).availability();
            }
            events += run.result().engine().eventsProcessed();
            if (i == 0) {
                first = run.result();
            }
            if (aggregates == null) {
                aggregates = run.aggregates();
            } else {
                aggregates.merge(run.aggregates());
            }
        }
    }
}
