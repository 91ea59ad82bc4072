package dev.vaultsim.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExitCodesTest {

    private final StringWriter err = new StringWriter();
    private final CommandLine commandLine = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err));

    @Test
    void inputError_exitsTwo_withItsMessagesOnly() throws Exception {
        int status = commandLine.getExecutionExceptionHandler().handleExecutionException(
                new InputException(List.of("a.yaml:3:5: bad", "b.yaml:1:1: worse")), commandLine,
                commandLine.parseArgs("operations"));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("a.yaml:3:5: bad\nb.yaml:1:1: worse\n");
    }

    @Test
    void bug_exitsOne_withAStackTrace() throws Exception {
        int status = commandLine.getExecutionExceptionHandler().handleExecutionException(
                new IllegalStateException("boom"), commandLine, commandLine.parseArgs("operations"));

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).startsWith("vaultsim: internal error: java.lang.IllegalStateException: boom")
                .contains("\tat ");
    }
}
