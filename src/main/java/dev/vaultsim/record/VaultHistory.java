package dev.vaultsim.record;

import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.catalog.VaultState;

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

    private final String vault;
    private final long maxRequestSpanNanos;
    private final List<Phase> phases = new ArrayList<>();
    private int firstOpen;

    /** A vault that starts NORMAL, served by its primary region. */
    VaultHistory(String vault, String primaryRegion, long maxRequestSpanNanos) {
        this.vault = vault;
        this.maxRequestSpanNanos = maxRequestSpanNanos;
        phases.add(new Phase(VaultState.NORMAL, primaryRegion, 0));
    }

    String vault() {
        return vault;
    }

    /** @param servingRegion the region that answers in the new state, or null where none does */
    void transition(VaultState to, String servingRegion, long now) {
        phases.get(phases.size() - 1).endNanos = now;
        phases.add(new Phase(to, servingRegion, now));
    }

    /** A request that started in phase {@code phaseIndex} completed at {@code now}. */
    void add(int phaseIndex, OperationClass operationClass, boolean success, int attempts, long latencyNanos,
             long now) {
        open(phaseIndex, operationClass, now).add(success, attempts, latencyNanos);
    }

    void addBatch(OperationClass operationClass, RequestBatch batch) {
        open(batch.phase(), operationClass, batch.completedNanos()).addBatch(batch);
    }

    private StatsAccumulator open(int phaseIndex, OperationClass operationClass, long now) {
        closePhasesEndedBefore(now - maxRequestSpanNanos);
        if (phaseIndex < firstOpen) {
            throw new IllegalStateException("request outlived the longest possible request span");
        }
        return phases.get(phaseIndex).byClass[operationClass.ordinal()];
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
            results.add(new PhaseResult(vault, phase.state, phase.serving, phase.startNanos, end, byClass));
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
        final String serving;
        final long startNanos;
        long endNanos = -1;
        /** Null once closed. */
        StatsAccumulator[] byClass = {new StatsAccumulator(), new StatsAccumulator()};
        /** The final figures by class, once closed. */
        Stats[] closed;

        Phase(VaultState state, String serving, long startNanos) {
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
