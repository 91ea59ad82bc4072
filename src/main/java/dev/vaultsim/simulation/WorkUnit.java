package dev.vaultsim.simulation;

/**
 * The unit of work of every run, sweep and shard: one replication of one point (a variant of the
 * scenario; a plain run has one point). Its result is a pure function of the point's scenario,
 * the seed and these two indices, so units may run anywhere, in any order, and pool to the same
 * bytes. Units are numbered {@code point × replications + replication}.
 */
public record WorkUnit(int point, int replication) {

    public WorkUnit {
        if (point < 0 || replication < 0) {
            throw new IllegalArgumentException("negative work unit index: " + point + "/" + replication);
        }
    }

    /** The unit's number among all units of a job with this many replications per point. */
    public long number(int replications) {
        return (long) point * replications + replication;
    }
}
