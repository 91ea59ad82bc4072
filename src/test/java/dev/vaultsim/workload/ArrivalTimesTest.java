package dev.vaultsim.workload;

import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.Times;
import dev.vaultsim.scenario.Arrivals;
import dev.vaultsim.scenario.Rate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Arrival instants past the range of long (found by the extreme swarm): a rare client late in a
 * run of centuries. The next arrival is {@link Times#NEVER} (dropped as past the horizon), not a
 * wrapped negative instant ("event scheduled in the past") or an ArithmeticException.
 */
class ArrivalTimesTest {

    private static final long YEAR = 365L * 24 * 3600 * 1_000_000_000L;

    @Test
    void constantArrivals_pastTheRange_areNever() {
        // rate: 1/150y: arrivals at 0, 150y, then 300y, past the 292-year range.
        ArrivalTimes arrivals = new ArrivalTimes(Arrivals.CONSTANT, new Rate(1, 150 * YEAR), new RandomStream(1));

        assertThat(arrivals.next()).isZero();
        assertThat(arrivals.next()).isEqualTo(150 * YEAR);
        assertThat(arrivals.next()).isEqualTo(Times.NEVER);
    }

    @Test
    void poissonArrivals_pastTheRange_areNever_andStaySo() {
        // A mean gap of 100 years: within a few draws the sum passes the range.
        ArrivalTimes arrivals = new ArrivalTimes(Arrivals.POISSON, new Rate(1, 100 * YEAR), new RandomStream(1));

        long previous = 0;
        for (int i = 0; i < 200; i++) {
            long next = arrivals.next();
            assertThat(next).as("arrival %d", i).isGreaterThanOrEqualTo(previous);
            previous = next;
        }
        assertThat(previous).isEqualTo(Times.NEVER);
    }
}
