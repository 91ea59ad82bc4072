package dev.vaultsim.record;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Requests sliced by client and operation add up to exactly the figures of adding each to both. */
class ClientOperationSlicesTest {

    private static final int CLIENTS = 3;
    private static final Operation[] OPERATIONS = {Operation.GetSecret, Operation.SetSecret, Operation.Sign,
            Operation.CreateKey};

    @Property(tries = 50)
    void pairedSlices_giveTheFiguresOfAddingEachRequestToBoth(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        Figures direct = new Figures(false);
        Figures paired = new Figures(true);
        Random random = new Random(seed);
        int requests = random.nextInt(2_000);
        for (int i = 0; i < requests; i++) {
            int client = random.nextInt(CLIENTS);
            Operation operation = OPERATIONS[random.nextInt(OPERATIONS.length)];
            boolean success = random.nextInt(5) > 0;
            int attempts = 1 + random.nextInt(4);
            // Latencies over nine decades, so that histograms resize differently in slices and sums.
            long latency = (long) Math.pow(10, 1 + 9 * random.nextDouble());
            if (random.nextInt(10) == 0) {
                LatencyCounts latencies = success ? LatencyCounts.of(latency, 7) : null;
                RequestBatch batch = new RequestBatch(client, 0, operation, success ? null
                        : FailureCause.TIMEOUT, CacheOutcome.UNCACHED, 0, 0, 7, 7L * attempts,
                        latencies, success ? 7 * latency : 0, success ? latency : 0, latency);
                direct.slices.addBatch(batch);
                paired.slices.addBatch(batch);
            } else {
                direct.slices.add(client, operation, success, attempts, latency);
                paired.slices.add(client, operation, success, attempts, latency);
            }
        }
        direct.slices.settle();
        paired.slices.settle();
        for (Operation operation : OPERATIONS) {
            assertThat(paired.byOperation[operation.ordinal()].toStats())
                    .isEqualTo(direct.byOperation[operation.ordinal()].toStats());
        }
        for (int c = 0; c < CLIENTS; c++) {
            assertThat(paired.byClient[c].toStats()).isEqualTo(direct.byClient[c].toStats());
        }
        assertThat(paired.byClient[0].toStats().requests() + paired.byClient[1].toStats().requests()
                + paired.byClient[2].toStats().requests()).isGreaterThanOrEqualTo(requests);
    }

    @Test
    void aRequestAfterTheFiguresWereSettled_isRefused() {
        Figures paired = new Figures(true);
        paired.slices.add(0, Operation.GetSecret, true, 1, 5);
        paired.slices.settle();
        paired.slices.settle();
        assertThat(paired.byOperation[Operation.GetSecret.ordinal()].toStats().requests()).isEqualTo(1);
        assertThatThrownBy(() -> paired.slices.add(0, Operation.GetSecret, true, 1, 5))
                .isInstanceOf(IllegalStateException.class);
    }

    /** The figures by operation and by client, and slices that fill them. */
    private static final class Figures {
        final StatsAccumulator[] byOperation = new StatsAccumulator[Operation.values().length];
        final StatsAccumulator[] byClient = new StatsAccumulator[CLIENTS];
        final ClientOperationSlices slices;

        Figures(boolean paired) {
            for (Operation operation : OPERATIONS) {
                byOperation[operation.ordinal()] = new StatsAccumulator();
            }
            for (int c = 0; c < CLIENTS; c++) {
                byClient[c] = new StatsAccumulator();
            }
            slices = new ClientOperationSlices(CLIENTS, paired, byOperation, byClient);
        }
    }
}
