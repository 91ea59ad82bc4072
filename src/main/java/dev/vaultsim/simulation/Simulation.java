package dev.vaultsim.simulation;

import dev.vaultsim.engine.Times;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.catalog.LimitGroup;
import dev.vaultsim.scenario.Rate;
import dev.vaultsim.scenario.RetrySpec;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.VaultSpec;

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
        RunResult result = options.replications() == 1
                ? options.engine().engine().replicate(scenario, 0, true, options).result()
                : Replications.run(scenario, options);
        return AnalyticAvailability.of(scenario).map(result::withAnalytic).orElse(result);
    }

    /** An upper bound on how long any request of the scenario can take, first attempt to last reply. */
    static long maxRequestSpanNanos(Scenario scenario) {
        long throttleWindow = longestThrottleWindowNanos(scenario);
        long longest = 0;
        for (ClientSpec client : scenario.clients()) {
            RetrySpec retry = client.retry();
            double longestBackoff = Math.max(retry.maxDelayNanos(), retry.baseDelayNanos()) * (1 + retry.jitter());
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
