package dev.vaultsim.record;

/**
 * One timeline bucket.
 *
 * @param state the vaults' states at the bucket's start: {@code NORMAL} with one vault,
 *              {@code vault=STATE} joined by {@code ;} with several
 */
public record BucketResult(long startNanos, BucketStats total, BucketStats read, BucketStats write, String state) {
}
