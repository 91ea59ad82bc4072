package dev.vaultsim.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A small table of strings with a header and per-column alignment, rendered either as aligned
 * plain text or as a Markdown table. The one place table layout lives: the text and markdown
 * summaries and the {@code operations} command all use it.
 */
public final class Table {

    /** How a column's cells line up. */
    public enum Align { LEFT, RIGHT }

    private final List<String> header;
    private final List<Align> aligns;
    private final List<List<String>> rows = new ArrayList<>();

    private Table(List<String> header, List<Align> aligns) {
        this.header = List.copyOf(header);
        this.aligns = new ArrayList<>(aligns);
    }

    /** A table whose first column is left-aligned and the others right-aligned (labels, then numbers). */
    public static Table withHeader(String... header) {
        List<Align> aligns = new ArrayList<>(Collections.nCopies(header.length, Align.RIGHT));
        aligns.set(0, Align.LEFT);
        return new Table(List.of(header), aligns);
    }

    /** A table with every column left-aligned. */
    public static Table leftAligned(String... header) {
        return new Table(List.of(header), Collections.nCopies(header.length, Align.LEFT));
    }

    /** Left-aligns the given columns (0-based), for text columns among numbers. */
    public Table alignLeft(int... columns) {
        for (int column : columns) {
            aligns.set(column, Align.LEFT);
        }
        return this;
    }

    public Table row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Aligned columns two spaces apart, no trailing spaces; each line ends in {@code \n}. */
    public String toText() {
        int[] widths = widths();
        StringBuilder text = new StringBuilder();
        textLine(text, header, widths);
        for (List<String> row : rows) {
            textLine(text, row, widths);
        }
        return text.toString();
    }

    /** A GitHub-flavoured Markdown table, numbers right-aligned by the separator row. */
    public String toMarkdown() {
        StringBuilder markdown = new StringBuilder();
        markdownLine(markdown, header);
        markdown.append('|');
        for (Align align : aligns) {
            markdown.append(align == Align.RIGHT ? " ---: |" : " --- |");
        }
        markdown.append('\n');
        for (List<String> row : rows) {
            markdownLine(markdown, row);
        }
        return markdown.toString();
    }

    private int[] widths() {
        int[] widths = new int[header.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = header.get(column).length();
            for (List<String> row : rows) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        return widths;
    }

    private void textLine(StringBuilder text, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < cells.size(); column++) {
            if (column > 0) {
                line.append("  ");
            }
            String cell = cells.get(column);
            String padding = " ".repeat(widths[column] - cell.length());
            line.append(aligns.get(column) == Align.RIGHT ? padding + cell : cell + padding);
        }
        text.append(stripTrailing(line)).append('\n');
    }

    private static void markdownLine(StringBuilder markdown, List<String> cells) {
        markdown.append('|');
        for (String cell : cells) {
            markdown.append(' ').append(cell.replace("|", "\\|")).append(" |");
        }
        markdown.append('\n');
    }

    private static String stripTrailing(StringBuilder line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return line.substring(0, end);
    }
}
