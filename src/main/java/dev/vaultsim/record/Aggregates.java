package dev.vaultsim.record;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures that pool across replications: stats by operation and client, and failure causes;
 * totals and classes are sums of the operations (so a request costs two histograms here, not
 * four). Merging adds counts, sums and histograms, all of which commute, so pooled figures do not
 * depend on the order replications finish in.
 */
public final class Aggregates {

    final StatsAccumulator[] byOperation = new StatsAccumulator[Operation.values().length];
    final StatsAccumulator[] byClient;
    final long[] failureCauses = new long[FailureCause.values().length];
    final ClientViewCounts clientViews;
    /** Writes lost in failovers that started before the horizon, so sweeps can pool them. */
    long lostWrites;

    Aggregates(List<Operation> operations, int clients, ClientViewCounts clientViews) {
        this.clientViews = clientViews;
        for (Operation operation : operations) {
            byOperation[operation.ordinal()] = new StatsAccumulator();
        }
        byClient = new StatsAccumulator[clients];
        for (int i = 0; i < clients; i++) {
            byClient[i] = new StatsAccumulator();
        }
    }

    /** Adds another replication's figures to these. */
    public void merge(Aggregates other) {
        for (int o = 0; o < byOperation.length; o++) {
            if (byOperation[o] != null) {
                byOperation[o].merge(other.byOperation[o]);
            }
        }
        for (int i = 0; i < byClient.length; i++) {
            byClient[i].merge(other.byClient[i]);
        }
        for (int c = 0; c < failureCauses.length; c++) {
            failureCauses[c] += other.failureCauses[c];
        }
        clientViews.merge(other.clientViews);
        lostWrites += other.lostWrites;
    }

    public long lostWrites() {
        return lostWrites;
    }

    /** These figures as plain data, to write a replication's partial result to a file. */
    public AggregatesData data() {
        List<StatsAccumulator.Data> operations = new ArrayList<>();
        for (StatsAccumulator slice : byOperation) {
            operations.add(slice == null ? null : slice.data());
        }
        List<StatsAccumulator.Data> clients = new ArrayList<>();
        for (StatsAccumulator slice : byClient) {
            clients.add(slice.data());
        }
        return new AggregatesData(operations, clients, failureCauses.clone(), lostWrites, clientViews.data());
    }

    /**
     * The figures {@link #data()} wrote, exactly: merging them gives what merging the originals
     * gives. Without the scenario the clients' views are bare counts, fit to merge into figures
     * that have it ({@link #of(AggregatesData, Scenario)}), not to report.
     */
    public static Aggregates of(AggregatesData data) {
        return of(data, ClientViewCounts.of(data.clientViews()));
    }

    /** The figures {@link #data()} wrote, with the scenario they came from, ready to report. */
    public static Aggregates of(AggregatesData data, Scenario scenario) {
        return of(data, ClientViewCounts.of(data.clientViews(), scenario.clients(), scenario.vaults()));
    }

    private static Aggregates of(AggregatesData data, ClientViewCounts clientViews) {
        Aggregates aggregates = new Aggregates(List.of(), data.byClient().size(), clientViews);
        if (data.byOperation().size() != aggregates.byOperation.length
                || data.failureCauses().length != aggregates.failureCauses.length) {
            throw new IllegalArgumentException("aggregates written for another catalog: "
                    + data.byOperation().size() + " operations, " + data.failureCauses().length + " causes");
        }
        for (int o = 0; o < aggregates.byOperation.length; o++) {
            StatsAccumulator.Data slice = data.byOperation().get(o);
            aggregates.byOperation[o] = slice == null ? null : StatsAccumulator.of(slice);
        }
        for (int i = 0; i < aggregates.byClient.length; i++) {
            aggregates.byClient[i] = StatsAccumulator.of(data.byClient().get(i));
        }
        System.arraycopy(data.failureCauses(), 0, aggregates.failureCauses, 0, aggregates.failureCauses.length);
        aggregates.lostWrites = data.lostWrites();
        return aggregates;
    }

    public Stats totals() {
        return sumOfOperations(null);
    }

    public Stats byClass(OperationClass operationClass) {
        return sumOfOperations(operationClass);
    }

    /** The operations of one class (or all, for null) added up. */
    private Stats sumOfOperations(OperationClass operationClass) {
        StatsAccumulator sum = new StatsAccumulator();
        for (Operation operation : Operation.values()) {
            StatsAccumulator slice = byOperation[operation.ordinal()];
            if (slice != null && (operationClass == null || operation.operationClass() == operationClass)) {
                sum.merge(slice);
            }
        }
        return sum.toStats();
    }

    Map<OperationClass, Stats> byClassMap() {
        Map<OperationClass, Stats> classes = new LinkedHashMap<>();
        for (OperationClass c : OperationClass.values()) {
            classes.put(c, byClass(c));
        }
        return classes;
    }

    Map<Operation, Stats> byOperationMap() {
        Map<Operation, Stats> operations = new LinkedHashMap<>();
        for (Operation operation : Operation.values()) {
            if (byOperation[operation.ordinal()] != null) {
                operations.put(operation, byOperation[operation.ordinal()].toStats());
            }
        }
        return operations;
    }

    Map<String, Stats> byClientMap(List<String> clientNames) {
        Map<String, Stats> clients = new LinkedHashMap<>();
        for (int i = 0; i < byClient.length; i++) {
            clients.put(clientNames.get(i), byClient[i].toStats());
        }
        return clients;
    }

    Map<FailureCause, Long> failureCauseMap() {
        Map<FailureCause, Long> causes = new EnumMap<>(FailureCause.class);
        for (FailureCause cause : FailureCause.values()) {
            causes.put(cause, failureCauses[cause.ordinal()]);
        }
        return causes;
    }

    /** These figures as a report's traffic part, clients named in the scenario's order. */
    public Traffic traffic(List<String> clientNames) {
        return new Traffic(totals(), byClassMap(), byOperationMap(), byClientMap(clientNames), failureCauseMap(),
                clientViews.views());
    }
}
