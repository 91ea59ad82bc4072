package dev.vaultsim.engine;

/**
 * One seeded stream of pseudo-random numbers (xoshiro256**), owned by one actor and purpose.
 * Small and fast, with no per-draw allocation; not thread-safe, which it need not be.
 */
public final class RandomStream {

    private long s0;
    private long s1;
    private long s2;
    private long s3;

    public RandomStream(long seed) {
        long x = seed;
        s0 = splitMix(x += 0x9e3779b97f4a7c15L);
        s1 = splitMix(x += 0x9e3779b97f4a7c15L);
        s2 = splitMix(x += 0x9e3779b97f4a7c15L);
        s3 = splitMix(x + 0x9e3779b97f4a7c15L);
    }

    public long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** Uniform on [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform on (0, 1]: safe under a logarithm. */
    public double nextOpenDouble() {
        return ((nextLong() >>> 11) + 1) * 0x1.0p-53;
    }

    /** Uniform on [0, bound). */
    public int nextInt(int bound) {
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** A standard normal deviate (Marsaglia's polar method; StrictMath keeps it exact everywhere). */
    public double nextGaussian() {
        if (haveSpare) {
            haveSpare = false;
            return spare;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double factor = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spare = v * factor;
        haveSpare = true;
        return u * factor;
    }

    private boolean haveSpare;
    private double spare;

    static long splitMix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
