package dev.vaultsim.simulation;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.KeyProtection;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.scenario.Arrivals;
import dev.vaultsim.scenario.FaultSpec;
import dev.vaultsim.scenario.InstanceFailure;
import dev.vaultsim.scenario.LatencySpike;
import dev.vaultsim.scenario.LimitsSpec;
import dev.vaultsim.scenario.ReplicaFailure;
import dev.vaultsim.scenario.RetrySpec;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.ServiceSpec;
import dev.vaultsim.scenario.VaultSpec;
import dev.vaultsim.testing.LiveInvariants;
import dev.vaultsim.workload.AttemptListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.vaultsim.testing.TestScenarios.HOUR;
import static dev.vaultsim.testing.TestScenarios.MINUTE;
import static dev.vaultsim.testing.TestScenarios.SECOND;
import static dev.vaultsim.testing.TestScenarios.asyncLag;
import static dev.vaultsim.testing.TestScenarios.client;
import static dev.vaultsim.testing.TestScenarios.failover;
import static dev.vaultsim.testing.TestScenarios.mix;
import static dev.vaultsim.testing.TestScenarios.noRetries;
import static dev.vaultsim.testing.TestScenarios.scenario;
import static dev.vaultsim.testing.TestScenarios.service;
import static org.assertj.core.api.Assertions.assertThat;

/** Faults absorbed (or not) inside one region: instances, layers, replicas, throttling. */
class InsideRegionTest {

    private static final ServiceSpec SERVICE =
            service(failover(2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 3 * MINUTE), asyncLag(500_000_000L));

    private static Scenario readsAt(double perSecond, RetrySpec retry, FaultSpec... faults) {
        return scenario("inside", 2 * HOUR, SERVICE,
                List.of(client("reader", perSecond, Arrivals.CONSTANT, retry, mix(Operation.GetSecret, 1))),
                List.of(faults));
    }

    /** Ten minutes of CreateKey at a constant rate against a Premium vault with the documented limits. */
    private static Scenario keyCreationOnAnHsmVault(double perSecond, RetrySpec retry) {
        Scenario base = scenario("throttle", 10 * MINUTE, SERVICE,
                List.of(client("creator", perSecond, Arrivals.CONSTANT, retry, mix(Operation.CreateKey, 1))),
                List.of());
        VaultSpec limited = new VaultSpec("kv", "westeurope", KeyProtection.HSM, LimitsSpec.azure(KeyProtection.HSM),
                base.vaults().get(0).readOnlyAllowed());
        return new Scenario(base.name(), "", "test", base.durationNanos(), 1, base.regions(),
                base.network(), List.of(limited), base.clients(), base.faults(), base.report());
    }

    @Test
    void instanceFailure_withoutRetries_costsOnlyItsShareOfTheProbeWindow() {
        // Fails at 1:00:00 (a probe tick): probes at 1:00:00 and 1:00:05 fail, ejected at 1:00:05.
        // Round robin sends every third of the 15 attempts in between to it.
        RunResult result = LiveInvariants.check(readsAt(3, noRetries(),
                new InstanceFailure("westeurope", "gateway", 1, HOUR, 10 * MINUTE)));

        assertThat(result.traffic().totals().failed()).isEqualTo(5);
        assertThat(result.traffic().failureCauses().get(FailureCause.INSTANCE_UNAVAILABLE)).isEqualTo(5);
    }

    @Test
    void instanceFailureBetweenTicks_isEjectedAtTheSecondFailedProbe() {
        // Fails at 1:00:01; probes fail at 1:00:05 and 1:00:10: 9 s of a third of 3/s.
        RunResult result = LiveInvariants.check(readsAt(3, noRetries(),
                new InstanceFailure("westeurope", "gateway", 1, HOUR + SECOND, 10 * MINUTE)));

        assertThat(result.traffic().totals().failed()).isEqualTo(9);
    }

    @Test
    void instanceFailure_withRetries_costsNothing() {
        RunResult result = LiveInvariants.check(readsAt(3, RetrySpec.AZURE_SDK_DEFAULT,
                new InstanceFailure("westeurope", "gateway", 1, HOUR, 10 * MINUTE)));

        assertThat(result.traffic().totals().failed()).isZero();
        // Five first attempts fail; a retry can itself land on the failed instance before ejection.
        assertThat(result.traffic().totals().attempts() - result.traffic().totals().requests()).isBetween(5L, 10L);
    }

