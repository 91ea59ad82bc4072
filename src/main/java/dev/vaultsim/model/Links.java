package dev.vaultsim.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The links between regions. A link is cut while any partition holds it; a region outage cuts
 * the region's links too, which {@link #reachable} accounts for.
 */
public final class Links {

    private final int[][] partitionsHolding;
    private final List<Vault> observers = new ArrayList<>();

    Links(int regions) {
        partitionsHolding = new int[regions][regions];
    }

    /** Whether no partition cuts the link (the same region is always connected to itself). */
    public boolean connected(Region a, Region b) {
        return partitionsHolding[a.index()][b.index()] == 0;
    }

    /** Whether traffic from {@code from} reaches {@code to}: {@code to} up and the link not cut. */
    public boolean reachable(Region from, Region to) {
        return to.isUp() && connected(from, to);
    }

    public void partitionStarts(Region a, Region b, long now) {
        change(a, b, +1, now);
    }

    public void partitionEnds(Region a, Region b, long now) {
        change(a, b, -1, now);
    }

    void observe(Vault vault) {
        observers.add(vault);
    }

    private void change(Region a, Region b, int delta, long now) {
        partitionsHolding[a.index()][b.index()] += delta;
        partitionsHolding[b.index()][a.index()] += delta;
        for (Vault vault : observers) {
            vault.linkChanged(now);
        }
    }
}
