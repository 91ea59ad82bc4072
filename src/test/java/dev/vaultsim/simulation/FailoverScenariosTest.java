package dev.vaultsim.simulation;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.catalog.VaultState;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.scenario.Arrivals;
import dev.vaultsim.scenario.FaultSpec;
import dev.vaultsim.scenario.Partition;
import dev.vaultsim.scenario.RegionOutage;
import dev.vaultsim.scenario.ReplicationMode;
import dev.vaultsim.scenario.ReplicationSpec;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.ServiceSpec;
import dev.vaultsim.testing.LiveInvariants;
import org.junit.jupiter.api.Test;

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

/** Failover stories whose answers follow by arithmetic from the transition table. */
class FailoverScenariosTest {

    private static final ServiceSpec SERVICE =
            service(failover(2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 3 * MINUTE), asyncLag(500_000_000L));

    private static Scenario oneReadOneWritePerSecond(ServiceSpec service, FaultSpec... faults) {
        return scenario("story", 6 * HOUR, service,
                List.of(client("reader", 1, Arrivals.CONSTANT, noRetries(), mix(Operation.GetSecret, 1)),
                        client("writer", 1, Arrivals.CONSTANT, noRetries(), mix(Operation.SetSecret, 1))),
                List.of(faults));
    }

    private static long failed(RunResult result, OperationClass c) {
        return result.traffic().byClass().get(c).failed();
    }

    @Test
    void primaryBackBeforeDetection_noFailover_lossIsTheOutage() {
        RunResult result = LiveInvariants.check(oneReadOneWritePerSecond(SERVICE,
                new RegionOutage("westeurope", HOUR, 90 * SECOND)));

        assertThat(result.history().failovers()).isEmpty();
        assertThat(failed(result, OperationClass.READ)).isEqualTo(90);
        assertThat(failed(result, OperationClass.WRITE)).isEqualTo(90);
        assertThat(result.traffic().failureCauses().get(FailureCause.REGION_UNAVAILABLE)).isEqualTo(180);
        assertThat(result.history().stateNanos().get("kv").get(VaultState.PRIMARY_DOWN)).isEqualTo(90 * SECOND);
    }

    @Test
    void outageExactlyAsLongAsDetection_isABlip() {
        RunResult result = LiveInvariants.check(oneReadOneWritePerSecond(SERVICE,
                new RegionOutage("westeurope", HOUR, 2 * MINUTE)));

        assertThat(result.history().failovers()).isEmpty();
        assertThat(failed(result, OperationClass.READ)).isEqualTo(120);
    }

    @Test
    void bothRegionsDown_noFailoverUntilPrimaryReturns() {
        RunResult result = LiveInvariants.check(oneReadOneWritePerSecond(SERVICE,
                new RegionOutage("westeurope", HOUR, 2 * HOUR),
                new RegionOutage("northeurope", 30 * MINUTE, 210 * MINUTE)));

        assertThat(result.history().failovers()).isEmpty();
        assertThat(failed(result, OperationClass.READ)).isEqualTo(7200);
        assertThat(failed(result, OperationClass.WRITE)).isEqualTo(7200);
    }

    @Test
    void secondaryDownAtDetection_failsOverWhenSecondaryReturns() {
        RunResult result = LiveInvariants.check(oneReadOneWritePerSecond(SERVICE,
                new RegionOutage("westeurope", HOUR, 2 * HOUR),
                new RegionOutage("northeurope", 30 * MINUTE, 90 * MINUTE)));

        var failover = result.history().failovers().get(0);
        assertThat(failover.failoverStartNanos()).isEqualTo(2 * HOUR);
        assertThat(failover.failoverCompleteNanos()).isEqualTo(2 * HOUR + 5 * MINUTE);
        // Reads fail from 1:00 to 2:05; writes until failback completes at 3:13.
        assertThat(failed(result, OperationClass.READ)).isEqualTo(65 * 60);
        assertThat(failed(result, OperationClass.WRITE)).isEqualTo(133 * 60);
    }

    @Test
    void secondaryFailsWhileServing_everythingFailsUntilItReturns() {
        RunResult result = LiveInvariants.check(oneReadOneWritePerSecond(SERVICE,
                new RegionOutage("westeurope", HOUR, 2 * HOUR),
                new RegionOutage("northeurope", 90 * MINUTE, 20 * MINUTE)));

        // Reads: [1:00, 1:07) and [1:30, 1:50).
        assertThat(failed(result, OperationClass.READ)).isEqualTo(27 * 60);
        assertThat(failed(result, OperationClass.WRITE)).isEqualTo(133 * 60);
        assertThat(result.history().failovers().get(0).failbackCompleteNanos()).isEqualTo(3 * HOUR + 13 * MINUTE);
    }

