package dev.vaultsim.workload;

/** Told when a request has its outcome (its last attempt's reply or timeout). */
public interface RequestListener {
    void requestCompleted(Request request, long now);
}
