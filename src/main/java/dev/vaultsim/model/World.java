package dev.vaultsim.model;

import dev.vaultsim.engine.RandomStreams;
import dev.vaultsim.engine.Simulator;
import dev.vaultsim.scenario.LayerSpec;
import dev.vaultsim.scenario.RegionSpec;
import dev.vaultsim.scenario.ReplicationMode;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.ServiceSpec;
import dev.vaultsim.scenario.VaultSpec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The simulated world compiled from a scenario: regions with their layers and replicas, the links
 * between them, and the vaults. Lists keep the scenario's order.
 */
public final class World {

    private final List<Region> regions;
    private final List<Vault> vaults;
    private final Links links;
    private final Service service;

    private World(List<Region> regions, List<Vault> vaults, Links links, RoundTrips roundTrips) {
        this.regions = Collections.unmodifiableList(regions);
        this.vaults = Collections.unmodifiableList(vaults);
        this.links = links;
        this.service = new Service(roundTrips, links);
    }

    public static World compile(Scenario scenario, Simulator simulator, RandomStreams streams) {
        List<Region> regions = new ArrayList<>();
        for (RegionSpec spec : scenario.regions()) {
            regions.add(compileRegion(regions.size(), spec, streams));
        }
        for (Region region : regions) {
            if (region.spec().pair() != null) {
                region.pairWith(find(regions, region.spec().pair()));
            }
        }
        Links links = new Links(regions.size());
        List<Vault> vaults = new ArrayList<>();
        for (VaultSpec spec : scenario.vaults()) {
            Region primary = find(regions, spec.region());
            Vault vault = new Vault(spec, primary, links, simulator, scenario.durationNanos(),
                    asyncReplication(primary, spec, streams),
                    streams.of("vault/" + spec.name() + "/failover"),
                    streams.of("vault/" + spec.name() + "/initiation"));
            links.observe(vault);
            vaults.add(vault);
        }
        return new World(regions, vaults, links, new RoundTrips(scenario.regions(), scenario.network()));
    }

    private static Region compileRegion(int index, RegionSpec spec, RandomStreams streams) {
        ServiceSpec service = spec.service();
        List<Layer> layers = new ArrayList<>();
        for (LayerSpec layer : service.layers()) {
            layers.add(new Layer(layer, service.healthProbe(),
                    streams.of("region/" + spec.name() + "/layer/" + layer.name() + "/latency")));
        }
        ReplicaSet replicas = new ReplicaSet(service.replicas().count(), service.replicas().writeQuorum());
        return new Region(index, spec, layers, replicas);
    }

    private static AsyncReplication asyncReplication(Region primary, VaultSpec spec, RandomStreams streams) {
        var replication = primary.spec().service().replication();
        if (primary.pair() == null || replication.mode() == ReplicationMode.SYNC) {
            return null;
        }
        return new AsyncReplication(Sampler.of(replication.lag()),
                streams.of("vault/" + spec.name() + "/replication"));
    }

    private static Region find(List<Region> regions, String name) {
        for (Region region : regions) {
            if (region.name().equals(name)) {
                return region;
            }
        }
        throw new IllegalArgumentException("no region " + name);
    }

    public List<Region> regions() {
        return regions;
    }

    public Region region(String name) {
        return find(regions, name);
    }

    public List<Vault> vaults() {
        return vaults;
    }

    public Vault vault(String name) {
        for (Vault vault : vaults) {
            if (vault.name().equals(name)) {
                return vault;
            }
        }
        throw new IllegalArgumentException("no vault " + name);
    }

    public Links links() {
        return links;
    }

    public Service service() {
        return service;
    }
}
