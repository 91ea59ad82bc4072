package dev.vaultsim.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What {@code run} and {@code validate} share: the scenario files and their {@code --set} overrides. */
final class ScenarioOptions {

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files (YAML).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Replace one value of every scenario before checks "
                    + "(service.failover.detection=5m); repeatable, the last one of a path wins.")
    List<String> sets = new ArrayList<>();
}
