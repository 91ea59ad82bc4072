package dev.vaultsim.scenario;

import java.util.List;

/** The inside of a region: layers in request order, probes, replicas, replication, failover and zone failover. */
public record ServiceSpec(List<LayerSpec> layers, HealthProbeSpec healthProbe, ReplicaSpec replicas,
                          ReplicationSpec replication, FailoverSpec failover, ZoneFailoverSpec zoneFailover) {
    public ServiceSpec {
        layers = List.copyOf(layers);
    }

    /** A service whose zone losses pause no writes. */
    public ServiceSpec(List<LayerSpec> layers, HealthProbeSpec healthProbe, ReplicaSpec replicas,
                       ReplicationSpec replication, FailoverSpec failover) {
        this(layers, healthProbe, replicas, replication, failover, ZoneFailoverSpec.NONE);
    }
}
