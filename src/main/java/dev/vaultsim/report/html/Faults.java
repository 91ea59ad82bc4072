package dev.vaultsim.report.html;

import dev.vaultsim.report.FaultTargetText;
import dev.vaultsim.scenario.FaultSpec;

/** A fault in a few words, for chart marks and tables: {@code region-outage westeurope}. */
final class Faults {

    private Faults() {
    }

    static String label(FaultSpec fault) {
        return fault.type() + " " + target(fault);
    }

    static String target(FaultSpec fault) {
        return FaultTargetText.of(fault, FaultTargetText.Signs.UNICODE);
    }
}
