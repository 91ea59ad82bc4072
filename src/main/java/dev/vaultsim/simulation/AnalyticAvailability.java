package dev.vaultsim.simulation;

import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.record.Analytic;
import dev.vaultsim.scenario.AnalyticRole;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.FaultKind;
import dev.vaultsim.scenario.MixEntry;
import dev.vaultsim.scenario.RegionSpec;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.StochasticFaultSpec;
import dev.vaultsim.scenario.VaultSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The textbook availability of a scenario whose faults are all random: independent repairable
 * units with steady-state availability MTTF/(MTTF+MTTR), each layer a parallel block of its
 * instances, the layers in series, writes a k-out-of-n quorum of replicas, and a region's
 * outages through the failover chain (see {@link FailoverChain}). Each operation's figure is
 * weighted by the traffic that asks for it. Scenarios with scheduled faults have no such answer.
 */
final class AnalyticAvailability {

    private final Scenario scenario;
    private final List<String> assumptions = new ArrayList<>();

    private AnalyticAvailability(Scenario scenario) {
        this.scenario = scenario;
    }

    static Optional<Analytic> of(Scenario scenario) {
        if (scenario.stochastic().isEmpty() || !scenario.faults().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AnalyticAvailability(scenario).compute());
    }

    private Analytic compute() {
        assumptions.add("units fail and are repaired independently, in steady state (a long horizon)");
        assumptions.add("a request fails exactly while a component it needs is down: health-probe ejection,"
                + " timeouts and retries are not modelled");
        List<String> ignored = Arrays.stream(FaultKind.values()).filter(kind -> kind.role() == AnalyticRole.IGNORED
                && scenario.stochastic().stream().anyMatch(e -> e.kind() == kind)).map(FaultKind::plural).toList();
        if (!ignored.isEmpty()) {
            assumptions.add(String.join(" and ", ignored) + " are ignored");
        }
        if (scenario.stochastic().stream().anyMatch(e -> e.kind().role() == AnalyticRole.ZONES)) {
            assumptions.add("zones fail independently; each takes its units down with it");
            if (scenario.regions().stream().anyMatch(r -> r.service().zoneFailover().writePauseNanos() > 0)) {
                assumptions.add("the write pause after a zone loss is ignored");
            }
        }
        double[] weighted = new double[OperationClass.values().length];
        double[] traffic = new double[OperationClass.values().length];
        for (ClientSpec client : scenario.clients()) {
            VaultSpec vault = scenario.vault(client.vault());
            FailoverChain chain = chain(vault);
            double totalWeight = client.mix().stream().mapToDouble(MixEntry::weight).sum();
            for (MixEntry entry : client.mix()) {
                double rate = client.rate().perSecond() * entry.weight() / totalWeight;
                int c = entry.operation().operationClass().ordinal();
                weighted[c] += rate * availability(vault, chain, entry.operation());
                traffic[c] += rate;
            }
        }
        Map<OperationClass, Double> byClass = new EnumMap<>(OperationClass.class);
        double all = 0;
        double allTraffic = 0;
        for (OperationClass c : OperationClass.values()) {
            if (traffic[c.ordinal()] > 0) {
                byClass.put(c, weighted[c.ordinal()] / traffic[c.ordinal()]);
            }
            all += weighted[c.ordinal()];
            allTraffic += traffic[c.ordinal()];
        }
        return new Analytic(all / allTraffic, byClass, List.copyOf(assumptions));
    }

    private double availability(VaultSpec vault, FailoverChain chain, Operation operation) {
        RegionSpec primary = scenario.region(vault.region());
        double atPrimary = Components.availability(primary, operation, scenario.stochastic());
        if (operation.isWrite() || !vault.readOnlyAllowed().allows(operation) || primary.pair() == null) {
            return chain.writeAvailability() * atPrimary;
        }
        double atSecondary = Components.availability(scenario.region(primary.pair()), operation, scenario.stochastic());
        double failedOver = chain.readAvailability() - chain.writeAvailability();
        return chain.writeAvailability() * atPrimary + failedOver * atSecondary;
    }

    private FailoverChain chain(VaultSpec vault) {
        RegionSpec primary = scenario.region(vault.region());
        List<StochasticFaultSpec> outages = scenario.stochastic().stream()
                .filter(e -> e.kind().role() == AnalyticRole.FAILOVER_CHAIN && e.regions().contains(primary.name()))
                .toList();
        if (outages.isEmpty()) {
            return FailoverChain.ALWAYS_UP;
        }
        if (outages.size() > 1) {
            note("only the first region-outage entry of " + primary.name() + " is used");
        }
        if (primary.pair() != null && scenario.stochastic().stream()
                .anyMatch(e -> e.kind().role() == AnalyticRole.FAILOVER_CHAIN && e.regions().contains(primary.pair()))) {
            note("the secondary is taken to be up while it serves");
        }
        FailoverChain chain = FailoverChain.of(outages.get(0), primary.service().failover(), primary.pair() != null);
        chain.assumptions().forEach(this::note);
        return chain;
    }

    private void note(String assumption) {
        if (!assumptions.contains(assumption)) {
            assumptions.add(assumption);
        }
    }
}
