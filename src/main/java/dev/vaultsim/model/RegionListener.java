package dev.vaultsim.model;

/** Told when a region becomes unreachable and when it is back. */
public interface RegionListener {
    void regionDown(Region region, long now);

    void regionUp(Region region, long now);
}
