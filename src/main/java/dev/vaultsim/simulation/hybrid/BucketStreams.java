package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.engine.RandomStream;
import dev.vaultsim.engine.RandomStreams;

/**
 * One traffic source's random streams by timeline bucket ({@code PREFIX bucket/B}): moving a
 * boundary redraws only the pieces that start in its bucket, so common random numbers survive in
 * sweeps. The bucket's stream is kept while pieces start in it: made anew, it would repeat its draws.
 */
final class BucketStreams {

    private final RandomStreams streams;
    private final String prefix;
    private final long bucketNanos;
    private long bucket = -1;
    private RandomStream current;

    BucketStreams(RandomStreams streams, String prefix, long bucketNanos) {
        this.streams = streams;
        this.prefix = prefix;
        this.bucketNanos = bucketNanos;
    }

    /** The stream of the bucket holding {@code time}. */
    RandomStream at(long time) {
        long b = time / bucketNanos;
        if (b != bucket) {
            bucket = b;
            current = streams.of(prefix + "bucket/" + b);
        }
        return current;
    }
}
