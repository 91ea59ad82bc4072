package dev.vaultsim.record;

import dev.vaultsim.model.Region;
import dev.vaultsim.model.Vault;
import dev.vaultsim.catalog.VaultState;
import dev.vaultsim.catalog.OperationClass;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The phases of one vault: phase i begins at the vault's i-th transition, so a request that
 * remembers the transition count at its start finds its phase by index.
 *
 * <p>A phase's latency histograms are large (3 digits over seconds), and a long run with many
 * faults has many phases; so, like a timeline bucket, a phase is closed once no request started
 * in it can still complete ({@code maxRequestSpanNanos} after its end): its figures are computed
 * then and its histograms dropped. Memory holds the open phases' histograms only.
 */
final class VaultHistory {

    private final Vault vault;
    private final long maxRequestSpanNanos;
    private final List<Phase> phases = new ArrayList<>();
    private int firstOpen;

    VaultHistory(Vault vault, long maxRequestSpanNanos) {
        this.vault = vault;
        this.maxRequestSpanNanos = maxRequestSpanNanos;
        phases.add(new Phase(vault.state(), vault.servingRegion(), 0));
    }

    void transition(VaultState to, long now) {
        phases.get(phases.size() - 1).endNanos = now;
        phases.add(new Phase(to, vault.servingRegion(to), now));
    }

    /** A request that started in phase {@code phaseIndex} completed at {@code now}. */
    void add(int phaseIndex, OperationClass operationClass, boolean success, int attempts, long latencyNanos,
             long now) {
        closePhasesEndedBefore(now - maxRequestSpanNanos);
        if (phaseIndex < firstOpen) {
            throw new IllegalStateException("request outlived the longest possible request span");
        }
        phases.get(phaseIndex).byClass[operationClass.ordinal()].add(success, attempts, latencyNanos);
    }

    private void closePhasesEndedBefore(long time) {
        // The last phase has not ended.
        while (firstOpen < phases.size() - 1 && phases.get(firstOpen).endNanos <= time) {
            phases.get(firstOpen++).close();
        }
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
                byClass.put(c, phase.stats(c));
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
        /** Null once closed. */
        StatsAccumulator[] byClass = {new StatsAccumulator(), new StatsAccumulator()};
        /** The final figures by class, once closed. */
        Stats[] closed;

        Phase(VaultState state, Region serving, long startNanos) {
            this.state = state;
            this.serving = serving;
            this.startNanos = startNanos;
        }

        void close() {
            closed = new Stats[byClass.length];
            for (int c = 0; c < byClass.length; c++) {
                closed[c] = byClass[c].toStats();
            }
            byClass = null;
        }

        Stats stats(OperationClass operationClass) {
            int c = operationClass.ordinal();
            return closed != null ? closed[c] : byClass[c].toStats();
        }
    }
}
