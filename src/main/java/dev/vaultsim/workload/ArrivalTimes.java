package dev.vaultsim.workload;

import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.Times;
import dev.vaultsim.model.Sampler;
import dev.vaultsim.scenario.Arrivals;
import dev.vaultsim.scenario.Rate;

import java.math.BigInteger;

/**
 * A client's arrival instants. Constant arrivals put request k at exactly {@code k / rate},
 * computed from k so no rounding accumulates; Poisson arrivals add exponential gaps. An instant
 * past the range of {@code long} (a rare client late in a run of centuries) is {@link Times#NEVER},
 * which the kernel drops as past the horizon.
 */
final class ArrivalTimes {

    private final Arrivals kind;
    private final Rate rate;
    private final RandomStream random;
    private final double meanGapNanos;
    private long index;
    private long last;

    ArrivalTimes(Arrivals kind, Rate rate, RandomStream random) {
        this.kind = kind;
        this.rate = rate;
        this.random = random;
        this.meanGapNanos = rate.meanGapNanos();
    }

    /** The next arrival instant. */
    long next() {
        if (kind == Arrivals.CONSTANT) {
            return constantArrival(index++);
        }
        last = Times.saturatingAdd(last, Sampler.clamp(-meanGapNanos * StrictMath.log(random.nextOpenDouble())));
        return last;
    }

    private long constantArrival(long k) {
        double count = rate.count();
        long perNanos = rate.perNanos();
        if (count == Math.rint(count)) {
            long whole = (long) count;
            long high = Math.multiplyHigh(k, perNanos);
            if (high == 0 && k * perNanos >= 0) {
                return k * perNanos / whole;
            }
            BigInteger at = BigInteger.valueOf(k).multiply(BigInteger.valueOf(perNanos))
                    .divide(BigInteger.valueOf(whole));
            return at.bitLength() < Long.SIZE ? at.longValue() : Times.NEVER;
        }
        return (long) Math.floor(k * (perNanos / count));
    }
}
