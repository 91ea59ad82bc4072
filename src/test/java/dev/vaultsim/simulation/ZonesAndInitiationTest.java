package dev.vaultsim.simulation;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.record.Stats;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.ScenarioLoader;
import dev.vaultsim.testing.LiveInvariants;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zone outages and best-effort failover against answers known by arithmetic. One layer of three
 * instances, probes every 5 s ejecting at the second failure, constant arrivals of 12 requests a
 * second of one operation, no retries; the zone or region is lost from 1:00 for 30 minutes.
 */
class ZonesAndInitiationTest {

    private static final String SCENARIO = """
            name: zones
            duration: 3h
            regions:
              - { name: westeurope,  geography: europe, location: { lat: 52.37, lon: 4.90 },  pair: northeurope, zones: %d }
              - { name: northeurope, geography: europe, location: { lat: 53.35, lon: -6.26 }, pair: westeurope }
            service:
              layers: [ { name: app, instances: 3, latency: 1ms } ]
              healthProbe: { interval: 5s, failuresToEject: 2 }
              replicas: { count: 3, writeQuorum: 2 }
              zoneFailover: { writePause: %s }
              failover: { initiation: %s }
            vaults: [ { name: kv, region: westeurope } ]
            clients:
              - { name: c, vault: kv, rate: 12/s, arrivals: constant, mix: { %s: 1 }, retry: { maxRetries: 0 } }
            faults:
              - %s
            """;

    private static final String ZONE_1 = "{ type: zone-outage, region: westeurope, zone: 1, at: 1h, duration: 30m }";
    private static final String REGION = "{ type: region-outage, region: westeurope, at: 1h, duration: 30m }";
    /** 3 h at 12/s. */
    private static final long REQUESTS = 3 * 3600 * 12;

    private static RunResult run(int zones, String writePause, String initiation, String operation, String fault) {
        String yaml = SCENARIO.formatted(zones, writePause, initiation, operation, fault);
        Scenario scenario = ScenarioLoader.loadString("zones.yaml", yaml, List.of()).scenario();
        return LiveInvariants.check(scenario);
    }

    private static Stats stats(RunResult result, OperationClass c) {
        return result.traffic().byClass().get(c);
    }

    @Test
    void zoneOutageOfThreeZones_costsReadsOnlyTheProbeWindow() {
        RunResult result = run(3, "0s", "1", "GetSecret", ZONE_1);

        // Instance 0 (zone 1) fails its probes at 1:00:00 and 1:00:05 and is ejected at the second:
        // of the 60 requests in [1:00:00, 1:00:05) round robin sends one in three to it.
        assertThat(stats(result, OperationClass.READ).requests()).isEqualTo(REQUESTS);
        assertThat(stats(result, OperationClass.READ).failed()).isEqualTo(20);
        assertThat(result.traffic().failureCauses().get(FailureCause.INSTANCE_UNAVAILABLE)).isEqualTo(20);
        assertThat(result.history().failovers()).isEmpty();
    }

    @Test
    void zoneOutageOfThreeZones_costsWritesOnlyTheProbeWindow_theQuorumSurvives() {
        RunResult result = run(3, "0s", "1", "SetSecret", ZONE_1);

        assertThat(stats(result, OperationClass.WRITE).failed()).isEqualTo(20);
        assertThat(result.traffic().failureCauses().get(FailureCause.REPLICA_QUORUM_LOST)).isZero();
    }

    @Test
    void zoneOutageOfTwoZones_losesTwoOfThreeReplicas_andWritesFailForTheWholeOutage() {
        RunResult result = run(2, "0s", "1", "SetSecret", ZONE_1);

        // Zone 1 holds replicas 0 and 2 and instances 0 and 2: in the probe window two in three
        // writes reach a down instance, the third the lost quorum; after it every write loses the quorum.
        assertThat(stats(result, OperationClass.WRITE).failed()).isEqualTo(30 * 60 * 12);
        assertThat(result.traffic().failureCauses().get(FailureCause.INSTANCE_UNAVAILABLE)).isEqualTo(40);
        assertThat(result.traffic().failureCauses().get(FailureCause.REPLICA_QUORUM_LOST)).isEqualTo(30 * 60 * 12 - 40);
    }

