package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.engine.RandomStream;

import java.util.PriorityQueue;

/**
 * The keys (a cached operation and an object) of a cached client with constant arrivals, as its
 * walk over the schedule knows them ({@link ConstantCache}): a key is <b>fresh</b> while a copy is
 * known to be fresh, until the first arrival of the schedule at or after the copy's expiry, and
 * otherwise <b>open</b> (no copy, an expired one, or one refreshed since the walk last looked).
 * Each arrival asks for a given key with a fixed share of the schedule, so the shares of arrivals
 * that ask for open keys and for fresh ones follow from how many of each operation's keys are open.
 */
final class CachedKeys {

    /** A fresh key's copy expires at this arrival of the schedule. */
    private record Expiry(long index, int operation, int object) implements Comparable<Expiry> {
        @Override
        public int compareTo(Expiry other) {
            int byIndex = Long.compare(index, other.index);
            if (byIndex != 0) {
                return byIndex;
            }
            int byOperation = Integer.compare(operation, other.operation);
            return byOperation != 0 ? byOperation : Integer.compare(object, other.object);
        }
    }

    private final double[] keyShares;
    /** Scratch for {@link #splitHits}: each operation's share of the hits, and its count. */
    private final double[] shares;
    private final long[] buffer;
    /** By operation: its open objects in {@code open[o][0 .. openCount[o])}, each object's slot there (−1: fresh). */
    private final int[][] open;
    private final int[][] slots;
    private final int[] openCount;
    private final PriorityQueue<Expiry> expiries = new PriorityQueue<>();
    private double openShare;
    private double freshShare;

    /** @param keyShares by cached operation: the share of all arrivals that ask for one given key of it */
    CachedKeys(double[] keyShares, int objects) {
        this.keyShares = keyShares.clone();
        int operations = keyShares.length;
        shares = new double[operations];
        buffer = new long[operations];
        open = new int[operations][objects];
        slots = new int[operations][objects];
        openCount = new int[operations];
        for (int o = 0; o < operations; o++) {
            for (int object = 0; object < objects; object++) {
                open[o][object] = object;
                slots[o][object] = object;
            }
            openCount[o] = objects;
        }
        updateShares();
    }

    /** The share of all arrivals that ask for an open key. */
    double openShare() {
        return openShare;
    }

    /** The share of all arrivals that ask for a fresh key: hits. */
    double freshShare() {
        return freshShare;
    }

    /** The arrival at which the first fresh copy expires, or {@link Long#MAX_VALUE}. */
    long nextExpiry() {
        return expiries.isEmpty() ? Long.MAX_VALUE : expiries.peek().index();
    }

    /** Keys whose copies expire at or before arrival {@code index} are open again. */
    void expireThrough(long index) {
        boolean changed = false;
        while (!expiries.isEmpty() && expiries.peek().index() <= index) {
            Expiry expiry = expiries.poll();
            int o = expiry.operation();
            slots[o][expiry.object()] = openCount[o];
            open[o][openCount[o]++] = expiry.object();
            changed = true;
        }
        if (changed) {
            updateShares();
        }
    }

    /** An open key found with a fresh copy: fresh until arrival {@code expiry}, if that is after {@code from}. */
    void fresh(int o, int object, long from, long expiry) {
        if (expiry <= from) {
            return;
        }
        int slot = slots[o][object];
        int last = open[o][--openCount[o]];
        open[o][slot] = last;
        slots[o][last] = slot;
        slots[o][object] = -1;
        expiries.add(new Expiry(expiry, o, object));
        updateShares();
    }

    /**
     * The open key asked for by an arrival known to ask for one, from {@code u} uniform over
     * [0, {@link #openShare}): its operation, then its object drawn uniformly from {@code random}.
     * Returned as {@code operation * objects + object}.
     */
    long pickOpen(double u, int objects, RandomStream random) {
        double left = u;
        int chosen = -1;
        for (int o = 0; o < openCount.length; o++) {
            if (openCount[o] == 0) {
                continue;
            }
            chosen = o;
            left -= keyShares[o] * openCount[o];
            if (left < 0) {
                break;
            }
        }
        int object = open[chosen][openCount[chosen] == 1 ? 0 : random.nextInt(openCount[chosen])];
        return (long) chosen * objects + object;
    }

    /** Splits {@code hits} among the operations by their fresh keys' shares, adding to {@code perOperation}. */
    void splitHits(long hits, long[] perOperation, RandomStream random) {
        if (hits == 0) {
            return;
        }
        for (int o = 0; o < shares.length; o++) {
            shares[o] = keyShares[o] * (open[o].length - openCount[o]) / freshShare;
        }
        Binomial.split(hits, shares, buffer, random);
        long left = hits;
        int last = 0;
        for (int o = 0; o < shares.length; o++) {
            perOperation[o] += buffer[o];
            left -= buffer[o];
            last = shares[o] > 0 ? o : last;
        }
        // Shares that add up to a hair below 1 would leave a hit out now and then: it is the last one's.
        perOperation[last] += left;
    }

    private void updateShares() {
        openShare = 0;
        freshShare = 0;
        for (int o = 0; o < keyShares.length; o++) {
            openShare += keyShares[o] * openCount[o];
            freshShare += keyShares[o] * (open[o].length - openCount[o]);
        }
    }
}
