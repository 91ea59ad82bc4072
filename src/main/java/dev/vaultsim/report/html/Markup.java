package dev.vaultsim.report.html;

/**
 * A small XML-compatible markup builder for the HTML report and its inline SVG: every element is
 * closed, every text and attribute value is escaped, attributes come in the order given. The
 * output therefore parses as XML (the report's test does so) and is the same bytes every time.
 */
final class Markup {

    private final StringBuilder out;

    Markup() {
        this(new StringBuilder(4096));
    }

    Markup(StringBuilder out) {
        this.out = out;
    }

    /** {@code <tag a="1" b="2">}; attributes are name, value pairs; a null value leaves the pair out. */
    Markup open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Markup close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag a="1"/>}. */
    Markup empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** {@code <tag …>text</tag>}. */
    Markup element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Markup text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup built elsewhere (already escaped), or a fixed string of ours. */
    Markup raw(String markup) {
        out.append(markup);
        return this;
    }

    Markup newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
    }

    /** Escapes the five XML special characters, so text is safe in elements and attributes alike. */
    static String escape(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }
}
