package dev.vaultsim.simulation;

/**
 * Which share of a job's work units one process runs: those whose number is ≡ {@code index}
 * (mod {@code count}). Round-robin rather than contiguous blocks, so that every shard gets a
 * share of every point (points differ in cost) and of replication 0 (which costs more).
 */
public record Shard(int index, int count) {

    /** The whole job in one process. */
    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + ": expected 0 ≤ i < N");
        }
    }

    public boolean contains(WorkUnit unit, int replications) {
        return unit.number(replications) % count == index;
    }

    public boolean isAll() {
        return count == 1;
    }
}
