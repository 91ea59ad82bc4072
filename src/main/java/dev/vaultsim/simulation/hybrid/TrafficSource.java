package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.engine.Simulator;

/** Part of a client's traffic under the hybrid engine: it schedules its own events from the start. */
interface TrafficSource {

    void start(Simulator simulator);
}
