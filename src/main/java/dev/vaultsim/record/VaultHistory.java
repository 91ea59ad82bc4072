package dev.vaultsim.record;

import dev.vaultsim.model.Region;
import dev.vaultsim.model.Vault;
import dev.vaultsim.model.VaultState;
import dev.vaultsim.scenario.OperationClass;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The phases of one vault: phase i begins at the vault's i-th transition, so a request that
 * remembers the transition count at its start finds its phase by index.
 */
final class VaultHistory {

    private final Vault vault;
    private final List<Phase> phases = new ArrayList<>();

    VaultHistory(Vault vault) {
        this.vault = vault;
        phases.add(new Phase(vault.state(), vault.servingRegion(), 0));
    }

    void transition(VaultState to, long now) {
        phases.get(phases.size() - 1).endNanos = now;
        phases.add(new Phase(to, vault.servingRegion(to), now));
    }

    void add(int phaseIndex, OperationClass operationClass, boolean success, int attempts, long latencyNanos) {
        phases.get(phaseIndex).byClass[operationClass.ordinal()].add(success, attempts, latencyNanos);
    }

    /** The state at {@code time} (before the horizon). */
    VaultState stateAt(long time) {
        VaultState state = phases.get(0).state;
        for (Phase phase : phases) {
            if (phase.startNanos > time) {
                break;
            }
            state = phase.state;
        }
        return state;
    }

    /** Phases clipped to the horizon, zero-length ones left out. */
    List<PhaseResult> results(long horizonNanos) {
        List<PhaseResult> results = new ArrayList<>();
        for (Phase phase : phases) {
            long end = phase.endNanos < 0 ? horizonNanos : Math.min(phase.endNanos, horizonNanos);
            if (end <= phase.startNanos) {
                continue;
            }
            Map<OperationClass, Stats> byClass = new LinkedHashMap<>();
            for (OperationClass c : OperationClass.values()) {
                byClass.put(c, phase.byClass[c.ordinal()].toStats());
            }
            String serving = phase.serving == null ? null : phase.serving.name();
            results.add(new PhaseResult(vault.name(), phase.state, serving, phase.startNanos, end, byClass));
        }
        return results;
    }

    /** Time spent in each state before the horizon. */
    Map<VaultState, Long> stateNanos(long horizonNanos) {
        Map<VaultState, Long> nanos = new EnumMap<>(VaultState.class);
        for (VaultState state : VaultState.values()) {
            nanos.put(state, 0L);
        }
        for (PhaseResult phase : results(horizonNanos)) {
            nanos.merge(phase.state(), phase.endNanos() - phase.startNanos(), Long::sum);
        }
        return nanos;
    }

    private static final class Phase {
        final VaultState state;
        final Region serving;
        final long startNanos;
        long endNanos = -1;
        final StatsAccumulator[] byClass = {new StatsAccumulator(), new StatsAccumulator()};

        Phase(VaultState state, Region serving, long startNanos) {
            this.state = state;
            this.serving = serving;
            this.startNanos = startNanos;
        }
    }
}
