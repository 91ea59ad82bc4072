package dev.vaultsim.record;

import java.util.List;

/**
 * One vault's requests per timeline bucket, by class: what the per-vault availability charts
 * draw when a scenario has several vaults (the main timeline sums them, so one vault's outage
 * would read as a partial dip). Counts only: latency per vault would need a sketch per vault and
 * bucket, and the report does not draw it.
 *
 * @param read  one entry per bucket of the run's timeline, latencies NaN
 * @param write likewise
 */
public record VaultTimeline(String vault, List<BucketStats> read, List<BucketStats> write) {
}
