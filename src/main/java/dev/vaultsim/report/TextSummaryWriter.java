package dev.vaultsim.report;

import dev.vaultsim.record.RunResult;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The default stdout summary: plain text with aligned columns, for a person at a terminal. */
public final class TextSummaryWriter implements ReportWriter {

    private static final String INDENT = "  ";

    @Override
    public void write(List<RunResult> results, Writer out) throws IOException {
        Summary.writeAll(results, out, TextSummaryWriter::render);
    }

    static String render(Summary summary) {
        StringBuilder text = new StringBuilder();
        text.append(summary.title()).append('\n');
        if (summary.description() != null && !summary.description().isBlank()) {
            text.append(summary.description().strip()).append('\n');
        }
        text.append(String.join(", ", summary.facts())).append('\n');
        for (Summary.Section section : summary.sections()) {
            text.append('\n').append(section.heading()).append('\n');
            if (section.table().isEmpty() && !section.emptyNote().isEmpty()) {
                text.append(INDENT).append(section.emptyNote()).append('\n');
            } else {
                section.table().toText().lines().forEach(line -> text.append(INDENT).append(line).append('\n'));
                if (!section.footnote().isEmpty()) {
                    text.append(INDENT).append(section.footnote()).append('\n');
                }
            }
        }
        text.append('\n').append(summary.verdict()).append('\n');
        return text.toString();
    }
}
