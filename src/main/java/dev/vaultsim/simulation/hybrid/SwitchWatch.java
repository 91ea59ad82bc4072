package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.record.CacheOutcome;
import dev.vaultsim.record.RequestBatch;
import dev.vaultsim.record.RequestSink;

import java.util.function.LongConsumer;

/**
 * The recorder as one exact client of several vaults sees it, telling {@code switched} of every
 * switchover its breakers make: what a cache's hits, counted in bulk, must know to count each hit
 * on its class's current vault.
 */
final class SwitchWatch implements RequestSink {

    private final RequestSink sink;
    private LongConsumer switched = now -> { };

    SwitchWatch(RequestSink sink) {
        this.sink = sink;
    }

    /** From now on, {@code listener} hears of each switchover's instant. */
    void onSwitch(LongConsumer listener) {
        this.switched = listener;
    }

    @Override
    public void requestCompleted(int client, int vault, Operation operation, FailureCause cause, int attempts,
                                 long firstStartNanos, int phase, long now) {
        sink.requestCompleted(client, vault, operation, cause, attempts, firstStartNanos, phase, now);
    }

    @Override
    public void requestCompleted(int client, int vault, Operation operation, FailureCause cause, CacheOutcome cache,
                                 int attempts, long firstStartNanos, int phase, long now) {
        sink.requestCompleted(client, vault, operation, cause, cache, attempts, firstStartNanos, phase, now);
    }

    @Override
    public void requestsCompleted(RequestBatch batch) {
        sink.requestsCompleted(batch);
    }

    @Override
    public void switchedVault(int client, OperationClass operationClass, int toVault, long now) {
        switched.accept(now);
        sink.switchedVault(client, operationClass, toVault, now);
    }

    @Override
    public void divergentWrites(int client, int vault, long count, long now) {
        sink.divergentWrites(client, vault, count, now);
    }
}
