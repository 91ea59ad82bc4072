package dev.vaultsim.simulation;

import dev.vaultsim.catalog.LimitGroup;
import dev.vaultsim.engine.Times;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.Rate;
import dev.vaultsim.scenario.RetrySpec;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.VaultSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * The one way to run a scenario, used by {@code run}, {@code results}, the tests and benchmarks:
 * its replications on the chosen engine, pooled, with the textbook cross-check where the model
 * has one.
 */
public final class Simulation {

    private Simulation() {
    }

    /** Replication 0 of the scenario with its own seed, on the exact engine. */
    public static RunResult run(Scenario scenario) {
        return run(scenario, RunOptions.single());
    }

    public static RunResult run(Scenario scenario, RunOptions options) {
        return pool(scenario, runUnits(List.of(scenario), options, Shard.ALL));
    }

    /**
     * One work unit: replication {@code unit.replication()} of the point's scenario. A pure
     * function of the scenario (its seed included) and the unit, on the options' engine: what a
     * shard, a Spark task or any batch system runs.
     */
    public static UnitResult replicate(Scenario point, WorkUnit unit, RunOptions options) {
        return UnitRunner.runOne(point, unit, options);
    }

    /**
     * The shard's units of a job over these points, {@code options.replications()} each, on
     * {@code options.threads()} threads, in unit-number order.
     */
    public static List<UnitResult> runUnits(List<Scenario> points, RunOptions options, Shard shard) {
        return UnitRunner.run(points, units(points.size(), options.replications(), shard), options);
    }

    /** The shard's units of a job, in unit-number order. */
    public static List<WorkUnit> units(int points, int replications, Shard shard) {
        List<WorkUnit> units = new ArrayList<>();
        for (int p = 0; p < points; p++) {
            for (int r = 0; r < replications; r++) {
                WorkUnit unit = new WorkUnit(p, r);
                if (shard.contains(unit, replications)) {
                    units.add(unit);
                }
            }
        }
        return units;
    }

    /**
     * One point's result from its replications 0 … R-1 (in order), wherever they ran: what
     * {@code run}, {@code merge} and a Spark driver all call, so they write the same bytes.
     */
    public static RunResult pool(Scenario point, List<UnitResult> replications) {
        RunResult result = Replications.pooled(point, replications);
        return AnalyticAvailability.of(point).map(result::withAnalytic).orElse(result);
    }

    /** An upper bound on how long any request of the scenario can take, first attempt to last reply. */
    public static long maxRequestSpanNanos(Scenario scenario) {
        long throttleWindow = longestThrottleWindowNanos(scenario);
        long longest = 0;
        for (ClientSpec client : scenario.clients()) {
            RetrySpec retry = client.retry();
            double longestBackoff = retry.longestBackoffNanos();
            double longestWait = Math.max(longestBackoff, throttleWindow);
            double span = (retry.maxRetries() + 1.0) * client.timeoutNanos() + retry.maxRetries() * longestWait;
            // A span past the range of long (a huge maxRetries or timeout) means "no bound": saturate.
            longest = Math.max(longest, Times.saturatingAdd((long) Math.ceil(span), 1_000_000_000L));
        }
        return longest;
    }

    /** A throttled retry may wait until its window ends. */
    private static long longestThrottleWindowNanos(Scenario scenario) {
        long longest = 0;
        for (VaultSpec vault : scenario.vaults()) {
            if (vault.limits() == null) {
                continue;
            }
            for (LimitGroup group : LimitGroup.values()) {
                Rate rate = vault.limits().limitFor(group);
                if (rate != null) {
                    longest = Math.max(longest, rate.perNanos());
                }
            }
        }
        return longest;
    }
}
