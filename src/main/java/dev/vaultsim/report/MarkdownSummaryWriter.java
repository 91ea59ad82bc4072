package dev.vaultsim.report;

import dev.vaultsim.record.RunResult;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The {@code --format markdown} summary: the same content as the text summary, as headings and tables. */
public final class MarkdownSummaryWriter implements ReportWriter {

    @Override
    public void write(List<RunResult> results, Writer out) throws IOException {
        Summary.writeAll(results, out, MarkdownSummaryWriter::render);
    }

    static String render(Summary summary) {
        StringBuilder markdown = new StringBuilder();
        markdown.append("# ").append(summary.title()).append("\n\n");
        if (summary.description() != null && !summary.description().isBlank()) {
            markdown.append(summary.description().strip()).append("\n\n");
        }
        markdown.append(String.join(", ", summary.facts())).append('\n');
        for (Summary.Section section : summary.sections()) {
            markdown.append("\n## ").append(section.heading()).append("\n\n");
            if (section.table().isEmpty() && !section.emptyNote().isEmpty()) {
                markdown.append('_').append(section.emptyNote()).append("_\n");
            } else {
                markdown.append(section.table().toMarkdown());
                if (!section.footnote().isEmpty()) {
                    markdown.append('\n').append(section.footnote()).append('\n');
                }
            }
        }
        markdown.append("\n**").append(summary.verdict()).append("**\n");
        return markdown.toString();
    }
}
