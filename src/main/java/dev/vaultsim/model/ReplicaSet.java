package dev.vaultsim.model;

/** The replicas of a region's vault data; each is down while any fault holds it. */
public final class ReplicaSet {

    private final int[] faultsHolding;
    private final int writeQuorum;
    private int up;

    ReplicaSet(int count, int writeQuorum) {
        this.faultsHolding = new int[count];
        this.writeQuorum = writeQuorum;
        this.up = count;
    }

    public int count() {
        return faultsHolding.length;
    }

    public int up() {
        return up;
    }

    public boolean canRead() {
        return up >= 1;
    }

    public boolean canWrite() {
        return up >= writeQuorum;
    }

    public boolean isUp(int replica) {
        return faultsHolding[replica] == 0;
    }

    public void hold(int replica) {
        if (faultsHolding[replica]++ == 0) {
            up--;
        }
    }

    public void release(int replica) {
        if (--faultsHolding[replica] == 0) {
            up++;
        }
    }
}
