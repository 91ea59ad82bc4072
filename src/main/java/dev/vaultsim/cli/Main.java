package dev.vaultsim.cli;

import picocli.CommandLine;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The {@code vaultsim} command line. {@link #run} does everything but exit, so tests call it with
 * their own streams; {@link #main} only adds {@code System.exit}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs one command line and returns its exit status ({@link ExitCodes}). */
    public static int run(PrintStream out, PrintStream err, String... args) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            return commandLine(outWriter, errWriter).execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        ExitCodes exitCodes = new ExitCodes();
        return new CommandLine(new VaultsimCommand())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(exitCodes)
                .setExecutionExceptionHandler(exitCodes);
    }
}
