package dev.vaultsim.report;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * The formats of {@code run --format}, each a factory of its writer. An enum rather than a
 * lookup by name, so that adding a format is one line and the compiler sees every use.
 */
public enum ReportFormat {
    TEXT(TextSummaryWriter::new),
    JSON(JsonReportWriter::new),
    MARKDOWN(MarkdownSummaryWriter::new);

    private final Supplier<ReportWriter> factory;

    ReportFormat(Supplier<ReportWriter> factory) {
        this.factory = factory;
    }

    public ReportWriter writer() {
        return factory.get();
    }

    /** The name users type ({@code --format json}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
