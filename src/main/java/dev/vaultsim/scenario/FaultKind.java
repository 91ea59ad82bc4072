package dev.vaultsim.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The kinds of fault, as scenario files and reports name them. Each constant names the definition
 * in its record's file that reads and checks the kind (scheduled and stochastic), expands a
 * stochastic entry into units and says what the textbook availability makes of it; every other
 * place goes through here, so a kind it does not know is an error everywhere. A new kind is its
 * record (target parts, effect, definition), a constant here and, when no primitive of
 * {@link FaultTargets} does what it needs, one more primitive there and in the model.
 */
public enum FaultKind {
    REGION_OUTAGE("region-outage", AnalyticRole.FAILOVER_CHAIN, List.of("region"), List.of("regions"),
            new RegionOutage.Kind()),
    INSTANCE_FAILURE("instance-failure", AnalyticRole.PARALLEL_INSTANCES, List.of("region", "layer", "count"),
            List.of("regions", "layer"), new InstanceFailure.Kind()),
    REPLICA_FAILURE("replica-failure", AnalyticRole.REPLICA_QUORUM, List.of("region", "count"), List.of("regions"),
            new ReplicaFailure.Kind()),
    PARTITION("partition", AnalyticRole.IGNORED, List.of("between"), List.of("between"), new Partition.Kind()),
    LATENCY_SPIKE("latency-spike", AnalyticRole.IGNORED, List.of("region", "layer", "factor"),
            List.of("regions", "layer", "factor"), new LatencySpike.Kind()),
    ZONE_OUTAGE("zone-outage", AnalyticRole.ZONES, List.of("region", "zone"), List.of("regions", "zones"),
            new ZoneOutage.Kind());

    /** What one kind does besides its record's own describe and apply. */
    interface Definition {
        /** Reads and checks the target of a scheduled entry. */
        FaultSpec read(FaultFields f, long atNanos, long durationNanos);

        /** Reads and checks the target of a stochastic entry; most kinds cover regions and nothing more. */
        default StochasticFaultSpec readStochastic(FaultKind kind, FaultFields f, Distribution timeBetweenFailures,
                                                   Distribution timeToRepair) {
            FaultFields.Coverage covered = f.regions();
            return new StochasticFaultSpec(kind, covered.names(), covered.all(), null, 1, timeBetweenFailures,
                    timeToRepair);
        }

        default void describe(StochasticFaultSpec entry, TargetParts.Coverage parts) {
            parts.regions("regions", entry.regions(), entry.allRegions());
        }

        /** The units the entry covers, in a fixed order, each stream named {@code prefix + …}. */
        List<FaultUnit> units(StochasticFaultSpec entry, FaultTargets world, String prefix);

        FaultSpec decode(TargetSource source, long atNanos, long durationNanos);
    }

    private final String type;
    private final AnalyticRole role;
    /** The target's keys in a scheduled and in a stochastic entry, in the order they are written. */
    private final List<String> keys;
    private final List<String> stochasticKeys;
    private final Definition definition;

    FaultKind(String type, AnalyticRole role, List<String> keys, List<String> stochasticKeys, Definition definition) {
        this.type = type;
        this.role = role;
        this.keys = keys;
        this.stochasticKeys = stochasticKeys;
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
        return role;
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
        return withType(keys, "at", "duration");
    }

    String[] stochasticKeys() {
        return withType(stochasticKeys, "timeBetweenFailures", "timeToRepair");
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
        return definition.readStochastic(this, f, timeBetweenFailures, timeToRepair);
    }
}
