package dev.vaultsim.cli;

import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * The one place that turns what went wrong into an exit status and a message: 2 for a user
 * mistake (bad usage, a missing file, an invalid scenario, an unusable {@code --out}) with the
 * messages only; 1 for a bug, the only case that prints a stack trace. 0 and 3 are returned by
 * the commands themselves.
 */
final class ExitCodes implements IParameterExceptionHandler, IExecutionExceptionHandler {

    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int BAD_INPUT = 2;
    static final int SLO_MISSED = 3;

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("vaultsim: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        return BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (e instanceof InputException input) {
            input.messages().forEach(err::println);
            return BAD_INPUT;
        }
        if (e instanceof ParameterException parameter) {
            return handleParseException(parameter, parseResult.originalArgs().toArray(new String[0]));
        }
        err.println("vaultsim: internal error: " + e);
        e.printStackTrace(err);
        return INTERNAL_ERROR;
    }
}
