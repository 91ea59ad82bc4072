package dev.vaultsim.engine;

import java.nio.charset.StandardCharsets;

/**
 * Hands out one stream per actor and purpose, seeded from (master seed, replication, FNV-1a of
 * the stream's name). A stream depends on nothing but those three, so adding an actor never
 * shifts another actor's numbers.
 */
public final class RandomStreams {

    private final long masterSeed;
    private final long replication;

    public RandomStreams(long masterSeed, long replication) {
        this.masterSeed = masterSeed;
        this.replication = replication;
    }

    public RandomStream of(String name) {
        long seed = RandomStream.splitMix(masterSeed ^ 0x5851f42d4c957f2dL);
        seed = RandomStream.splitMix(seed ^ replication);
        seed = RandomStream.splitMix(seed ^ fnv1a(name));
        return new RandomStream(seed);
    }

    /** The 64-bit FNV-1a hash of the name's UTF-8 bytes: fixed forever, unlike String.hashCode(). */
    public static long fnv1a(String name) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
