package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.scenario.Arrivals;
import dev.vaultsim.scenario.ClientSpec;
import dev.vaultsim.workload.ConstantSchedule;

/**
 * A client's whole arrival process, Poisson or constant: its pieces, and its arrivals counted per
 * throttling window before the window is simulated ({@link ClientWindows}).
 */
interface ClientArrivals extends PieceArrivals {

    /** The arrivals of a client (or part of one) of this spec: Poisson or constant, at its rate. */
    static ClientArrivals of(ClientSpec spec) {
        return spec.arrivals() == Arrivals.CONSTANT ? new ConstantPieces(new ConstantSchedule(spec.rate()))
                : new PoissonPieces(1 / spec.rate().meanGapNanos());
    }

    /** The number of arrivals in a throttling window [start, end), drawn once for the window. */
    long windowCount(long start, long end, RandomStream random);

    /**
     * The arrivals of a run of windows of {@code widthNanos}, the first starting at
     * {@code firstStart}, the last ending at {@code end}, that hold {@code counts} of them, for its
     * pieces, which must then come in order and cover it.
     */
    PieceArrivals given(long[] counts, long firstStart, long widthNanos, long end);
}
