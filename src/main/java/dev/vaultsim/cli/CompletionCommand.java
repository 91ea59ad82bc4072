package dev.vaultsim.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code vaultsim completion bash|zsh}: the shell completion script picocli's {@link AutoComplete}
 * generates from the command model itself, so every command and option added later completes
 * without anyone editing a script. picocli writes one script for both shells (zsh runs it through
 * {@code bashcompinit}); the shell argument is there so the documented command reads naturally and
 * can grow a native script later.
 */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print a shell completion script.",
                "bash: source <(vaultsim completion bash), or save it to /etc/bash_completion.d/vaultsim.",
                "zsh: source <(vaultsim completion zsh) in ~/.zshrc."})
final class CompletionCommand implements Callable<Integer> {

    /** The shells picocli's script supports. */
    enum Shell { bash, zsh }

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    private Shell shell;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(AutoComplete.bash("vaultsim", spec.root().commandLine()));
        out.flush();
        return ExitCodes.OK;
    }
}