    @Test
    void everyInstanceDown_failsWithLayerUnavailableAndNoFailover() {
        RunResult result = LiveInvariants.check(readsAt(1, noRetries(),
                new InstanceFailure("westeurope", "gateway", 3, HOUR, 10 * MINUTE)));

        assertThat(result.history().failovers()).isEmpty();
        // Until two probes eject them all (1:00:05) the balancer still routes to each; then fail-open.
        assertThat(result.traffic().totals().failed()).isEqualTo(600);
        assertThat(result.traffic().failureCauses().get(FailureCause.LAYER_UNAVAILABLE)).isEqualTo(600);
    }

    @Test
    void repairedInstance_rejoinsAtItsNextSuccessfulProbe() {
        RunResult once = LiveInvariants.check(readsAt(3, noRetries(),
                new InstanceFailure("westeurope", "gateway", 1, HOUR, 10 * MINUTE),
                new InstanceFailure("westeurope", "gateway", 1, HOUR + 20 * MINUTE, 10 * MINUTE)));

        // The second failure takes the same lowest-numbered instance once it has rejoined.
        assertThat(once.traffic().totals().failed()).isEqualTo(10);
    }

    @Test
    void replicaQuorumLost_writesFailReadsSucceed() {
        Scenario scenario = scenario("replicas", 2 * HOUR, SERVICE,
                List.of(client("reader", 1, Arrivals.CONSTANT, noRetries(), mix(Operation.GetSecret, 1)),
                        client("writer", 1, Arrivals.CONSTANT, noRetries(), mix(Operation.SetSecret, 1))),
                List.of(new ReplicaFailure("westeurope", 2, HOUR, 10 * MINUTE)));

        RunResult result = LiveInvariants.check(scenario);

        assertThat(result.traffic().byClass().get(OperationClass.READ).failed()).isZero();
        assertThat(result.traffic().byClass().get(OperationClass.WRITE).failed()).isEqualTo(600);
        assertThat(result.traffic().failureCauses().get(FailureCause.REPLICA_QUORUM_LOST)).isEqualTo(600);
    }

    @Test
    void latencySpike_multipliesServiceTimes() {
        RunResult result = LiveInvariants.check(readsAt(1, noRetries(),
                new LatencySpike("westeurope", "gateway", 4, 0, HOUR),
                new LatencySpike("westeurope", null, 2, 0, HOUR)));

        // Round trip 1 ms + gateway 1 ms × 8 for the first hour, × 1 for the second.
        assertThat(result.traffic().totals().latency().maxMillis()).isEqualTo(9.0);
        assertThat(result.traffic().totals().latency().meanMillis()).isEqualTo(5.5);
    }

    @Test
    void throttling_rejectsAttemptsOverTheWindowsLimit() {
        RunResult result = LiveInvariants.check(keyCreationOnAnHsmVault(5, noRetries()));

        // 50 creates per 10 s window, 10 accepted (HSM keys): 40 of every 50 throttled.
        assertThat(result.traffic().totals().requests()).isEqualTo(3000);
        assertThat(result.traffic().failureCauses().get(FailureCause.THROTTLED)).isEqualTo(2400);
    }

    @Test
    void throttledRetryOfTheSdkPolicy_isSentExactlyWhenTheWindowEnds() {
        // azure-core honours Retry-After exactly: no backoff, no jitter, no cap.
        List<Long> retryTimes = new ArrayList<>();
        AttemptListener attempts = (request, outcome, now) -> {
            if (request.attempts() > 1 && request.cause() == FailureCause.THROTTLED) {
                retryTimes.add(now);
            }
        };
        Simulation.run(keyCreationOnAnHsmVault(1.5, RetrySpec.AZURE_SDK_DEFAULT),
                RunOptions.single().withListeners(new RunListeners(attempts, null, null)));

        // At the window's end, or at the reply (a round trip of a few ms) when that came after it.
        assertThat(retryTimes).isNotEmpty().allMatch(now -> now % (10 * SECOND) < 10_000_000L)
                .anyMatch(now -> now % (10 * SECOND) == 0);
    }

    @Test
    void throttledRetry_waitsForTheNextWindow() {
        RunResult result = LiveInvariants.check(keyCreationOnAnHsmVault(1.5, RetrySpec.AZURE_SDK_DEFAULT));

        // 15 a window against a limit of 10: retries land in the next window, which fills up.
        assertThat(result.traffic().failureCauses().get(FailureCause.THROTTLED)).isPositive();
        assertThat(result.traffic().totals().latency().maxMillis()).isGreaterThan(1000);
    }
}
