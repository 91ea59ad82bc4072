package dev.vaultsim.model;

import dev.vaultsim.scenario.RegionSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * A region: its service layers and replicas, and whether it is reachable at all. Outages compose:
 * the region is down while any outage holds it.
 */
public final class Region {

    private final int index;
    private final RegionSpec spec;
    private final List<Layer> layers;
    /** The same layers as an array, for the loops every attempt runs. */
    private final Layer[] layerArray;
    private final ReplicaSet replicas;
    private final List<RegionListener> listeners = new ArrayList<>();
    private Region pair;
    private int outagesHolding;
    /** Writes fail with ZONE_FAILOVER_IN_PROGRESS before this instant (service.zoneFailover.writePause). */
    private long writesPausedUntilNanos = Long.MIN_VALUE;

    Region(int index, RegionSpec spec, List<Layer> layers, ReplicaSet replicas) {
        this.index = index;
        this.spec = spec;
        this.layers = List.copyOf(layers);
        this.layerArray = layers.toArray(new Layer[0]);
        this.replicas = replicas;
    }

    public int index() {
        return index;
    }

    public String name() {
        return spec.name();
    }

    public RegionSpec spec() {
        return spec;
    }

    /** The paired region, or null when the region has none. */
    public Region pair() {
        return pair;
    }

    void pairWith(Region other) {
        this.pair = other;
    }

    public List<Layer> layers() {
        return layers;
    }

    Layer[] layerArray() {
        return layerArray;
    }

    public Layer layer(String layerName) {
        for (Layer layer : layers) {
            if (layer.name().equals(layerName)) {
                return layer;
            }
        }
        throw new IllegalArgumentException("no layer " + layerName + " in " + name());
    }

    public ReplicaSet replicas() {
        return replicas;
    }

    public boolean isUp() {
        return outagesHolding == 0;
    }

    /** A zone of the region was lost now: writes pause for the zone write pause from now. */
    void zoneLost(long now) {
        long pause = spec.service().zoneFailover().writePauseNanos();
        if (pause > 0) {
            writesPausedUntilNanos = Math.max(writesPausedUntilNanos, now + pause);
        }
    }

    /** When the current write pause ends (a time in the past when none is in force). */
    public long writesPausedUntilNanos() {
        return writesPausedUntilNanos;
    }

    /** Whether writes are paused at {@code now} after the loss of a zone. */
    public boolean writesPaused(long now) {
        return now < writesPausedUntilNanos;
    }

    public void addListener(RegionListener listener) {
        listeners.add(listener);
    }

    public void outageStarts(long now) {
        if (outagesHolding++ == 0) {
            for (RegionListener listener : listeners) {
                listener.regionDown(this, now);
            }
        }
    }

    public void outageEnds(long now) {
        if (--outagesHolding == 0) {
            for (RegionListener listener : listeners) {
                listener.regionUp(this, now);
            }
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
