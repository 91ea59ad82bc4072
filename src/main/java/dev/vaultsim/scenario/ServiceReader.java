package dev.vaultsim.scenario;

import dev.vaultsim.catalog.Operation;
import dev.vaultsim.scenario.Distribution.Constant;
import dev.vaultsim.scenario.yaml.Numbers;
import dev.vaultsim.scenario.yaml.Problems;
import dev.vaultsim.scenario.yaml.YamlNode.Mark;
import dev.vaultsim.scenario.yaml.YamlNode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads a {@code service:} block (already merged for its region) into a {@link ServiceSpec}. */
final class ServiceReader {

    static final long MS = 1_000_000L;
    static final long SECOND = 1_000 * MS;
    static final long MINUTE = 60 * SECOND;

    /** The service of the format's example: three layers, HSM for key operations only. */
    static final ServiceSpec DEFAULT = new ServiceSpec(
            List.of(new LayerSpec("gateway", 3, Distribution.LogNormal.ofMedianP99(MS, 4 * MS), Set.of()),
                    new LayerSpec("vault-service", 3, Distribution.LogNormal.ofMedianP99(3 * MS, 15 * MS), Set.of()),
                    new LayerSpec("hsm", 2, Distribution.LogNormal.ofMedianP99(8 * MS, 30 * MS), EnumSet.of(
                            Operation.Encrypt, Operation.Decrypt, Operation.WrapKey, Operation.UnwrapKey,
                            Operation.Sign, Operation.Verify, Operation.CreateKey, Operation.ImportKey,
                            Operation.RotateKey))),
            new HealthProbeSpec(5 * SECOND, 2),
            new ReplicaSpec(3, 2),
            new ReplicationSpec(ReplicationMode.ASYNC, new Distribution.Exponential(500 * MS)),
            new FailoverSpec(new Constant(2 * MINUTE), new Constant(5 * MINUTE), new Constant(10 * MINUTE),
                    new Constant(3 * MINUTE)));

    private ServiceReader() {
    }

    /** Reads the block over the defaults and what {@code reading}'s revision implies. */
    static ServiceSpec read(YamlNode node, Mark fallback, String what, Problems problems, RevisionReading reading) {
        Fields f = Fields.of(node, fallback, what, problems,
                "layers", "healthProbe", "replicas", "replication", "failover", "zoneFailover");
        List<LayerSpec> layers = f.has("layers") ? layers(f, what + ".layers") : DEFAULT.layers();
        return new ServiceSpec(layers, healthProbe(f, what), replicas(f, what), replication(f, what),
                failover(f, what, reading), zoneFailover(f, what));
    }

    private static List<LayerSpec> layers(Fields f, String what) {
        List<LayerSpec> layers = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<YamlNode> items = f.list("layers");
        if (items.isEmpty() && f.node("layers") instanceof YamlNode.YamlList) {
            f.problems().add(f.markOf("layers"), what + " is empty; expected at least one layer");
        }
        for (int i = 0; i < items.size(); i++) {
            Fields layer = Fields.of(items.get(i), items.get(i).mark(), what + "[" + i + "]", f.problems(),
                    "name", "instances", "latency", "operations");
            String name = layer.requiredString("name");
            if (names.contains(name)) {
                f.problems().add(layer.markOf("name"), "duplicate layer name '" + name + "' in " + what
                        + "; expected unique names");
            }
            names.add(name);
            layers.add(new LayerSpec(name, layer.integer("instances", 1, 1),
                    layer.distribution("latency", new Constant(0)),
                    Operations.read(layer, "operations", EnumSet.noneOf(Operation.class))));
        }
        return layers;
    }

    private static HealthProbeSpec healthProbe(Fields service, String what) {
        HealthProbeSpec d = DEFAULT.healthProbe();
        Fields f = Fields.of(service.node("healthProbe"), service.mark(), what + ".healthProbe",
                service.problems(), "interval", "failuresToEject");
        return new HealthProbeSpec(f.duration("interval", d.intervalNanos(), true),
                f.integer("failuresToEject", d.failuresToEject(), 1));
    }

    private static ReplicaSpec replicas(Fields service, String what) {
        ReplicaSpec d = DEFAULT.replicas();
        Fields f = Fields.of(service.node("replicas"), service.mark(), what + ".replicas",
                service.problems(), "count", "writeQuorum");
        int count = f.integer("count", d.count(), 1);
        int quorum = f.integer("writeQuorum", Math.min(d.writeQuorum(), count), 1);
        if (quorum > count) {
            f.problems().add(f.markOf("writeQuorum"), "writeQuorum " + quorum + " in " + f.what()
                    + " is above count " + count + "; expected 1 ≤ writeQuorum ≤ count");
        }
        return new ReplicaSpec(count, quorum);
    }

    private static ReplicationSpec replication(Fields service, String what) {
        ReplicationSpec d = DEFAULT.replication();
        Fields f = Fields.of(service.node("replication"), service.mark(), what + ".replication",
                service.problems(), "mode", "lag");
        int mode = f.choice("mode", 0, "async", "sync");
        return new ReplicationSpec(ReplicationMode.values()[mode], f.distribution("lag", d.lag()));
    }

    private static FailoverSpec failover(Fields service, String what, RevisionReading reading) {
        FailoverSpec d = DEFAULT.failover();
        Revision revision = reading.revision();
        String path = what + ".failover.";
        Fields f = Fields.of(service.node("failover"), service.mark(), what + ".failover", service.problems(),
                "detection", "duration", "failbackDelay", "failbackDuration", "initiation");
        Distribution detection = reading.resolve(f, "detection", path + "detection", revision.detection(),
                d.detection(), Distributions::format, () -> f.distribution("detection", d.detection()));
        double initiation = reading.resolve(f, "initiation", path + "initiation", revision.initiation(),
                d.initiation(), Numbers::format, () -> f.number("initiation", d.initiation(), 0, 1, false));
        return new FailoverSpec(detection, f.distribution("duration", d.duration()),
                f.distribution("failbackDelay", d.failbackDelay()),
                f.distribution("failbackDuration", d.failbackDuration()), initiation);
    }

    private static ZoneFailoverSpec zoneFailover(Fields service, String what) {
        Fields f = Fields.of(service.node("zoneFailover"), service.mark(), what + ".zoneFailover", service.problems(),
                "writePause");
        return new ZoneFailoverSpec(f.duration("writePause", ZoneFailoverSpec.NONE.writePauseNanos(), false));
    }
}
