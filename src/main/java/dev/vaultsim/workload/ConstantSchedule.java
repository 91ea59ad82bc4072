package dev.vaultsim.workload;

import dev.vaultsim.engine.Times;
import dev.vaultsim.scenario.Rate;

import java.math.BigInteger;

/**
 * Constant arrivals: request k arrives at exactly {@code k / rate}, computed from k so that no
 * rounding accumulates. An instant past the range of {@code long} (a rare client late in a run of
 * centuries) is {@link Times#NEVER}, which the kernel drops as past the horizon.
 */
public final class ConstantSchedule {

    private final Rate rate;

    public ConstantSchedule(Rate rate) {
        this.rate = rate;
    }

    /** When request {@code k} (0-based) arrives. */
    public long at(long k) {
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

    /** The first request arriving at or after {@code time}: estimated from the mean gap, then settled exactly. */
    public long firstAtOrAfter(long time) {
        long k = (long) Math.max(0, Math.ceil(time / rate.meanGapNanos()));
        while (k > 0 && at(k - 1) >= time) {
            k--;
        }
        while (at(k) < time) {
            k++;
        }
        return k;
    }
}
