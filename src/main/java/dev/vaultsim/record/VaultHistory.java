package dev.vaultsim.record;

import dev.vaultsim.catalog.Operation;
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
 *
 * <p>A request's figures reach the phase and the run's figures by client and operation
 * ({@link ClientOperationSlices}) through one slice: while the run slices by pairs, a phase keeps a
 * slice per client and operation, added up into its classes and into the run's pairs when it
 * closes (exactly, as slices add up), so a request costs one histogram here, not two.
 */
final class VaultHistory {

    private final String vault;
    private final long maxRequestSpanNanos;
    private final ClientOperationSlices run;
    private final int clients;
    private final List<Phase> phases = new ArrayList<>();
    private int firstOpen;

    /** A vault that starts NORMAL, served by its primary region. */
    /**
     * @param run     the run's figures by client and operation, which the phases' requests reach too
     * @param clients the scenario's clients, for a phase's slices by pair; 0 for phases without them
     */
    VaultHistory(String vault, String primaryRegion, long maxRequestSpanNanos, ClientOperationSlices run,
                 int clients) {
        this.vault = vault;
        this.maxRequestSpanNanos = maxRequestSpanNanos;
        this.run = run;
        this.clients = clients;
        phases.add(newPhase(VaultState.NORMAL, primaryRegion, 0));
    }

    private Phase newPhase(VaultState state, String serving, long startNanos) {
        return new Phase(state, serving, startNanos, clients);
    }

    String vault() {
        return vault;
    }

    /** @param servingRegion the region that answers in the new state, or null where none does */
    void transition(VaultState to, String servingRegion, long now) {
        phases.get(phases.size() - 1).endNanos = now;
        phases.add(newPhase(to, servingRegion, now));
    }

    /** A request of {@code client} that started in phase {@code phaseIndex} completed at {@code now}. */
    void add(int phaseIndex, int client, Operation operation, boolean success, int attempts, long latencyNanos,
             long now) {
        Phase phase = open(phaseIndex, now);
        if (phase.byPair != null) {
            phase.slice(client, operation).add(success, attempts, latencyNanos);
        } else {
            phase.byClass[operation.operationClass().ordinal()].add(success, attempts, latencyNanos);
            run.add(client, operation, success, attempts, latencyNanos);
        }
    }

    void addBatch(RequestBatch batch) {
        Phase phase = open(batch.phase(), batch.completedNanos());
        if (phase.byPair != null) {
            phase.slice(batch.client(), batch.operation()).addBatch(batch);
        } else {
            phase.byClass[batch.operation().operationClass().ordinal()].addBatch(batch);
            run.addBatch(batch);
        }
    }

    /** Closes every phase: the run is over, and the run's figures by client and operation are complete. */
    void finish() {
        while (firstOpen < phases.size()) {
            phases.get(firstOpen++).close(run);
        }
    }

    private Phase open(int phaseIndex, long now) {
        closePhasesEndedBefore(now - maxRequestSpanNanos);
        if (phaseIndex < firstOpen) {
            throw new IllegalStateException("request outlived the longest possible request span");
        }
        return phases.get(phaseIndex);
    }

    private void closePhasesEndedBefore(long time) {
        // The last phase has not ended.
        while (firstOpen < phases.size() - 1 && phases.get(firstOpen).endNanos <= time) {
            phases.get(firstOpen++).close(run);
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
        /** By client and operation ordinal, created as requests come; null when the run does not slice by pairs, and once closed. */
        StatsAccumulator[][] byPair;
        /** The final figures by class, once closed. */
        Stats[] closed;

        /** @param clients the clients to keep slices for; 0 to keep none */
        Phase(VaultState state, String serving, long startNanos, int clients) {
            this.state = state;
            this.serving = serving;
            this.startNanos = startNanos;
            this.byPair = clients == 0 ? null : new StatsAccumulator[clients][Operation.values().length];
        }

        StatsAccumulator slice(int client, Operation operation) {
            StatsAccumulator slice = byPair[client][operation.ordinal()];
            if (slice == null) {
                slice = new StatsAccumulator();
                byPair[client][operation.ordinal()] = slice;
            }
            return slice;
        }

        /** Adds the slices up into the classes and the run's pairs, and keeps only the final figures. */
        void close(ClientOperationSlices run) {
            if (byPair != null) {
                for (int client = 0; client < byPair.length; client++) {
                    for (Operation operation : Operation.values()) {
                        StatsAccumulator slice = byPair[client][operation.ordinal()];
                        if (slice != null) {
                            byClass[operation.operationClass().ordinal()].merge(slice);
                            run.addSlice(client, operation, slice);
                        }
                    }
                }
                byPair = null;
            }
            closed = new Stats[byClass.length];
            for (int c = 0; c < byClass.length; c++) {
                closed[c] = byClass[c].toStats();
            }
            byClass = null;
        }

        Stats stats(OperationClass operationClass) {
            return closed[operationClass.ordinal()];
        }
    }
}
