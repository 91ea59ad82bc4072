package dev.vaultsim.record;

import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.scenario.VaultSpec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts what caches and second vaults did, per client, as plain arrays: cache outcomes, requests
 * per vault, switchovers, divergent writes and the time each class spent on each vault. Pools by
 * addition like the rest of {@link Aggregates}; times are reported per replication.
 */
final class ClientViewCounts {

    private static final int CLASSES = OperationClass.values().length;

    private final List<ClientSpec> clients;
    /** By client: the scenario positions of its vaults, in its order of preference. */
    private final int[][] positions;
    /** By client: hits, misses, served stale, vault requests, vault successes. */
    private final long[][] cache;
    private final long[][] requests;
    private final long[][] succeeded;
    private final long[][] switchovers;
    private final long[] divergentWrites;
    /** By client, class and vault index: time as the class's current vault. */
    private final long[][][] nanos;
    /** This replication's current vault index and since when, by client and class. */
    private final int[][] current;
    private final long[][] since;
    private int replications = 1;

    ClientViewCounts(List<ClientSpec> clients, List<VaultSpec> vaults) {
        this.clients = clients;
        int n = clients.size();
        positions = new int[n][];
        cache = new long[n][5];
        requests = new long[n][];
        succeeded = new long[n][];
        switchovers = new long[n][CLASSES];
        divergentWrites = new long[n];
        nanos = new long[n][CLASSES][];
        current = new int[n][CLASSES];
        since = new long[n][CLASSES];
        List<String> names = vaults.stream().map(VaultSpec::name).toList();
        for (int c = 0; c < n; c++) {
            List<String> own = clients.get(c).vaults();
            positions[c] = own.stream().mapToInt(names::indexOf).toArray();
            requests[c] = new long[own.size()];
            succeeded[c] = new long[own.size()];
            for (int k = 0; k < CLASSES; k++) {
                nanos[c][k] = new long[own.size()];
            }
        }
    }

    /** The counts as plain data (what pools across replications; not the replication's running state). */
    public record Data(long[][] cache, long[][] requests, long[][] succeeded, long[][] switchovers,
                       long[] divergentWrites, long[][][] nanos, int replications) {
    }

    Data data() {
        return new Data(cache, requests, succeeded, switchovers, divergentWrites, nanos, replications);
    }

    /** Counts read back without their scenario: they merge into counts that have it, and report nothing. */
    static ClientViewCounts of(Data data) {
        return new ClientViewCounts(null, null, data);
    }

    static ClientViewCounts of(Data data, List<ClientSpec> clients, List<VaultSpec> vaults) {
        ClientViewCounts counts = new ClientViewCounts(clients, vaults);
        counts.replications = 0;
        counts.merge(new ClientViewCounts(null, null, data));
        return counts;
    }

    private ClientViewCounts(List<ClientSpec> clients, int[][] positions, Data data) {
        this.clients = clients;
        this.positions = positions;
        this.cache = data.cache();
        this.requests = data.requests();
        this.succeeded = data.succeeded();
        this.switchovers = data.switchovers();
        this.divergentWrites = data.divergentWrites();
        this.nanos = data.nanos();
        this.current = null;
        this.since = null;
        this.replications = data.replications();
    }

    void add(int client, int vaultPosition, CacheOutcome outcome, boolean success, long count, long attempts) {
        if (outcome == CacheOutcome.UNCACHED && positions[client].length == 1) {
            return;  // nothing to say of a client without a cache or a second vault: keep the hot path short
        }
        long[] counts = cache[client];
        if (outcome != CacheOutcome.UNCACHED) {
            counts[outcome.ordinal() - 1] += count;
            if (attempts > 0) {
                counts[3] += count;
                if (success && outcome == CacheOutcome.MISS) {
                    counts[4] += count;
                }
            }
        }
        if (attempts > 0) {
            int v = indexOf(client, vaultPosition);
            requests[client][v] += count;
            if (success) {
                succeeded[client][v] += count;
            }
        }
    }

