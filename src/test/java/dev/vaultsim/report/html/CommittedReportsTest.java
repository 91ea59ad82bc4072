package dev.vaultsim.report.html;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every committed report under {@code results/} (whose currency ScenarioLibraryTest checks) is
 * well-formed, self-contained and draws both charts with data: the scenario library as a test
 * bed for the page, short runs and a year of random faults alike.
 */
class CommittedReportsTest {

    static Stream<Path> reports() throws IOException {
        try (Stream<Path> directories = Files.list(Path.of("results"))) {
            return directories.filter(Files::isDirectory).map(d -> d.resolve("report.html")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void committedReport_isWellFormed_underAMegabyte_withBothChartsDrawn(Path report) throws IOException {
        String html = Files.readString(report);
        Document page = HtmlDocs.parse(html);

        assertThat(Files.size(report)).isLessThan(1_000_000);
        for (String id : List.of("availability", "latency")) {
            Element chart = HtmlDocs.chart(page, id);
            assertThat(HtmlDocs.withAttribute(chart, "g", "class", "line")).as(report + " " + id).hasSize(2);
            assertThat(HtmlDocs.elements(chart, "polyline")).as(report + " " + id).isNotEmpty();
            // The stand-alone copy beside the page is the same drawing.
            String svg = Files.readString(report.resolveSibling(id + ".svg"));
            assertThat(html).contains(svg.strip());
            HtmlDocs.parse(svg);
        }
        assertThat(html).doesNotContain("src=", "href=", "@import", "url(http", "<link");
    }
}
