package dev.vaultsim.workload;

/** Told when a request has its outcome (its last attempt's reply or timeout): an observer for checks, not the recorder. */
public interface RequestListener {
    void requestCompleted(Request request, long now);
}
