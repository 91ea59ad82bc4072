package dev.vaultsim.cli;

import dev.vaultsim.scenario.LoadedScenario;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.simulation.EngineKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code vaultsim validate}: load and check scenarios without simulating; print each resolved
 * scenario as YAML (values its revision supplied marked {@code # revision 2025}) (several as documents separated by {@code ---}), or every problem found.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Load and check scenarios; print them resolved, with every default filled in.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    private ScenarioOptions scenarioOptions;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<LoadedScenario> scenarios = ScenarioFiles.loadAllWithMarks(scenarioOptions.files, scenarioOptions.sets,
                spec.commandLine().getErr(), ScenarioFiles.Texts.fromDisk());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // What a run of one replication would cost, so a scenario that takes hours is caught here.
        List<Scenario> resolved = scenarios.stream().map(LoadedScenario::scenario).toList();
        for (Scenario scenario : resolved) {
            err.println(WorkEstimate.of(scenario, EngineKind.of(scenario.engine()), 1, 1).line(scenario.name()));
        }
        BucketWidening.warn(resolved, err);
        for (int i = 0; i < scenarios.size(); i++) {
            if (i > 0) {
                out.print("---\n");
            }
            String yaml = ScenarioFiles.toYaml(scenarios.get(i));
            out.print(yaml.endsWith("\n") ? yaml : yaml + "\n");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
