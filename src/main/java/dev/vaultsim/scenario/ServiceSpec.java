package dev.vaultsim.scenario;

import java.util.List;

/** The inside of a region: layers in request order, probes, replicas, replication and failover. */
public record ServiceSpec(List<LayerSpec> layers, HealthProbeSpec healthProbe, ReplicaSpec replicas,
                          ReplicationSpec replication, FailoverSpec failover) {
    public ServiceSpec {
        layers = List.copyOf(layers);
    }
}
