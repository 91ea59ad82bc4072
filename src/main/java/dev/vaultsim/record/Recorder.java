package dev.vaultsim.record;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.catalog.VaultState;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.FaultSpec;
import dev.vaultsim.scenario.MixEntry;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.VaultSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams every completed request into counters and histograms: by operation, client, cause,
 * phase and timeline bucket; totals and classes are sums of operations, added up at the end. Nothing
 * per request is kept, and a request costs a few array lookups, no allocation and no map. Requests
 * are attributed to phases and buckets by their first attempt's start. It knows the world only by
 * what it is told: vault transitions, faults and failovers, by the scenario's names and positions.
 */
public final class Recorder implements RequestSink {

    public static final long MAX_TIMELINE_BUCKETS = 10_000;

    private final Scenario scenario;
    private final long horizonNanos;
    private final Aggregates aggregates;
    /** How requests reach the aggregates' figures by operation and by client. */
    private final ClientOperationSlices slices;
    /** By vault position in the scenario. */
    private final VaultHistory[] histories;
    private final List<FaultWindow> faults = new ArrayList<>();
    private final List<FailoverResult> failovers = new ArrayList<>();
    private final Timeline timeline;
    /** Null with one vault: the timeline is then that vault's. */
    private final VaultCounts vaultCounts;
    private final boolean detailed;
    private long faultsOmitted;

    /**
     * @param detailed whether to keep what only replication 0 reports: phases, state durations,
     *                 failovers, faults and the timeline (other replications only pool their totals)
     */
    public Recorder(Scenario scenario, long maxRequestSpanNanos, boolean detailed) {
        // Few enough pairs for phases are few enough for the run.
        this(scenario, maxRequestSpanNanos, detailed, ClientOperationSlices.pairs(scenario.clients()),
                ClientOperationSlices.phasesByPair(scenario.clients()));
    }

    /**
     * @param paired       whether requests are sliced by client and operation ({@link ClientOperationSlices})
     * @param phasesByPair whether the phases slice them so too (only with {@code paired})
     */
    Recorder(Scenario scenario, long maxRequestSpanNanos, boolean detailed, boolean paired, boolean phasesByPair) {
        this.scenario = scenario;
        this.horizonNanos = scenario.durationNanos();
        this.detailed = detailed;
        List<Operation> operations = new ArrayList<>();
        for (ClientSpec client : scenario.clients()) {
            for (MixEntry entry : client.mix()) {
                operations.add(entry.operation());
            }
        }
        this.aggregates = new Aggregates(operations, scenario.clients().size(),
                new ClientViewCounts(scenario.clients(), scenario.vaults()));
        this.slices = new ClientOperationSlices(scenario.clients().size(), paired, aggregates.byOperation,
                aggregates.byClient);
        List<VaultSpec> vaults = scenario.vaults();
        this.histories = new VaultHistory[vaults.size()];
        for (int v = 0; v < histories.length; v++) {
            histories[v] = new VaultHistory(vaults.get(v).name(), vaults.get(v).region(), maxRequestSpanNanos, slices,
                    phasesByPair ? scenario.clients().size() : 0);
        }
        this.timeline = new Timeline(horizonNanos, timelineBucketNanos(scenario), maxRequestSpanNanos);
        this.vaultCounts = vaults.size() > 1 && detailed ? new VaultCounts(vaults.stream().map(VaultSpec::name).toList(),
                timeline.bucketNanos(), timeline.bucketCount()) : null;
    }

    /** The report's bucket, widened by a whole factor so the timeline stays under ~10,000 buckets. */
    public static long timelineBucketNanos(Scenario scenario) {
        long bucket = scenario.report().bucketNanos();
        long buckets = (scenario.durationNanos() + bucket - 1) / bucket;
        long factor = (buckets + MAX_TIMELINE_BUCKETS - 1) / MAX_TIMELINE_BUCKETS;
        return bucket * Math.max(1, factor);
    }

    @Override
    public void requestCompleted(int client, int vault, Operation operation, FailureCause cause, int attempts,
                                 long firstStartNanos, int phase, long now) {
        requestCompleted(client, vault, operation, cause, CacheOutcome.UNCACHED, attempts, firstStartNanos, phase, now);
    }

    @Override
    public void requestCompleted(int client, int vault, Operation operation, FailureCause cause, CacheOutcome cache,
                                 int attempts, long firstStartNanos, int phase, long now) {
        OperationClass operationClass = operation.operationClass();
        boolean success = cause == null;
        long latency = now - firstStartNanos;
        aggregates.clientViews.add(client, vault, cache, success, 1, attempts);
        if (!success) {
            aggregates.failureCauses[cause.ordinal()]++;
        }
        if (!detailed) {
            slices.add(client, operation, success, attempts, latency);
        } else {
            // The phase passes the request on to the figures by client and operation.
            histories[vault].add(phase, client, operation, success, attempts, latency, now);
            timeline.add(operationClass, firstStartNanos, success, latency, now);
            if (vaultCounts != null) {
                vaultCounts.add(vault, operationClass, firstStartNanos, 1, success);
            }
        }
    }

