package dev.vaultsim.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The kinds of fault, as scenario files and reports name them. Each constant names the definition
 * in its record's file that reads and checks the kind (scheduled and stochastic), expands a
 * stochastic entry into units and says what the textbook availability makes of it; every other
 * place goes through here, so a kind it does not know is an error everywhere.
 */
public enum FaultKind {
    REGION_OUTAGE("region-outage", new RegionOutage.Kind()),
    INSTANCE_FAILURE("instance-failure", new InstanceFailure.Kind()),
    REPLICA_FAILURE("replica-failure", new ReplicaFailure.Kind()),
    PARTITION("partition", new Partition.Kind()),
    LATENCY_SPIKE("latency-spike", new LatencySpike.Kind());

    /** What one kind does besides its record's own describe and apply. */
    interface Definition {
        AnalyticRole role();

        /** The target's keys in a scheduled entry, in the order they are written. */
        List<String> keys();

        /** The target's keys in a stochastic entry. */
        List<String> stochasticKeys();

        /** Reads and checks the target of a scheduled entry. */
        FaultSpec read(FaultFields f, long atNanos, long durationNanos);

        /** Reads and checks the target of a stochastic entry. */
        StochasticFaultSpec readStochastic(FaultFields f, Distribution timeBetweenFailures, Distribution timeToRepair);

        void describe(StochasticFaultSpec entry, TargetParts.Coverage parts);

        /** The units the entry covers, in a fixed order, each stream named {@code prefix + …}. */
        List<FaultUnit> units(StochasticFaultSpec entry, FaultTargets world, String prefix);

        FaultSpec decode(TargetSource source, long atNanos, long durationNanos);
    }

    private final String type;
    private final Definition definition;

    FaultKind(String type, Definition definition) {
        this.type = type;
        this.definition = definition;
    }

    public String type() {
        return type;
    }

    /** The kind named {@code type}, or null when there is none. */
    public static FaultKind named(String type) {
        for (FaultKind kind : values()) {
            if (kind.type.equals(type)) {
                return kind;
            }
        }
        return null;
    }

    /** Every type, for messages: {@code region-outage, instance-failure, …}. */
    public static String types() {
        return String.join(", ", Arrays.stream(values()).map(FaultKind::type).toList());
    }

    /** How assumptions name the kind: {@code latency spikes}. */
    public String plural() {
        return type.replace('-', ' ') + "s";
    }

    public AnalyticRole role() {
        return definition.role();
    }

    /** The fault a report describes under this kind; at and duration are the report's window. */
    public FaultSpec decode(TargetSource source, long atNanos, long durationNanos) {
        return definition.decode(source, atNanos, durationNanos);
    }

    /** The units a stochastic entry of this kind covers, each stream named {@code stochastic/<type>/…}. */
    public List<FaultUnit> units(StochasticFaultSpec entry, FaultTargets world) {
        return definition.units(entry, world, "stochastic/" + type + "/");
    }

    void describe(StochasticFaultSpec entry, TargetParts.Coverage parts) {
        definition.describe(entry, parts);
    }

    String[] keys() {
        return withType(definition.keys(), "at", "duration");
    }

    String[] stochasticKeys() {
        return withType(definition.stochasticKeys(), "timeBetweenFailures", "timeToRepair");
    }

    private static String[] withType(List<String> target, String first, String second) {
        List<String> keys = new ArrayList<>();
        keys.add("type");
        keys.addAll(target);
        keys.add(first);
        keys.add(second);
        return keys.toArray(new String[0]);
    }

    FaultSpec read(FaultFields f, long atNanos, long durationNanos) {
        return definition.read(f, atNanos, durationNanos);
    }

    StochasticFaultSpec readStochastic(FaultFields f, Distribution timeBetweenFailures, Distribution timeToRepair) {
        return definition.readStochastic(f, timeBetweenFailures, timeToRepair);
    }
}
