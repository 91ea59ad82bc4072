package dev.vaultsim.report;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.catalog.VaultState;
import dev.vaultsim.record.BucketResult;
import dev.vaultsim.record.BucketStats;
import dev.vaultsim.record.EngineFigures;
import dev.vaultsim.record.FailoverResult;
import dev.vaultsim.record.FaultWindow;
import dev.vaultsim.record.LatencySummary;
import dev.vaultsim.record.PhaseResult;
import dev.vaultsim.record.RunInfo;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.record.Stats;
import dev.vaultsim.record.TimelineResult;
import dev.vaultsim.record.Traffic;
import dev.vaultsim.record.WorldHistory;
import dev.vaultsim.scenario.InstanceFailure;
import dev.vaultsim.scenario.LatencySpike;
import dev.vaultsim.scenario.Partition;
import dev.vaultsim.scenario.RegionOutage;
import dev.vaultsim.scenario.ReplicaFailure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-built run results for report tests: by default the worked example of vault-behaviour.md
 * (353/360 reads and 227/360 writes succeeded over six hours, one failover), changed with the
 * {@code with…} methods.
 */
public final class RunResults {

    public static final long SECOND = 1_000_000_000L;
    public static final LatencySummary LATENCY =
            new LatencySummary(12.3456, 10.0, 20.5, 45.1235, 99.9999, 120.0);

    private String scenario = "paired-region-failover";
    private String description = "One vault in westeurope fails over to northeurope.";
    private long seed = 42;
    private long horizonNanos = 21_600 * SECOND;
    private Stats read = new Stats(360, 353, 7, 380, LATENCY);
    private Stats write = new Stats(360, 227, 133, 500, new LatencySummary(20, 18, 30, 60.5, 80, 90.25));
    private final Map<FailureCause, Long> causes = new EnumMap<>(FailureCause.class);
    private List<BucketResult> timeline = new ArrayList<>(List.of(
            new BucketResult(0, new BucketStats(2, 2, 10, 45.1235), new BucketStats(1, 1, 10, 12),
                    new BucketStats(1, 1, 18, 60.5), "NORMAL"),
            new BucketResult(60 * SECOND, new BucketStats(2, 0, Double.NaN, Double.NaN),
                    new BucketStats(0, 0, Double.NaN, Double.NaN), new BucketStats(2, 0, Double.NaN, Double.NaN),
                    "PRIMARY_DOWN")));
    private double slo = 0.9999;

    public RunResults() {
        causes.put(FailureCause.REGION_UNAVAILABLE, 40L);
        causes.put(FailureCause.FAILOVER_IN_PROGRESS, 20L);
        causes.put(FailureCause.READ_ONLY, 80L);
    }

    public RunResults withScenario(String name) {
        scenario = name;
        return this;
    }

    public RunResults withoutRequests() {
        read = Stats.EMPTY;
        write = Stats.EMPTY;
        causes.clear();
        timeline = List.of();
        return this;
    }

    public RunResults withSlo(double availability) {
        slo = availability;
        return this;
    }

    public RunResult build() {
        Stats totals = new Stats(read.requests() + write.requests(), read.succeeded() + write.succeeded(),
                read.failed() + write.failed(), read.attempts() + write.attempts(),
                read.latency() == null ? null : new LatencySummary(16.17, 12, 25, 58, 99.9999, 120));
        Map<OperationClass, Stats> byClass = new EnumMap<>(OperationClass.class);
        byClass.put(OperationClass.READ, read);
        byClass.put(OperationClass.WRITE, write);
        Map<Operation, Stats> byOperation = new EnumMap<>(Operation.class);
        byOperation.put(Operation.GetSecret, read);
        byOperation.put(Operation.SetSecret, write);
        Map<String, Stats> byClient = new LinkedHashMap<>();
        byClient.put("checkout-api", totals);
        Map<VaultState, Long> states = new EnumMap<>(VaultState.class);
        states.put(VaultState.NORMAL, 14_000 * SECOND);
        states.put(VaultState.PRIMARY_DOWN, 120 * SECOND);
        states.put(VaultState.FAILING_OVER, 300 * SECOND);
        states.put(VaultState.FAILED_OVER, 7_000 * SECOND);
        states.put(VaultState.FAILING_BACK, 180 * SECOND);
        Map<String, Map<VaultState, Long>> stateNanos = new LinkedHashMap<>();
        stateNanos.put("contoso-kv", states);
        return new RunResult(new RunInfo(scenario, description, seed, 1, horizonNanos, slo),
                new Traffic(totals, byClass, byOperation, byClient, new EnumMap<>(causes)),
                new WorldHistory(stateNanos, phases(read, write), failovers(), faults(), 0),
                new TimelineResult(60 * SECOND, timeline), new EngineFigures("exact", 2_159_003, 0x5eed), null, null);
    }

    private static List<FaultWindow> faults() {
        return List.of(
                new FaultWindow(new RegionOutage("westeurope", 3600 * SECOND, 7200 * SECOND),
                        3600 * SECOND, 10_800 * SECOND),
                new FaultWindow(new InstanceFailure("northeurope", "frontend", 2, SECOND, SECOND),
                        SECOND, 2 * SECOND),
                new FaultWindow(new ReplicaFailure("westeurope", 1, SECOND, SECOND), SECOND, 2 * SECOND),
                new FaultWindow(new Partition("westeurope", "northeurope", SECOND, SECOND),
                        SECOND, 2 * SECOND),
                new FaultWindow(new LatencySpike("westeurope", null, 2.5, SECOND, SECOND),
                        SECOND, 2_500_000_000L));
    }

    private static List<PhaseResult> phases(Stats read, Stats write) {
        Map<OperationClass, Stats> normal = new EnumMap<>(OperationClass.class);
        normal.put(OperationClass.READ, read);
        normal.put(OperationClass.WRITE, write);
        return List.of(
                new PhaseResult("contoso-kv", VaultState.NORMAL, "westeurope", 0, 3600 * SECOND, normal),
                new PhaseResult("contoso-kv", VaultState.PRIMARY_DOWN, null, 3600 * SECOND, 3600 * SECOND, Map.of()),
                new PhaseResult("contoso-kv", VaultState.PRIMARY_DOWN, null, 3600 * SECOND, 3720 * SECOND,
                        Map.of()));
    }

    private static List<FailoverResult> failovers() {
        return List.of(new FailoverResult("contoso-kv", "westeurope", "northeurope", 3600 * SECOND,
                3720 * SECOND, 4020 * SECOND, 11_400 * SECOND, 11_580_500_000_000L, 1, 3));
    }
}
