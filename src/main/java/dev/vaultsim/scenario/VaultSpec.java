package dev.vaultsim.scenario;

import dev.vaultsim.catalog.KeyProtection;
import dev.vaultsim.catalog.ReadOnlyAllowed;

/**
 * A vault, placed in its primary region; its secondary is that region's pair.
 *
 * @param limits throttling limits, or null when off (the default)
 */
public record VaultSpec(String name, String region, KeyProtection keyProtection, LimitsSpec limits,
                        ReadOnlyAllowed readOnlyAllowed) {
}
