package dev.vaultsim.cli;

import dev.vaultsim.record.RunResult;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.simulation.Simulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code vaultsim results} (hidden, for maintainers): regenerates {@code results/}, the committed
 * reports of the scenario library: for every {@code scenarios/*.yaml} (not subdirectories such as
 * {@code bench/}), {@code results/<name>/} gets report.json, timeline.csv, report.html and the
 * two charts as SVG. A test fails when what is committed differs from what the code produces.
 */
@Command(name = "results", hidden = true, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Regenerate results/: the reports of every scenario in scenarios/*.yaml.")
final class ResultsCommand implements Callable<Integer> {

    @Option(names = "--scenarios", paramLabel = "DIR", defaultValue = "scenarios",
            description = "The scenario library (default: ${DEFAULT-VALUE}).")
    private Path library;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
            description = "Where the results go (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Scenario> scenarios = ScenarioFiles.loadAll(libraryFiles(library), List.of(), err);
        OutputTarget.check(out, scenarios);
        for (Scenario scenario : scenarios) {
            RunResult result = Simulation.run(scenario);
            OutputTarget.writeAll(out.resolve(scenario.name()), RunFiles.withCharts(scenario, result));
            spec.commandLine().getOut().println(out.resolve(scenario.name()));
        }
        return ExitCodes.OK;
    }

    /** The library's scenario files in name order, so results are written in a fixed order. */
    static List<Path> libraryFiles(Path library) {
        if (!Files.isDirectory(library)) {
            throw new InputException("--scenarios " + library + ": not a directory");
        }
        try (Stream<Path> files = Files.list(library)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
