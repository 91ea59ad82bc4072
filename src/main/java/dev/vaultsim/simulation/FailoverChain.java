package dev.vaultsim.simulation;

import dev.vaultsim.scenario.Distribution;
import dev.vaultsim.scenario.FailoverSpec;
import dev.vaultsim.scenario.StochasticFaultSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * Read and write availability of a vault whose primary region fails and is repaired at random,
 * by renewal reward over one up-and-down cycle (mean 1/λ + 1/μ). With an outage X ~ Exp(μ) and a
 * detection delay D, the outage outlasts detection with probability L = E[e^{−μD}]:
 * <ul>
 *   <li>reads are down E[min(X, D)] = (1 − L)/μ, plus the failover duration when it fails over;</li>
 *   <li>writes are down for the outage, plus failback delay and duration when it failed over.</li>
 * </ul>
 * With exponential detection (rate δ) and instant failover and failback this is the three-state
 * chain: writes μ/(λ+μ), reads 1 − λμ/((λ+μ)(δ+μ)).
 * <p>When the provider fails over only with probability p ({@code initiation}), an outage that
 * outlasts detection but is not failed over keeps reads down for the rest of it, E[X − D | X > D] =
 * 1/μ (memoryless), and costs writes no failback: reads down (1 − L)/μ + L(pF + (1 − p)/μ), writes
 * down 1/μ + pL(failback delay + duration) (+ p times the late-failover correction).
 */
record FailoverChain(double readAvailability, double writeAvailability, List<String> assumptions) {

    static final FailoverChain ALWAYS_UP = new FailoverChain(1, 1, List.of());

    static FailoverChain of(StochasticFaultSpec outages, FailoverSpec failover, boolean paired) {
        List<String> assumptions = new ArrayList<>();
        double lambda = 1 / outages.timeBetweenFailures().meanNanos();
        double mu = 1 / outages.timeToRepair().meanNanos();
        double cycle = 1 / lambda + 1 / mu;
        if (!(outages.timeToRepair() instanceof Distribution.Exponential)) {
            assumptions.add("region repair times are taken as exponential with their mean");
        }
        if (!paired) {
            double availability = 1 - (1 / mu) / cycle;
            return new FailoverChain(availability, availability, assumptions);
        }
        double outlasts = laplace(failover.detection(), mu, assumptions);
        double p = failover.initiation();
        double readDown = (1 - outlasts) / mu + outlasts * (p * failover.duration().meanNanos() + (1 - p) / mu);
        double writeDown = 1 / mu + p * outlasts * (failover.failbackDelay().meanNanos()
                + failover.failbackDuration().meanNanos())
                + (p == 0 ? 0 : p * lateFailoverCorrection(failover, mu, assumptions));
        return new FailoverChain(1 - readDown / cycle, 1 - writeDown / cycle, assumptions);
    }

    /** E[e^{−μD}]: exact for constant, exponential and uniform detection, else D at its mean. */
    private static double laplace(Distribution detection, double mu, List<String> assumptions) {
        if (detection instanceof Distribution.Constant constant) {
            return StrictMath.exp(-mu * constant.nanos());
        } else if (detection instanceof Distribution.Exponential exponential) {
            return 1 / (1 + mu * exponential.meanNanosValue());
        } else if (detection instanceof Distribution.Uniform uniform && uniform.maxNanos() > uniform.minNanos()) {
            return (StrictMath.exp(-mu * uniform.minNanos()) - StrictMath.exp(-mu * uniform.maxNanos()))
                    / (mu * (uniform.maxNanos() - uniform.minNanos()));
        }
        assumptions.add("failure detection is taken at its mean");
        return StrictMath.exp(-mu * detection.meanNanos());
    }

    /**
     * When the primary returns before failover completes, failback waits for the failover too:
     * writes are down until D + F + failbackDuration rather than X + failbackDelay + failbackDuration.
     * Exact for constant timings: E[(c − X)·1{D < X < c}] with c = D + F − failbackDelay.
     */
    private static double lateFailoverCorrection(FailoverSpec failover, double mu, List<String> assumptions) {
        if (failover.duration().meanNanos() == 0) {
            // An instant failover always completes before the primary returns.
            return 0;
        }
        if (!(failover.detection() instanceof Distribution.Constant d)
                || !(failover.duration() instanceof Distribution.Constant f)
                || !(failover.failbackDelay() instanceof Distribution.Constant b)) {
            assumptions.add("failover is taken to complete before the primary region returns");
            return 0;
        }
        double c = d.nanos() + f.nanos() - b.nanos();
        if (c <= d.nanos()) {
            return 0;
        }
        double atD = StrictMath.exp(-mu * d.nanos());
        return (c - d.nanos()) * atD - (atD - StrictMath.exp(-mu * c)) / mu;
    }
}
