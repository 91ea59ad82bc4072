package dev.vaultsim.workload;

import dev.vaultsim.model.AttemptOutcome;

/** Told of every attempt as it is decided; used by invariant checks, not by reports. */
public interface AttemptListener {
    void attemptDecided(Request request, AttemptOutcome outcome, long now);
}
