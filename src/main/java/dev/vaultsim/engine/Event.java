package dev.vaultsim.engine;

/** Something that happens at one simulated instant. */
@FunctionalInterface
public interface Event {
    void fire(Simulator simulator);
}
