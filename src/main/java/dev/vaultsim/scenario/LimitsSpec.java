package dev.vaultsim.scenario;

import dev.vaultsim.catalog.KeyProtection;
import dev.vaultsim.catalog.LimitGroup;

/**
 * A vault's throttling limits; a null field means no limit for that group.
 *
 * @param label {@code azure} when the documented values were asked for, else {@code custom}
 */
public record LimitsSpec(String label, Rate secretCreates, Rate secretOperations, Rate keyCreates, Rate keyOperations) {

    private static final long TEN_SECONDS = 10_000_000_000L;

    /** The documented per-vault limits for the given key protection. */
    public static LimitsSpec azure(KeyProtection protection) {
        boolean hsm = protection == KeyProtection.HSM;
        return new LimitsSpec("azure",
                new Rate(300, TEN_SECONDS),
                new Rate(4000, TEN_SECONDS),
                new Rate(hsm ? 10 : 20, TEN_SECONDS),
                new Rate(hsm ? 2000 : 4000, TEN_SECONDS));
    }

    public Rate limitFor(LimitGroup group) {
        return switch (group) {
            case SECRET_CREATES -> secretCreates;
            case SECRET_OPERATIONS -> secretOperations;
            case KEY_CREATES -> keyCreates;
            case KEY_OPERATIONS -> keyOperations;
        };
    }
}
