package dev.vaultsim.record;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.catalog.VaultState;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.testing.TestScenarios;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A batch of requests is recorded exactly as its requests one by one. */
class RequestBatchTest {

    private static final long SECOND = 1_000_000_000L;
    private static final Scenario SHAPE = TestScenarios.workedExample();
    private static final long SPAN = 60 * SECOND;

    /** One completed request, as an engine would report it. */
    private record Done(int client, Operation operation, FailureCause cause, int attempts, long firstStartNanos,
                        int phase, long now) {
    }

    @Property(tries = 60)
    void batchesOfOne_recordExactlyWhatSingleRequestsDo(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        List<Done> requests = requests(seed);
        Recorder singles = recorder();
        Recorder batches = recorder();
        for (Done done : requests) {
            single(singles, done);
            batches.requestsCompleted(batchOf(done, 1));
        }
        assertThat(batches.result(new EngineFigures("exact", 0, 0))).isEqualTo(singles.result(new EngineFigures("exact", 0, 0)));
    }

    @Property(tries = 30)
    void aBatchOfK_recordsExactlyWhatKEqualRequestsDo(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                      @ForAll @IntRange(min = 2, max = 50) int k) {
        Recorder singles = recorder();
        Recorder batches = recorder();
        for (Done done : requests(seed)) {
            for (int i = 0; i < k; i++) {
                single(singles, done);
            }
            batches.requestsCompleted(batchOf(done, k));
        }
        RunResult expected = singles.result(new EngineFigures("exact", 0, 0));
        assertThat(batches.result(new EngineFigures("exact", 0, 0))).isEqualTo(expected);
        assertThat(expected.traffic().totals().requests()).isPositive();
    }

    /**
     * Sliced by client and operation (in the phases too, each phase's slices added up when it
     * closes, or not) or added to every figure at once: the same report, phases, timeline and
     * figures by operation and client, whether requests come one by one or in batches, in the
     * detailed replication or another.
     */
    @Property(tries = 40)
    void slicingByClientAndOperation_changesNoFigure(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                     @ForAll boolean detailed, @ForAll boolean phasesByPair) {
        Recorder paired = recorder(detailed, true, phasesByPair);
        Recorder direct = recorder(detailed, false, false);
        Random batches = new Random(seed);
        for (Done done : requests(seed)) {
            if (batches.nextBoolean()) {
                paired.requestsCompleted(batchOf(done, 3));
                direct.requestsCompleted(batchOf(done, 3));
            } else {
                single(paired, done);
                single(direct, done);
            }
        }
        RunResult expected = direct.result(new EngineFigures("exact", 0, 0));
        assertThat(paired.result(new EngineFigures("exact", 0, 0))).isEqualTo(expected);
        // As a shard writes them and the merge reads them back (the histograms' encoding may differ in
        // the range they were sized for, not in their counts).
        List<String> clients = SHAPE.clients().stream().map(c -> c.name()).toList();
        assertThat(Aggregates.of(paired.aggregates().data(), SHAPE).traffic(clients))
                .isEqualTo(Aggregates.of(direct.aggregates().data(), SHAPE).traffic(clients));
        assertThat(expected.traffic().byClient()).isNotEmpty();
    }

    @Test
    void aBatchWhoseLatenciesDisagreeWithItsOutcome_isRefused() {
        assertThatThrownBy(() -> new RequestBatch(0, 0, Operation.GetSecret, FailureCause.TIMEOUT,
                CacheOutcome.UNCACHED, 0, 0, 1, 1, LatencyCounts.of(5, 1), 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RequestBatch(0, 0, Operation.GetSecret, null, CacheOutcome.UNCACHED, 0, 0, 2, 2,
                LatencyCounts.of(5, 1), 5, 5, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Recorder recorder() {
        return recorder(true, ClientOperationSlices.pairs(SHAPE.clients()),
                ClientOperationSlices.phasesByPair(SHAPE.clients()));
    }

    private static Recorder recorder(boolean detailed, boolean paired, boolean phasesByPair) {
        Recorder recorder = new Recorder(SHAPE, SPAN, detailed, paired, phasesByPair);
        // The same phases for both: the vault fails over at 1:00 and is back at 3:00.
        recorder.vaultStateChanged(0, VaultState.PRIMARY_DOWN, null, 3600 * SECOND);
        recorder.vaultStateChanged(0, VaultState.FAILED_OVER, "northeurope", 3720 * SECOND);
        recorder.vaultStateChanged(0, VaultState.NORMAL, "westeurope", 10800 * SECOND);
        return recorder;
    }

    /** Requests completing in time order, some failing, over the worked example's six hours. */
    private static List<Done> requests(long seed) {
        Random random = new Random(seed);
        List<Done> requests = new ArrayList<>();
        long now = 0;
        int n = 1 + random.nextInt(300);
        for (int i = 0; i < n; i++) {
            now += (long) (random.nextDouble() * 120 * SECOND);
            long latency = Math.min(now, 1 + (long) (random.nextDouble() * 20 * SECOND));
            long start = now - latency;
            int phase = start < 3600 * SECOND ? 0 : start < 3720 * SECOND ? 1 : start < 10800 * SECOND ? 2 : 3;
            FailureCause cause = random.nextInt(4) == 0 ? FailureCause.values()[random.nextInt(9)] : null;
            int client = random.nextInt(2);
            Operation operation = client == 0 ? Operation.GetSecret : Operation.SetSecret;
            requests.add(new Done(client, operation, cause, 1 + random.nextInt(4), start, phase, now));
        }
        return requests;
    }

    private static void single(Recorder recorder, Done done) {
        recorder.requestCompleted(done.client(), 0, done.operation(), done.cause(), done.attempts(),
                done.firstStartNanos(), done.phase(), done.now());
    }

    private static RequestBatch batchOf(Done done, int count) {
        long latency = done.now() - done.firstStartNanos();
        LatencyCounts latencies = done.cause() == null ? LatencyCounts.of(latency, count) : null;
        return new RequestBatch(done.client(), 0, done.operation(), done.cause(), CacheOutcome.UNCACHED,
                done.phase(), done.firstStartNanos(), count, (long) count * done.attempts(), latencies,
                done.cause() == null ? count * latency : 0, done.cause() == null ? latency : 0, done.now());
    }
}
