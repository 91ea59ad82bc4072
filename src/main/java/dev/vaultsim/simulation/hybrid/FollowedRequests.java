package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.catalog.Operation;
import dev.vaultsim.record.CacheOutcome;
import dev.vaultsim.record.LatencyCounts;
import dev.vaultsim.record.RequestBatch;
import dev.vaultsim.record.RequestSink;

import java.util.Arrays;

/**
 * The followed requests of one client's band piece, added up by operation and outcome and
 * recorded as batches when the piece is done: they share its bucket and phase.
 */
final class FollowedRequests {

    private static final FailureCause[] CAUSES = FailureCause.values();

    private final RequestSink sink;
    private final int index;
    private final int vaultPosition;
    private final Operation[] operations;
    private final long[][] latencies;
    private final int[] successes;
    private final long[] successAttempts;
    private final long[][] failures;
    private final long[][] failureAttempts;

    FollowedRequests(RequestSink sink, int index, int vaultPosition, Operation[] operations) {
        this.sink = sink;
        this.index = index;
        this.vaultPosition = vaultPosition;
        this.operations = operations;
        int operationCount = operations.length;
        latencies = new long[operationCount][16];
        successes = new int[operationCount];
        successAttempts = new long[operationCount];
        failures = new long[operationCount][CAUSES.length];
        failureAttempts = new long[operationCount][CAUSES.length];
    }

    void succeeded(int o, int attempts, long latencyNanos) {
        if (successes[o] == latencies[o].length) {
            latencies[o] = Arrays.copyOf(latencies[o], successes[o] * 2);
        }
        latencies[o][successes[o]++] = latencyNanos;
        successAttempts[o] += attempts;
    }

    void failed(int o, FailureCause cause, int attempts) {
        failures[o][cause.ordinal()]++;
        failureAttempts[o][cause.ordinal()] += attempts;
    }

    void flush(long start, int phase, long now) {
        for (int o = 0; o < operations.length; o++) {
            int n = successes[o];
            if (n > 0) {
                long[] values = Arrays.copyOf(latencies[o], n);
                long[] ones = new long[n];
                Arrays.fill(ones, 1);
                long sum = 0;
                long max = 0;
                for (long value : values) {
                    sum += value;
                    max = Math.max(max, value);
                }
                sink.requestsCompleted(new RequestBatch(index, vaultPosition, operations[o], null,
                        CacheOutcome.UNCACHED, phase, start, n, successAttempts[o], new LatencyCounts(values, ones),
                        sum, max, now));
                successes[o] = 0;
                successAttempts[o] = 0;
            }
            for (FailureCause cause : CAUSES) {
                long count = failures[o][cause.ordinal()];
                if (count > 0) {
                    sink.requestsCompleted(new RequestBatch(index, vaultPosition, operations[o], cause,
                            CacheOutcome.UNCACHED, phase, start, count, failureAttempts[o][cause.ordinal()], null, 0, 0,
                            now));
                    failures[o][cause.ordinal()] = 0;
                    failureAttempts[o][cause.ordinal()] = 0;
                }
            }
        }
    }
}
