package dev.vaultsim.scenario;

import java.util.List;

/**
 * A loaded, checked scenario: immutable, with every default filled in and every reference
 * resolvable. Times are nanoseconds.
 *
 * @param source   the file it came from, as the user named it (for messages)
 * @param revision the revision of the service it models; its values are already resolved into the
 *                 regions, services and vaults, it is kept to print and report it
 */
public record Scenario(String name, String description, String source, long durationNanos, long seed,
                       List<RegionSpec> regions, NetworkSpec network, List<VaultSpec> vaults,
                       List<ClientSpec> clients, List<FaultSpec> faults, List<StochasticFaultSpec> stochastic,
                       ReportSpec report, Revision revision, EngineChoice engine) {

    public Scenario {
        regions = List.copyOf(regions);
        vaults = List.copyOf(vaults);
        clients = List.copyOf(clients);
        faults = List.copyOf(faults);
        stochastic = List.copyOf(stochastic);
    }

    /** A scenario for the exact engine. */
    public Scenario(String name, String description, String source, long durationNanos, long seed,
                    List<RegionSpec> regions, NetworkSpec network, List<VaultSpec> vaults,
                    List<ClientSpec> clients, List<FaultSpec> faults, List<StochasticFaultSpec> stochastic,
                    ReportSpec report, Revision revision) {
        this(name, description, source, durationNanos, seed, regions, network, vaults, clients, faults, stochastic,
                report, revision, EngineChoice.EXACT);
    }

    /** A scenario of the default revision (2018). */
    public Scenario(String name, String description, String source, long durationNanos, long seed,
                    List<RegionSpec> regions, NetworkSpec network, List<VaultSpec> vaults,
                    List<ClientSpec> clients, List<FaultSpec> faults, List<StochasticFaultSpec> stochastic,
                    ReportSpec report) {
        this(name, description, source, durationNanos, seed, regions, network, vaults, clients, faults, stochastic,
                report, Revision.DEFAULT);
    }

    /** A scenario with scheduled faults only. */
    public Scenario(String name, String description, String source, long durationNanos, long seed,
                    List<RegionSpec> regions, NetworkSpec network, List<VaultSpec> vaults,
                    List<ClientSpec> clients, List<FaultSpec> faults, ReportSpec report) {
        this(name, description, source, durationNanos, seed, regions, network, vaults, clients, faults, List.of(),
                report);
    }

    public RegionSpec region(String regionName) {
        for (RegionSpec region : regions) {
            if (region.name().equals(regionName)) {
                return region;
            }
        }
        throw new IllegalArgumentException("no region " + regionName);
    }

    public VaultSpec vault(String vaultName) {
        for (VaultSpec vault : vaults) {
            if (vault.name().equals(vaultName)) {
                return vault;
            }
        }
        throw new IllegalArgumentException("no vault " + vaultName);
    }

    /** A copy with another seed ({@code run --seed}). */
    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, source, durationNanos, newSeed, regions, network, vaults,
                clients, faults, stochastic, report, revision, engine);
    }
}
