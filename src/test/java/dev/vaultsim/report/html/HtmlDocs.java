package dev.vaultsim.report.html;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * Reads the HTML report back as XML, the strictest check of its markup a test can make without a
 * browser: an unclosed tag or unescaped text fails the parse. Also reads values back from charts.
 */
final class HtmlDocs {

    private HtmlDocs() {
    }

    /** Parses a page or a lone SVG; the HTML5 doctype is not XML and is removed first. */
    static Document parse(String markup) {
        String xml = markup.startsWith("<!DOCTYPE html>") ? markup.substring("<!DOCTYPE html>".length()) : markup;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + e.getMessage(), e);
        }
    }

    static List<Element> elements(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    static List<Element> withAttribute(Element root, String tag, String attribute, String value) {
        return elements(root, tag).stream().filter(e -> e.getAttribute(attribute).equals(value)).toList();
    }

    static Element chart(Document page, String id) {
        List<Element> charts = withAttribute(page.getDocumentElement(), "svg", "data-chart", id);
        if (charts.size() != 1) {
            throw new AssertionError("expected one chart " + id + ", found " + charts.size());
        }
        return charts.get(0);
    }

    /** Every point of a series' polylines as {x, y} pixels, in drawing order. */
    static List<double[]> points(Element chart, String series) {
        List<double[]> points = new ArrayList<>();
        for (Element group : withAttribute(chart, "g", "data-series", series)) {
            for (Element line : elements(group, "polyline")) {
                for (String pair : line.getAttribute("points").trim().split(" ")) {
                    String[] xy = pair.split(",");
                    points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
                }
            }
        }
        return points;
    }

    /** The plot area as {left, top, right, bottom}. */
    static double[] plot(Element chart) {
        String[] parts = chart.getAttribute("data-plot").split(" ");
        double[] plot = new double[4];
        for (int i = 0; i < 4; i++) {
            plot[i] = Double.parseDouble(parts[i]);
        }
        return plot;
    }

    /** The pixel column of simulated second {@code seconds}. */
    static double x(Element chart, double seconds) {
        double[] plot = plot(chart);
        double horizon = Double.parseDouble(chart.getAttribute("data-horizon-seconds"));
        return plot[0] + seconds / horizon * (plot[2] - plot[0]);
    }
}
