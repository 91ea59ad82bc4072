package dev.vaultsim.workload;

import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.scenario.RetrySpec;
import com.azure.core.http.policy.ExponentialBackoff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The default retry policy against the Azure SDK for Java's own {@link ExponentialBackoff}: it
 * draws from {@code ThreadLocalRandom}, so the test compares bounds and distributions of the
 * delays, not the same draws.
 */
class BackoffTest {

    private static final int SAMPLES = 4000;
    private static final RetrySpec DEFAULT = RetrySpec.AZURE_SDK_DEFAULT;

    private static long[] ours(RetrySpec spec, int retry) {
        Backoff backoff = new Backoff(spec, new RandomStream(20261129L + retry));
        long[] delays = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            delays[i] = backoff.delayBeforeRetry(retry);
        }
        Arrays.sort(delays);
        return delays;
    }

    private static long[] azure(RetrySpec spec, int retry) {
        ExponentialBackoff backoff = new ExponentialBackoff(spec.maxRetries(), Duration.ofNanos(spec.baseDelayNanos()),
                Duration.ofNanos(spec.maxDelayNanos()));
        long[] delays = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            // azure-core counts retries from 0.
            delays[i] = backoff.calculateRetryDelay(retry - 1).toNanos();
        }
        Arrays.sort(delays);
        return delays;
    }

    @ParameterizedTest(name = "retry {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 10})
    void defaultPolicy_hasTheSdksBoundsAndDistribution(int retry) {
        long[] ours = ours(DEFAULT, retry);
        long[] azure = azure(DEFAULT, retry);

        // The jitter is applied to the base before doubling and capping, so the cap is never passed.
        long low = Math.min(DEFAULT.maxDelayNanos(), (1L << (retry - 1)) * (long) (DEFAULT.baseDelayNanos() * 0.95));
        assertThat(azure[0]).isGreaterThanOrEqualTo(low);
        assertThat(ours[0]).isGreaterThanOrEqualTo(low);
        assertThat(ours[SAMPLES - 1]).isLessThanOrEqualTo(DEFAULT.maxDelayNanos());
        if (azure[0] == azure[SAMPLES - 1]) {
            assertThat(ours).containsOnly(azure[0]);
        }
        // Deciles agree within 2 % of the spread of the jitter (sampling noise with 4,000 draws).
        double spread = Math.max(1, azure[SAMPLES - 1] - azure[0]);
        for (int decile = 1; decile < 10; decile++) {
            int i = decile * SAMPLES / 10;
            assertThat((double) ours[i]).as("decile %d", decile).isCloseTo(azure[i], within(0.04 * spread));
        }
    }

    @Test
    void otherJitters_keepTheirFormula_jitterAfterTheCap() {
        RetrySpec tenPercent = new RetrySpec(3, RetrySpec.Backoff.EXPONENTIAL, 800_000_000L, 8_000_000_000L, 0.1, false);
        long[] delays = ours(tenPercent, 5);

        assertThat(delays[0]).isGreaterThanOrEqualTo(7_200_000_000L);
        assertThat(delays[SAMPLES - 1]).isGreaterThan(8_000_000_000L).isLessThanOrEqualTo(8_800_000_000L);
    }

    @ParameterizedTest(name = "retry {0}")
    @ValueSource(ints = {1, 2, 3, 4, 7, 40})
    void shortestAndLongest_boundEveryDelay_andAreReached(int retry) {
        RetrySpec[] specs = {DEFAULT,
                new RetrySpec(5, RetrySpec.Backoff.EXPONENTIAL, 800_000_000L, 8_000_000_000L, 0.1, false),
                new RetrySpec(5, RetrySpec.Backoff.EXPONENTIAL, 800_000_000L, 8_000_000_000L, 0, true),
                new RetrySpec(5, RetrySpec.Backoff.FIXED, 200_000_000L, 8_000_000_000L, 0.2, false)};
        for (RetrySpec spec : specs) {
            Backoff bounds = new Backoff(spec, new RandomStream(1));
            long[] delays = ours(spec, retry);
            long shortest = bounds.shortestBefore(retry);
            long longest = bounds.longestBefore(retry);
            assertThat(delays[0]).as("%s retry %d", spec, retry).isGreaterThanOrEqualTo(shortest);
            assertThat(delays[SAMPLES - 1]).as("%s retry %d", spec, retry).isLessThanOrEqualTo(longest);
            // Tight: the draws come within 1 % of the spread of both bounds.
            double slack = Math.max(2, 0.01 * (longest - shortest));
            assertThat((double) delays[0] - shortest).isLessThanOrEqualTo(slack);
            assertThat((double) longest - delays[SAMPLES - 1]).isLessThanOrEqualTo(slack);
        }
    }
}