    void switched(int client, OperationClass operationClass, int toPosition, long now, long horizonNanos) {
        int k = operationClass.ordinal();
        switchovers[client][k]++;
        close(client, k, now, horizonNanos);
        current[client][k] = indexOf(client, toPosition);
    }

    void divergentWrites(int client, long count) {
        divergentWrites[client] += count;
    }

    /** Ends this replication's time accounting at the horizon. */
    void finish(long horizonNanos) {
        for (int c = 0; c < current.length; c++) {
            for (int k = 0; k < CLASSES; k++) {
                close(c, k, horizonNanos, horizonNanos);
            }
        }
    }

    private void close(int client, int k, long now, long horizonNanos) {
        long end = Math.min(now, horizonNanos);
        long start = Math.min(since[client][k], horizonNanos);
        nanos[client][k][current[client][k]] += end - start;
        since[client][k] = end;
    }

    private int indexOf(int client, int position) {
        int[] own = positions[client];
        for (int i = 0; i < own.length; i++) {
            if (own[i] == position) {
                return i;
            }
        }
        throw new IllegalArgumentException("vault " + position + " is not one of client " + client + "'s");
    }

    void merge(ClientViewCounts other) {
        replications += other.replications;
        for (int c = 0; c < cache.length; c++) {
            addAll(cache[c], other.cache[c]);
            addAll(requests[c], other.requests[c]);
            addAll(succeeded[c], other.succeeded[c]);
            addAll(switchovers[c], other.switchovers[c]);
            divergentWrites[c] += other.divergentWrites[c];
            for (int k = 0; k < CLASSES; k++) {
                addAll(nanos[c][k], other.nanos[c][k]);
            }
        }
    }

    private static void addAll(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    ClientViews views() {
        if (clients == null) {
            // Counts read back without their scenario cannot say whose they are: only "none" is safe.
            if (cache.length > 0 && java.util.Arrays.stream(cache).flatMapToLong(java.util.Arrays::stream).anyMatch(v -> v != 0)
                    || java.util.Arrays.stream(divergentWrites).anyMatch(v -> v != 0)
                    || java.util.Arrays.stream(switchovers).flatMapToLong(java.util.Arrays::stream).anyMatch(v -> v != 0)) {
                throw new IllegalStateException("client views read back without their scenario; pool them with it");
            }
            return ClientViews.NONE;
        }
        Map<String, CacheView> cacheViews = new LinkedHashMap<>();
        Map<String, VaultUse> uses = new LinkedHashMap<>();
        for (int c = 0; c < clients.size(); c++) {
            ClientSpec spec = clients.get(c);
            long[] k = cache[c];
            if (spec.cache() != null) {
                cacheViews.put(spec.name(), new CacheView(k[0] + k[1] + k[2], k[0], k[1], k[2], k[3], k[4]));
            }
            if (spec.vaults().size() > 1) {
                uses.put(spec.name(), vaultUse(c, spec));
            }
        }
        return cacheViews.isEmpty() && uses.isEmpty() ? ClientViews.NONE : new ClientViews(cacheViews, uses);
    }

    private VaultUse vaultUse(int c, ClientSpec spec) {
        Map<String, VaultUse.Share> byVault = new LinkedHashMap<>();
        for (int v = 0; v < spec.vaults().size(); v++) {
            byVault.put(spec.vaults().get(v), new VaultUse.Share(requests[c][v], succeeded[c][v],
                    nanos[c][OperationClass.READ.ordinal()][v] / replications,
                    nanos[c][OperationClass.WRITE.ordinal()][v] / replications));
        }
        Map<String, Long> switches = new LinkedHashMap<>();
        for (OperationClass operationClass : OperationClass.values()) {
            switches.put(operationClass.label(), switchovers[c][operationClass.ordinal()]);
        }
        return new VaultUse(byVault, switches, divergentWrites[c]);
    }
}
