package dev.vaultsim.record;

import dev.vaultsim.catalog.Operation;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.MixEntry;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where a completed request's counts and latency go for the figures by operation and by client.
 * Adding a latency to a histogram is a measurable share of a run (one of the two additions was
 * about 6 % of the exact engine's heavy benchmark day), so while a scenario has few (client,
 * operation) pairs, a request is added to its pair's slice only, and the pairs are added up into
 * both figures once the run is over ({@link #settle}). Slices add up exactly (counts, sums,
 * maxima, histogram counts index by index), so the figures are those of adding every request to
 * both. With many pairs (each slice may hold a histogram of a few hundred kilobytes) a request goes
 * to both at once, as before.
 */
final class ClientOperationSlices {

    /** Above this many pairs (and more than clients and operations together) requests go to both figures at once. */
    static final int MAX_PAIRS = 64;
    /**
     * A phase keeps slices by pair only up to this many pairs: each open phase then holds up to
     * that many histograms where it held two (one per class), so many clients would multiply the
     * memory of a long run's open phases.
     */
    static final int MAX_PHASE_PAIRS = 16;

    private final StatsAccumulator[] byOperation;
    private final StatsAccumulator[] byClient;
    /** By client and operation ordinal, created as requests come; null when requests go to both figures at once. */
    private final StatsAccumulator[][] pairs;
    private boolean settled;

    /** @param paired whether requests go to their pair's slice, or to both figures at once */
    ClientOperationSlices(int clients, boolean paired, StatsAccumulator[] byOperation, StatsAccumulator[] byClient) {
        this.byOperation = byOperation;
        this.byClient = byClient;
        this.pairs = paired ? new StatsAccumulator[clients][Operation.values().length] : null;
    }

    /**
     * Whether the clients' (client, operation) pairs are few enough to slice by: at most
     * {@link #MAX_PAIRS}, or no more than the figures they add up to (clients and operations).
     */
    static boolean pairs(List<ClientSpec> clients) {
        Set<Operation> operations = EnumSet.noneOf(Operation.class);
        for (ClientSpec client : clients) {
            for (MixEntry entry : client.mix()) {
                operations.add(entry.operation());
            }
        }
        return pairCount(clients) <= Math.max(MAX_PAIRS, clients.size() + operations.size());
    }

    /** Whether the phases of a run sliced by pairs slice by pairs too ({@link #MAX_PHASE_PAIRS}). */
    static boolean phasesByPair(List<ClientSpec> clients) {
        return pairCount(clients) <= MAX_PHASE_PAIRS;
    }

    private static int pairCount(List<ClientSpec> clients) {
        return clients.stream().mapToInt(client -> client.mix().size()).sum();
    }

    void add(int client, Operation operation, boolean success, int attempts, long latencyNanos) {
        if (pairs != null) {
            pair(client, operation).add(success, attempts, latencyNanos);
        } else {
            byOperation[operation.ordinal()].add(success, attempts, latencyNanos);
            byClient[client].add(success, attempts, latencyNanos);
        }
    }

    void addBatch(RequestBatch batch) {
        if (pairs != null) {
            pair(batch.client(), batch.operation()).addBatch(batch);
        } else {
            byOperation[batch.operation().ordinal()].addBatch(batch);
            byClient[batch.client()].addBatch(batch);
        }
    }

    /** Adds a slice of the client's requests of the operation, kept elsewhere (a phase's), to these figures. */
    void addSlice(int client, Operation operation, StatsAccumulator slice) {
        if (pairs != null) {
            pair(client, operation).merge(slice);
        } else {
            byOperation[operation.ordinal()].merge(slice);
            byClient[client].merge(slice);
        }
    }

    /** Adds the pairs up into the figures by operation and by client; once, when the run is over. */
    void settle() {
        if (pairs == null || settled) {
            return;
        }
        settled = true;
        for (int c = 0; c < pairs.length; c++) {
            for (int o = 0; o < pairs[c].length; o++) {
                StatsAccumulator slice = pairs[c][o];
                if (slice != null) {
                    byOperation[o].merge(slice);
                    byClient[c].merge(slice);
                }
            }
        }
    }

    private StatsAccumulator pair(int client, Operation operation) {
        if (settled) {
            throw new IllegalStateException("a request completed after the run's figures were settled");
        }
        StatsAccumulator slice = pairs[client][operation.ordinal()];
        if (slice == null) {
            slice = new StatsAccumulator();
            pairs[client][operation.ordinal()] = slice;
        }
        return slice;
    }
}