    @Override
    public void requestsCompleted(RequestBatch batch) {
        OperationClass operationClass = batch.operation().operationClass();
        aggregates.clientViews.add(batch.client(), batch.vault(), batch.cache(), batch.succeeded(), batch.count(),
                batch.attempts());
        if (!batch.succeeded()) {
            aggregates.failureCauses[batch.cause().ordinal()] += batch.count();
        }
        if (!detailed) {
            slices.addBatch(batch);
        } else {
            histories[batch.vault()].addBatch(batch);
            timeline.addBatch(operationClass, batch);
            if (vaultCounts != null) {
                vaultCounts.add(batch.vault(), operationClass, batch.firstStartNanos(), batch.count(), batch.succeeded());
            }
        }
    }

    @Override
    public void switchedVault(int client, OperationClass operationClass, int toVault, long now) {
        aggregates.clientViews.switched(client, operationClass, toVault, now, horizonNanos);
    }

    @Override
    public void divergentWrites(int client, int vault, long count, long now) {
        aggregates.clientViews.divergentWrites(client, count);
    }

    /**
     * The vault at position {@code vault} entered {@code to} at {@code now}.
     *
     * @param servingRegion the region that answers in the new state, or null where none does
     */
    public void vaultStateChanged(int vault, VaultState to, String servingRegion, long now) {
        if (detailed) {
            histories[vault].transition(to, servingRegion, now);
        }
    }

    public void faultStarted(FaultSpec fault, long startNanos, long endNanos) {
        if (detailed && startNanos < horizonNanos) {
            if (faults.size() < WorldHistory.MAX_FAULT_WINDOWS) {
                // Clipped like phases and state durations: the report covers the horizon only.
                faults.add(new FaultWindow(fault, startNanos, Math.min(endNanos, horizonNanos)));
            } else {
                faultsOmitted++;
            }
        }
    }

    /**
     * One failover of a vault as the run left it; times not reached are negative. Times at or past
     * the horizon are reported as not reached, and a failover that starts there not at all.
     */
    public void failover(String vault, String from, String to, long outageStartNanos, long failoverStartNanos,
                         long failoverCompleteNanos, long failbackStartNanos, long failbackCompleteNanos,
                         int failbackAborts, long lostWrites) {
        if (failoverStartNanos < horizonNanos) {
            // Every replication counts them, so that sweeps pool lost writes like requests.
            aggregates.lostWrites += lostWrites;
        }
        if (detailed && failoverStartNanos < horizonNanos) {
            failovers.add(new FailoverResult(vault, from, to, outageStartNanos, beforeHorizon(failoverStartNanos),
                    beforeHorizon(failoverCompleteNanos), beforeHorizon(failbackStartNanos),
                    beforeHorizon(failbackCompleteNanos), failbackAborts, lostWrites));
        }
    }

    private Long beforeHorizon(long nanos) {
        return nanos < 0 || nanos >= horizonNanos ? null : nanos;
    }

    /** The figures that pool across replications; only once the run is over. */
    public Aggregates aggregates() {
        settle();
        return aggregates;
    }

    /** What the run showed; only once it is over. */
    public RunResult result(EngineFigures engine) {
        settle();
        timeline.finish();
        aggregates.clientViews.finish(horizonNanos);
        RunInfo info = new RunInfo(scenario.name(), scenario.description(), scenario.seed(), 1, horizonNanos,
                scenario.report().sloAvailability());
        Traffic traffic = aggregates.traffic(scenario.clients().stream().map(ClientSpec::name).toList());
        return new RunResult(info, traffic, detailed ? history() : WorldHistory.NONE,
                new TimelineResult(timeline.bucketNanos(), detailed ? timelineResults() : List.of(),
                        vaultCounts == null ? List.of() : vaultCounts.results()),
                engine, null, null);
    }

    /** Closes the phases, which hand their slices to the figures by client and operation, then adds those up. */
    private void settle() {
        for (VaultHistory history : histories) {
            history.finish();
        }
        slices.settle();
    }

    private WorldHistory history() {
        Map<String, Map<VaultState, Long>> stateNanos = new LinkedHashMap<>();
        List<PhaseResult> phases = new ArrayList<>();
        for (VaultHistory history : histories) {
            stateNanos.put(history.vault(), history.stateNanos(horizonNanos));
            phases.addAll(history.results(horizonNanos));
        }
        return new WorldHistory(stateNanos, phases, List.copyOf(failovers), List.copyOf(faults), faultsOmitted);
    }

    private List<BucketResult> timelineResults() {
        List<BucketResult> buckets = new ArrayList<>(timeline.bucketCount());
        for (int b = 0; b < timeline.bucketCount(); b++) {
            long start = b * timeline.bucketNanos();
            buckets.add(new BucketResult(start, timeline.totalStats(b), timeline.stats(b, OperationClass.READ),
                    timeline.stats(b, OperationClass.WRITE), stateAt(start)));
        }
        return buckets;
    }

    private String stateAt(long time) {
        if (histories.length == 1) {
            return histories[0].stateAt(time).name();
        }
        StringBuilder joined = new StringBuilder();
        for (VaultHistory history : histories) {
            if (joined.length() > 0) {
                joined.append(';');
            }
            joined.append(history.vault()).append('=').append(history.stateAt(time).name());
        }
        return joined.toString();
    }
}
