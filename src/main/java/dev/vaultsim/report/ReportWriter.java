package dev.vaultsim.report;

import dev.vaultsim.record.RunResult;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes the results of one command, one or several scenarios, in one format. */
public interface ReportWriter {

    /** Writes every result; lines end with {@code \n} whatever the platform, so output is byte-identical. */
    void write(List<RunResult> results, Writer out) throws IOException;
}
