package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.catalog.Operation;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.MixEntry;
import dev.vaultsim.scenario.Rate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Part of a client's traffic as a client of its own, for the hybrid engine to draw apart. */
final class MixParts {

    private MixParts() {
    }

    /**
     * The operations {@code kept} picks, at their share of the client's rate, the others left in the
     * mix at weight 0 (so that operations keep their positions in the world pass's shapes), without a
     * cache, or null when {@code kept} picks none of weight. Its name only names its random streams.
     */
    static ClientSpec part(ClientSpec spec, String suffix, Predicate<Operation> kept, int objects) {
        double total = 0;
        double share = 0;
        List<MixEntry> mix = new ArrayList<>();
        for (MixEntry entry : spec.mix()) {
            boolean keep = kept.test(entry.operation());
            total += entry.weight();
            share += keep ? entry.weight() : 0;
            mix.add(keep ? entry : new MixEntry(entry.operation(), 0));
        }
        if (share == 0) {
            return null;
        }
        Rate rate = new Rate(spec.rate().count() * share / total, spec.rate().perNanos());
        return new ClientSpec(spec.name() + "/" + suffix, spec.region(), spec.vault(), rate, spec.arrivals(), mix,
                spec.timeoutNanos(), spec.retry(), spec.retryOn(), spec.vaults(), objects, null, spec.switchover(),
                spec.writes(), spec.privateEndpoint());
    }
}
