package dev.vaultsim.record;

import dev.vaultsim.faults.FaultListener;
import dev.vaultsim.model.FailoverRecord;
import dev.vaultsim.model.Vault;
import dev.vaultsim.model.VaultListener;
import dev.vaultsim.model.VaultState;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.FaultSpec;
import dev.vaultsim.scenario.MixEntry;
import dev.vaultsim.scenario.Operation;
import dev.vaultsim.scenario.OperationClass;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.workload.Request;
import dev.vaultsim.workload.RequestListener;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streams every completed request into counters and histograms: by operation, client, cause,
 * phase and timeline bucket; totals and classes are sums of operations, added up at the end. Nothing
 * per request is kept, and a request costs a few array lookups, no allocation and no map. Requests
 * are attributed to phases and buckets by their first attempt's start.
 */
public final class Recorder implements RequestListener, VaultListener, FaultListener {

    private static final long MAX_TIMELINE_BUCKETS = 10_000;

    private final Scenario scenario;
    private final long horizonNanos;
    private final Aggregates aggregates;
    private final Map<Vault, VaultHistory> histories = new LinkedHashMap<>();
    /** By client index: the history of the client's vault. */
    private final VaultHistory[] historyByClient;
    private final List<FaultWindow> faults = new ArrayList<>();
    private final Timeline timeline;
    private final boolean detailed;
    private long faultsOmitted;

    /**
     * @param detailed whether to keep what only replication 0 reports: phases, state durations,
     *                 failovers, faults and the timeline (other replications only pool their totals)
     */
    public Recorder(Scenario scenario, List<Vault> vaults, long maxRequestSpanNanos, boolean detailed) {
        this.scenario = scenario;
        this.horizonNanos = scenario.durationNanos();
        this.detailed = detailed;
        List<Operation> operations = new ArrayList<>();
        for (ClientSpec client : scenario.clients()) {
            for (MixEntry entry : client.mix()) {
                operations.add(entry.operation());
            }
        }
        int clients = scenario.clients().size();
        this.aggregates = new Aggregates(operations, clients);
        for (Vault vault : vaults) {
            histories.put(vault, new VaultHistory(vault, maxRequestSpanNanos));
            vault.addListener(this);
        }
        this.historyByClient = new VaultHistory[clients];
        for (int i = 0; i < clients; i++) {
            String vaultName = scenario.clients().get(i).vault();
            for (Map.Entry<Vault, VaultHistory> entry : histories.entrySet()) {
                if (entry.getKey().name().equals(vaultName)) {
                    historyByClient[i] = entry.getValue();
                }
            }
        }
        this.timeline = new Timeline(horizonNanos, timelineBucket(scenario), maxRequestSpanNanos);
    }

    /** The report's bucket, widened by a whole factor so the timeline stays under ~10,000 buckets. */
    static long timelineBucket(Scenario scenario) {
        long bucket = scenario.report().bucketNanos();
        long buckets = (scenario.durationNanos() + bucket - 1) / bucket;
        long factor = (buckets + MAX_TIMELINE_BUCKETS - 1) / MAX_TIMELINE_BUCKETS;
        return bucket * Math.max(1, factor);
    }

    @Override
    public void requestCompleted(Request request, long now) {
        Operation operation = request.operation();
        OperationClass operationClass = operation.operationClass();
        boolean success = request.succeeded();
        int attempts = request.attempts();
        long latency = now - request.firstStartNanos();
        int client = request.client().index();
        aggregates.byOperation[operation.ordinal()].add(success, attempts, latency);
        aggregates.byClient[client].add(success, attempts, latency);
        if (!success) {
            aggregates.failureCauses[request.cause().ordinal()]++;
        }
        if (detailed) {
            historyByClient[client].add(request.phaseAtStart(), operationClass, success, attempts, latency, now);
            timeline.add(operationClass, request.firstStartNanos(), success, latency, now);
        }
    }

    @Override
    public void stateChanged(Vault vault, VaultState from, VaultState to, long now) {
        if (detailed) {
            histories.get(vault).transition(to, now);
        }
    }

    @Override
    public void faultStarted(FaultSpec fault, long startNanos, long endNanos) {
        if (detailed && startNanos < horizonNanos) {
            if (faults.size() < RunResult.MAX_FAULT_WINDOWS) {
                // Clipped like phases and state durations: the report covers the horizon only.
                faults.add(new FaultWindow(fault, startNanos, Math.min(endNanos, horizonNanos)));
            } else {
                faultsOmitted++;
            }
        }
    }

    /** The figures that pool across replications. */
    public Aggregates aggregates() {
        return aggregates;
    }

    public RunResult result(long eventsProcessed, long fingerprint) {
        timeline.finish();
        Map<String, Map<VaultState, Long>> stateNanos = new LinkedHashMap<>();
        List<PhaseResult> phases = new ArrayList<>();
        List<FailoverResult> failovers = new ArrayList<>();
        for (Map.Entry<Vault, VaultHistory> entry : detailed ? histories.entrySet() : Set.<Map.Entry<Vault, VaultHistory>>of()) {
            stateNanos.put(entry.getKey().name(), entry.getValue().stateNanos(horizonNanos));
            phases.addAll(entry.getValue().results(horizonNanos));
            failovers.addAll(failoverResults(entry.getKey()));
        }
        return new RunResult(scenario.name(), scenario.description(), scenario.seed(), 1, horizonNanos,
                timeline.bucketNanos(), aggregates.totals(), aggregates.byClassMap(), aggregates.byOperationMap(),
                aggregates.byClientMap(scenario.clients().stream().map(ClientSpec::name).toList()),
                aggregates.failureCauseMap(), stateNanos, List.copyOf(faults), phases, failovers,
                detailed ? timelineResults() : List.of(), scenario.report().sloAvailability(), eventsProcessed,
                fingerprint, null, null, faultsOmitted);
    }

    private List<FailoverResult> failoverResults(Vault vault) {
        List<FailoverResult> results = new ArrayList<>();
        for (FailoverRecord record : vault.failovers()) {
            if (record.failoverStartNanos() >= horizonNanos) {
                continue;
            }
            results.add(new FailoverResult(vault.name(), vault.primary().name(), vault.secondary().name(),
                    record.outageStartNanos(), beforeHorizon(record.failoverStartNanos()),
                    beforeHorizon(record.failoverCompleteNanos()), beforeHorizon(record.failbackStartNanos()),
                    beforeHorizon(record.failbackCompleteNanos()), record.failbackAborts(), record.lostWrites()));
        }
        return results;
    }

    private Long beforeHorizon(long nanos) {
        return nanos < 0 || nanos >= horizonNanos ? null : nanos;
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
        if (histories.size() == 1) {
            return histories.values().iterator().next().stateAt(time).name();
        }
        StringBuilder joined = new StringBuilder();
        for (Map.Entry<Vault, VaultHistory> entry : histories.entrySet()) {
            if (joined.length() > 0) {
                joined.append(';');
            }
            joined.append(entry.getKey().name()).append('=').append(entry.getValue().stateAt(time).name());
        }
        return joined.toString();
    }
}
