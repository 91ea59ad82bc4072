package dev.vaultsim.report.html;

/**
 * The frame every HTML report shares: doctype, head with the inline style sheet, and helpers for
 * titled sections. The markup is XHTML-compatible (closed tags, escaped text) so that tests can
 * parse it as XML. The only script is a few inline lines: it marks the page as rendered (the
 * browser check looks for the mark) and opens collapsed details before printing.
 */
final class HtmlPage {

    static final String RENDERED_MARK = "data-rendered";

    private static final String SCRIPT = "document.documentElement.setAttribute('" + RENDERED_MARK
            + "', 'yes');\naddEventListener('beforeprint', function () {\n"
            + "  document.querySelectorAll('details').forEach(function (d) { d.open = true; });\n});\n";

    private HtmlPage() {
    }

    static Markup begin(String title) {
        Markup html = new Markup(new StringBuilder(64 * 1024));
        html.raw("<!DOCTYPE html>").newline();
        html.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en").newline();
        html.open("head").newline();
        html.empty("meta", "charset", "utf-8").newline();
        html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        html.element("title", title).newline();
        html.open("style").raw(Styles.CSS).close("style").newline();
        html.close("head").newline();
        html.open("body").newline().open("main").newline();
        return html;
    }

    static String end(Markup html, String footer) {
        html.element("footer", footer).newline();
        html.close("main").newline();
        html.open("script").raw(SCRIPT).close("script").newline();
        html.close("body").newline().close("html").newline();
        return html.toString();
    }

    static void openSection(Markup html, String id, String heading) {
        html.open("section", "id", id).newline().element("h2", heading).newline();
    }

    static void closeSection(Markup html) {
        html.close("section").newline();
    }

    static void note(Markup html, String text) {
        html.element("p", text, "class", "note").newline();
    }

    /** A titled table, or a one-line note when it has no rows. */
    static void tableSection(Markup html, String id, String heading, HtmlTable table, String emptyNote) {
        openSection(html, id, heading);
        if (table.isEmpty()) {
            note(html, emptyNote);
        } else {
            table.write(html);
        }
        closeSection(html);
    }
}
