package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.catalog.Operation;
import dev.vaultsim.model.Vault;
import dev.vaultsim.record.CacheOutcome;
import dev.vaultsim.record.LatencyCounts;
import dev.vaultsim.record.RequestBatch;
import dev.vaultsim.workload.Client;

/**
 * The stretch of time in which a cache under the hybrid engine ({@link HybridCache},
 * {@link ConstantCache}) counts its hits in bulk, so that each hit lands where the exact client
 * would record it: in the phase and timeline bucket of its arrival, on its class's current vault.
 * A stretch ends at the next change of any of the client's vaults' shapes (or phases), at the next
 * timeline bucket in replication 0, and at every switchover of the client's breakers (its caches
 * hear of those through {@link SwitchWatch}); each cached operation keeps the vault its class was
 * on when the stretch began, and that vault's phase then.
 */
final class HitStretch {

    private final HybridContext context;
    private final int index;
    /** The client's vaults in its order of preference, their positions in the scenario and their timelines. */
    private final Vault[] vaults;
    private final int[] vaultPositions;
    private final ShapeTimeline[] timelines;
    private final Client exact;
    private final Operation[] operations;
    /** By cached operation: its class's current vault (among the client's) when the stretch began, and its phase then. */
    private final int[] vault;
    private final int[] phase;
    private long start;

    HitStretch(HybridContext context, int index, Vault[] vaults, int[] vaultPositions, ShapeTimeline[] timelines,
               Client exact, Operation[] operations) {
        this.context = context;
        this.index = index;
        this.vaults = vaults;
        this.vaultPositions = vaultPositions;
        this.timelines = timelines;
        this.exact = exact;
        this.operations = operations;
        this.vault = new int[operations.length];
        this.phase = new int[operations.length];
    }

    /** A stretch begins now: each operation's vault is its class's current one. */
    void open(long now) {
        start = now;
        for (int o = 0; o < operations.length; o++) {
            vault[o] = exact.currentVault(operations[o].operationClass());
            phase[o] = vaults[vault[o]].transitions();
        }
    }

    long start() {
        return start;
    }

    /** Where a stretch from {@code now} ends, at the latest: the next change of any vault's shapes, bucket or the horizon. */
    long end(long now) {
        long end = Long.MAX_VALUE;
        for (ShapeTimeline timeline : timelines) {
            end = Math.min(end, Math.min(timeline.endOf(timeline.indexAt(now)), context.cutAfter(now)));
        }
        return end;
    }

    /** The {@code hits} of operation {@code o} in the stretch, as one batch of its vault, phase and bucket. */
    void record(int o, long hits, long now) {
        if (hits > 0) {
            context.sink().requestsCompleted(new RequestBatch(index, vaultPositions[vault[o]], operations[o], null,
                    CacheOutcome.HIT, phase[o], start, hits, 0, LatencyCounts.of(0, hits), 0, 0, now));
        }
    }
}
