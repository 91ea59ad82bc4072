package dev.vaultsim.simulation.hybrid;

import dev.vaultsim.engine.RandomStream;

/**
 * Hypergeometric counts: of {@code population} items of which {@code marked} are marked, how many
 * marked ones {@code draws} items taken without replacement hold. By inversion over the mass
 * function from its mode outwards, each term from its neighbour by their ratio, so that nothing but
 * products of counts is computed: exact to double precision at any population a year of traffic
 * reaches, with no table of factorials. It costs some tens of standard deviations (at most half
 * the square root of {@code draws} each), so it is for rare draws: a cache's hits split at a
 * switchover ({@link HitsAhead}). Plain arithmetic and one uniform, so every CPU draws the same.
 */
final class Hypergeometric {

    /** Terms below this share of the mode's add nothing a double can hold. */
    private static final double NEGLIGIBLE = 1e-20;

    private Hypergeometric() {
    }

    static long draw(long population, long marked, long draws, RandomStream random) {
        long low = Math.max(0, draws - (population - marked));
        long high = Math.min(draws, marked);
        if (low >= high) {
            return low;
        }
        double total = 0;
        for (Terms terms = new Terms(population, marked, draws, low, high); terms.next(); ) {
            total += terms.mass;
        }
        double u = random.nextDouble() * total;
        Terms terms = new Terms(population, marked, draws, low, high);
        long last = low;
        while (terms.next()) {
            last = terms.at;
            u -= terms.mass;
            if (u < 0) {
                return last;
            }
        }
        // Rounding left u at or above the total: the last term counted.
        return last;
    }

    /** The mass function's terms relative to the mode's, from the mode upwards, then downwards from below it. */
    private static final class Terms {
        private final double n;
        private final double k;
        private final double d;
        private final long low;
        private final long high;
        private final long mode;
        long at;
        double mass;
        private boolean upwards = true;
        private boolean started;

        Terms(long population, long marked, long draws, long low, long high) {
            this.n = population;
            this.k = marked;
            this.d = draws;
            this.low = low;
            this.high = high;
            this.mode = Math.max(low, Math.min(high, (long) Math.floor((d + 1) * (k + 1) / (n + 2))));
        }

        boolean next() {
            if (!started) {
                started = true;
                at = mode;
                mass = 1;
                return true;
            }
            if (upwards) {
                if (at < high && mass >= NEGLIGIBLE) {
                    double j = at;
                    mass *= (k - j) * (d - j) / ((j + 1) * (n - k - d + j + 1));
                    at++;
                    return true;
                }
                upwards = false;
                at = mode;
                mass = 1;
            }
            if (at > low && mass >= NEGLIGIBLE) {
                double j = at;
                mass *= j * (n - k - d + j) / ((k - j + 1) * (d - j + 1));
                at--;
                return true;
            }
            return false;
        }
    }
}
