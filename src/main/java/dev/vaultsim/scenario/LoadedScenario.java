package dev.vaultsim.scenario;

import java.util.List;

/**
 * A scenario that loaded, with the warnings that did not stop it (faults at or after the horizon,
 * explicit values overriding the revision), each {@code file:line:column: message}, for the caller
 * to print on stderr.
 *
 * @param revisionSupplied the values the scenario's revision supplied, as paths of the resolved
 *                         scenario ({@code regions[0].zones}, {@code regions[0].service.failover.detection},
 *                         {@code vaults[0].readOnlyAllowed}), for {@code validate} to mark
 */
public record LoadedScenario(Scenario scenario, List<String> warnings, List<String> revisionSupplied) {
    public LoadedScenario {
        warnings = List.copyOf(warnings);
        revisionSupplied = List.copyOf(revisionSupplied);
    }

    public LoadedScenario(Scenario scenario, List<String> warnings) {
        this(scenario, warnings, List.of());
    }
}
