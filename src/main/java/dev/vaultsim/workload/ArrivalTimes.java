package dev.vaultsim.workload;

import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.Times;
import dev.vaultsim.model.Sampler;
import dev.vaultsim.scenario.Arrivals;
import dev.vaultsim.scenario.Rate;

/**
 * A client's arrival instants: constant ({@link ConstantSchedule}), or Poisson, adding exponential
 * gaps. An instant past the range of {@code long} is {@link Times#NEVER}, which the kernel drops as
 * past the horizon.
 */
final class ArrivalTimes {

    private final Arrivals kind;
    private final ConstantSchedule constant;
    private final RandomStream random;
    private final double meanGapNanos;
    private long index;
    private long last;

    ArrivalTimes(Arrivals kind, Rate rate, RandomStream random) {
        this.kind = kind;
        this.constant = new ConstantSchedule(rate);
        this.random = random;
        this.meanGapNanos = rate.meanGapNanos();
    }

    /** The next arrival instant. */
    long next() {
        if (kind == Arrivals.CONSTANT) {
            return constant.at(index++);
        }
        last = Times.saturatingAdd(last, Sampler.clamp(-meanGapNanos * StrictMath.log(random.nextOpenDouble())));
        return last;
    }
}
