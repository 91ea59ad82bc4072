package dev.vaultsim.report.html;

import dev.vaultsim.record.RunResult;
import dev.vaultsim.report.JsonReportWriter;
import dev.vaultsim.report.TimelineCsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** report.json and timeline.csv read back give the same files again, and draw a compare.html. */
class ReportJsonReaderTest {

    static Stream<Path> committed() throws IOException {
        try (Stream<Path> directories = Files.list(Path.of("results"))) {
            return directories.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("committed")
    void readBack_writesTheSameJsonAndCsv(Path directory) throws IOException {
        RunResult result = ReportJsonReader.read(directory.resolve("report.json"));

        assertThat(new JsonReportWriter().toJson(result)).isEqualTo(Files.readString(directory.resolve("report.json")));
        assertThat(new TimelineCsvWriter().toCsv(result)).isEqualTo(Files.readString(directory.resolve("timeline.csv")));
    }

    @Test
    void reportsReadBack_drawACompareHtml_perClassFromTheCsv() {
        RunResult paired = ReportJsonReader.read(Path.of("results/paired-region-failover/report.json"));
        RunResult secondary = ReportJsonReader.read(Path.of("results/secondary-fails-while-serving/report.json"));

        Document page = HtmlDocs.parse(new CompareHtmlWriter().toHtml(
                List.of(new LabeledRun("paired", paired), new LabeledRun("secondary", secondary)), "dev"));

        assertThat(HtmlDocs.points(HtmlDocs.chart(page, "compare-write"), "secondary")).hasSizeGreaterThan(100);
        assertThat(HtmlDocs.points(HtmlDocs.chart(page, "compare-latency"), "paired")).hasSizeGreaterThan(100);
    }

    @Test
    void withoutTheCsv_theTimelineHasAllRequestsOnly(@TempDir Path directory) throws IOException {
        Path json = Files.copy(Path.of("results/paired-region-failover/report.json"), directory.resolve("report.json"));

        RunResult result = ReportJsonReader.read(json);

        assertThat(result.timeline().buckets()).hasSize(360).allSatisfy(b -> assertThat(b.read().requests()).isZero());
        assertThat(result.timeline().buckets().get(0).total().requests()).isPositive();
    }
}
