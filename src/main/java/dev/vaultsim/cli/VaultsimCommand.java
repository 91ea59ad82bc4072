package dev.vaultsim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import java.util.concurrent.Callable;

/** The top-level command: only dispatches to a subcommand. */
@Command(name = "vaultsim",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Deterministic discrete-event simulator of key-vault availability.",
        subcommands = {RunCommand.class, SweepCommand.class, SensitivityCommand.class, MergeCommand.class,
                ValidateCommand.class, CompareCommand.class, OperationsCommand.class,
                ResultsCommand.class, SchemaCommand.class, CompletionCommand.class,
                CommandLine.HelpCommand.class})
final class VaultsimCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }
}
