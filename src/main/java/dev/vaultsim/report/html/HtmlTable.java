package dev.vaultsim.report.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A table for the HTML report: header cells, rows of text, and which columns hold text (left
 * aligned) rather than numbers (right aligned, tabular figures). A cell may carry a small
 * horizontal bar drawn behind it, for shares.
 */
final class HtmlTable {

    /** One cell; {@code share} in [0, 1] draws a bar of that width, null draws none. */
    record Cell(String text, Double share) {
    }

    /**
     * Rows shown at most: a month with random faults can have thousands of phases, and the page
     * must stay small; report.json keeps every row.
     */
    static final int MAX_ROWS = 200;
    static final int FOLD_AFTER = 24;

    private final List<String> header;
    private final boolean[] textColumns;
    private final boolean[] wrapColumns;
    private final List<List<Cell>> rows = new ArrayList<>();

    HtmlTable(String... header) {
        this.header = List.of(header);
        this.textColumns = new boolean[header.length];
        this.wrapColumns = new boolean[header.length];
        textColumns[0] = true;
    }

    /** Text columns whose cells may wrap (long names in narrow tables); others stay on one line. */
    HtmlTable wrapColumns(int... columns) {
        for (int column : columns) {
            textColumns[column] = true;
            wrapColumns[column] = true;
        }
        return this;
    }

    HtmlTable textColumns(int... columns) {
        for (int column : columns) {
            textColumns[column] = true;
        }
        return this;
    }

    HtmlTable row(String... cells) {
        List<Cell> row = new ArrayList<>();
        for (String cell : cells) {
            row.add(new Cell(cell, null));
        }
        return row(row);
    }

    HtmlTable row(List<Cell> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void write(Markup html) {
        // A long table (a year of random faults) is folded away so that the page stays a summary.
        boolean fold = rows.size() > FOLD_AFTER;
        if (fold) {
            html.open("details").element("summary", "Show all " + Format.count(rows.size()) + " rows").newline();
        }
        table(html);
        if (fold) {
            html.close("details").newline();
        }
    }

    private void table(Markup html) {
        html.open("div", "class", "table-wrap").open("table").open("thead").open("tr");
        for (int c = 0; c < header.size(); c++) {
            html.element("th", header.get(c), "class", textColumns[c] ? "text" : null);
        }
        html.close("tr").close("thead").newline().open("tbody");
        for (List<Cell> row : rows.subList(0, Math.min(rows.size(), MAX_ROWS))) {
            html.open("tr");
            for (int c = 0; c < row.size(); c++) {
                cell(html, row.get(c), wrapColumns[c] ? "text wrap" : textColumns[c] ? "text" : null);
            }
            html.close("tr").newline();
        }
        html.close("tbody").close("table").close("div").newline();
        if (rows.size() > MAX_ROWS) {
            html.element("p", "The first " + MAX_ROWS + " of " + Format.count(rows.size())
                    + " rows; report.json has them all.", "class", "note").newline();
        }
    }

    private static void cell(Markup html, Cell cell, String cssClass) {
        html.open("td", "class", cssClass);
        if (cell.share() != null) {
            double percent = Math.max(0, Math.min(1, cell.share())) * 100;
            // open and close, never <span/>: an HTML parser reads that as an unclosed span.
            html.open("span", "class", "share").open("span", "class", "bar", "style", "width:" + Px.of(percent) + "%")
                    .close("span").close("span");
        }
        html.text(cell.text()).close("td");
    }
}