    @Test
    void primaryDownAgainWhileFailingBack_abortsFailback() {
        RunResult result = LiveInvariants.check(oneReadOneWritePerSecond(SERVICE,
                new RegionOutage("westeurope", HOUR, 2 * HOUR),
                new RegionOutage("westeurope", 3 * HOUR + 11 * MINUTE, 30 * MINUTE)));

        var failover = result.history().failovers().get(0);
        assertThat(failover.failbackAborts()).isEqualTo(1);
        // Back at 3:41, failback 3:51 to 3:54.
        assertThat(failover.failbackStartNanos()).isEqualTo(3 * HOUR + 51 * MINUTE);
        assertThat(failover.failbackCompleteNanos()).isEqualTo(3 * HOUR + 54 * MINUTE);
        assertThat(result.history().failovers()).hasSize(1);
        assertThat(failed(result, OperationClass.WRITE)).isEqualTo(174 * 60);
        assertThat(failed(result, OperationClass.READ)).isEqualTo(7 * 60);
    }

    @Test
    void primaryBackDuringFailover_failoverCompletesThenFailsBack() {
        RunResult result = LiveInvariants.check(oneReadOneWritePerSecond(SERVICE,
                new RegionOutage("westeurope", HOUR, 3 * MINUTE)));

        var failover = result.history().failovers().get(0);
        assertThat(failover.failoverCompleteNanos()).isEqualTo(HOUR + 7 * MINUTE);
        // Primary up since 1:03; failback may start at 1:13, completes at 1:16.
        assertThat(failover.failbackStartNanos()).isEqualTo(HOUR + 13 * MINUTE);
        assertThat(failover.failbackCompleteNanos()).isEqualTo(HOUR + 16 * MINUTE);
    }

    @Test
    void regionWithoutPair_staysPrimaryDownForTheWholeOutage() {
        var lonely = new dev.vaultsim.scenario.RegionSpec("westeurope", "europe",
                new dev.vaultsim.scenario.Location(52.37, 4.90), null, SERVICE);
        Scenario base = oneReadOneWritePerSecond(SERVICE, new RegionOutage("westeurope", HOUR, 2 * HOUR));
        Scenario scenario = new Scenario(base.name(), "", "test", base.durationNanos(), 1, List.of(lonely),
                base.network(), base.vaults(), base.clients(), base.faults(), base.report());

        RunResult result = LiveInvariants.check(scenario);

        assertThat(result.history().failovers()).isEmpty();
        assertThat(result.history().stateNanos().get("kv").get(VaultState.PRIMARY_DOWN)).isEqualTo(2 * HOUR);
        assertThat(failed(result, OperationClass.READ)).isEqualTo(7200);
    }

    @Test
    void asyncReplication_lostWritesAreTheWritesStillInFlight() {
        Scenario scenario = scenario("lost", 6 * HOUR, SERVICE,
                List.of(client("writer", 100, Arrivals.CONSTANT, noRetries(), mix(Operation.SetSecret, 1))),
                List.of(new RegionOutage("westeurope", HOUR, 2 * HOUR)));

        RunResult result = LiveInvariants.check(scenario);

        // Writes at k/100 s with a 500 ms lag: those sent in (0:59:59.5, 1:00) had not arrived.
        assertThat(result.history().failovers().get(0).lostWrites()).isEqualTo(49);
    }

    @Test
    void partitionBeforeOutage_lostWritesIncludeTheBacklog() {
        RunResult result = LiveInvariants.check(oneReadOneWritePerSecond(SERVICE,
                new Partition("westeurope", "northeurope", 50 * MINUTE, 15 * MINUTE),
                new RegionOutage("westeurope", HOUR, 2 * HOUR)));

        // Every write from 0:50 to 0:59:59 queued behind the partition: 600 of them.
        assertThat(result.history().failovers().get(0).lostWrites()).isEqualTo(600);
    }

    @Test
    void synchronousReplication_losesNoWritesAndPaysTheRoundTrip() {
        ServiceSpec sync = service(failover(2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 3 * MINUTE),
                new ReplicationSpec(ReplicationMode.SYNC, null));
        RunResult syncResult = LiveInvariants.check(oneReadOneWritePerSecond(sync,
                new RegionOutage("westeurope", HOUR, 2 * HOUR)));
        RunResult asyncResult = LiveInvariants.check(oneReadOneWritePerSecond(SERVICE,
                new RegionOutage("westeurope", HOUR, 2 * HOUR)));

        assertThat(syncResult.history().failovers().get(0).lostWrites()).isZero();
        double extra = syncResult.traffic().byClass().get(OperationClass.WRITE).latency().meanMillis()
                - asyncResult.traffic().byClass().get(OperationClass.WRITE).latency().meanMillis();
        // Amsterdam to Dublin, 755 km: 2 × 755 × 1.5 / 200 + 1 ≈ 12.3 ms.
        assertThat(extra).isBetween(12.0, 12.6);
    }

    @Test
    void synchronousReplication_writesFailWhileTheSecondaryIsUnreachable() {
        ServiceSpec sync = service(failover(2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 3 * MINUTE),
                new ReplicationSpec(ReplicationMode.SYNC, null));
        RunResult result = LiveInvariants.check(oneReadOneWritePerSecond(sync,
                new Partition("westeurope", "northeurope", HOUR, 10 * MINUTE)));

        assertThat(result.traffic().failureCauses().get(FailureCause.REPLICATION_UNAVAILABLE)).isEqualTo(600);
        assertThat(failed(result, OperationClass.READ)).isZero();
    }
}