    @Test
    void zoneWritePause_costsExactlyItsLengthInWrites() {
        RunResult result = run(3, "30s", "1", "SetSecret", ZONE_1);

        // The pause is checked before the layers, so the probe window falls inside it: 30 s × 12/s.
        assertThat(stats(result, OperationClass.WRITE).failed()).isEqualTo(360);
        assertThat(result.traffic().failureCauses().get(FailureCause.ZONE_FAILOVER_IN_PROGRESS)).isEqualTo(360);
    }

    @Test
    void zoneWritePause_leavesReadsAlone() {
        RunResult result = run(3, "30s", "1", "GetSecret", ZONE_1);

        assertThat(stats(result, OperationClass.READ).failed()).isEqualTo(20);
    }

    @Test
    void initiationZero_noFailover_readsAndWritesFailForTheWholeOutage() {
        RunResult reads = run(1, "0s", "0", "GetSecret", REGION);
        RunResult writes = run(1, "0s", "0", "SetSecret", REGION);

        assertThat(reads.history().failovers()).isEmpty();
        assertThat(stats(reads, OperationClass.READ).failed()).isEqualTo(30 * 60 * 12);
        assertThat(stats(writes, OperationClass.WRITE).failed()).isEqualTo(30 * 60 * 12);
        assertThat(reads.traffic().failureCauses().get(FailureCause.REGION_UNAVAILABLE)).isEqualTo(30 * 60 * 12);
    }

    @Test
    void initiationOne_failsOverAsBefore() {
        RunResult result = run(1, "0s", "1", "GetSecret", REGION);

        assertThat(result.history().failovers()).hasSize(1);
        // Detection 2 m and failover 5 m: reads fail for 7 minutes.
        assertThat(stats(result, OperationClass.READ).failed()).isEqualTo(7 * 60 * 12);
    }

    /** Property: a zone outage never moves the vault out of NORMAL, whatever the zone and zone count. */
    @Property(tries = 20)
    void zoneOutage_neverTriggersFailover(@ForAll @IntRange(min = 2, max = 5) int zones,
                                          @ForAll @IntRange(min = 1, max = 5) int zone) {
        int z = Math.min(zone, zones);
        String fault = "{ type: zone-outage, region: westeurope, zone: " + z + ", at: 1h, duration: 30m }";
        RunResult result = run(zones, "10s", "1", "GetSecret", fault);

        assertThat(result.history().failovers()).isEmpty();
        assertThat(result.history().stateNanos().get("kv").keySet()).allSatisfy(state ->
                assertThat(state.name().equals("NORMAL")
                        || result.history().stateNanos().get("kv").get(state) == 0).isTrue());
    }

    @Test
    void initiationProbability_isTheShareOfOutagesThatFailOver() {
        String yaml = """
                name: initiation
                duration: 2y
                regions:
                  - { name: westeurope,  geography: europe, location: { lat: 52.37, lon: 4.90 },  pair: northeurope }
                  - { name: northeurope, geography: europe, location: { lat: 53.35, lon: -6.26 }, pair: westeurope }
                service:
                  failover: { detection: 0s, duration: 0s, failbackDelay: 0s, failbackDuration: 0s, initiation: 0.3 }
                vaults: [ { name: kv, region: westeurope } ]
                clients: [ { name: c, vault: kv, rate: 1/h, mix: { GetSecret: 1 } } ]
                stochastic:
                  - { type: region-outage, regions: [westeurope], timeBetweenFailures: { exponential: { mean: 10h } },
                      timeToRepair: { exponential: { mean: 1h } } }
                """;
        Scenario scenario = ScenarioLoader.loadString("initiation.yaml", yaml, List.of()).scenario();
        RunResult result = Simulation.run(scenario);

        long outages = result.history().faults().size();
        double share = (double) result.history().failovers().size() / outages;
        // Binomial: 99 % of draws lie within 2.576 standard deviations of p.
        double halfWidth = 2.576 * Math.sqrt(0.3 * 0.7 / outages);
        assertThat(outages).isGreaterThan(1000);
        assertThat(share).isBetween(0.3 - halfWidth, 0.3 + halfWidth);
    }
}
