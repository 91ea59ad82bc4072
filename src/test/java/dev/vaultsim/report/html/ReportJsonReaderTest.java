package dev.vaultsim.report.html;

import dev.vaultsim.record.FaultWindow;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.report.JsonReportWriter;
import dev.vaultsim.report.RunResults;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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

        // The input block (last) says what made the run; the reader keeps only what the pages draw.
        String committed = Files.readString(directory.resolve("report.json"));
        int input = committed.indexOf(",\n  \"input\": {");
        assertThat(input).as("input block").isPositive();
        assertThat(new JsonReportWriter().toJson(result)).isEqualTo(committed.substring(0, input) + "\n}\n");
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
    void everyFaultKind_readsBackAsItWasWritten(@TempDir Path directory) throws IOException {
        RunResult written = new RunResults().build();
        Path json = Files.writeString(directory.resolve("report.json"), new JsonReportWriter().toJson(written));

        // The JSON keeps each fault's window, not the fixture's own at and duration: compare targets and windows.
        assertThat(ReportJsonReader.read(json).history().faults()).extracting(w -> Faults.label(w.fault()), FaultWindow::startNanos,
                FaultWindow::endNanos).isEqualTo(written.history().faults().stream()
                .map(w -> tuple(Faults.label(w.fault()), w.startNanos(), w.endNanos())).toList());
    }

    @Test
    void anUnknownFaultType_isAnErrorThatNamesIt(@TempDir Path directory) throws IOException {
        String report = Files.readString(Path.of("results/paired-region-failover/report.json"))
                .replace("\"type\": \"region-outage\"", "\"type\": \"rack-outage\"");
        Path json = Files.writeString(directory.resolve("report.json"), report);

        assertThatThrownBy(() -> ReportJsonReader.read(json)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown fault type 'rack-outage' in faults; expected one of region-outage,"
                        + " instance-failure, replica-failure, partition, latency-spike, zone-outage");
    }

    @Test
    void withoutTheCsv_theTimelineHasAllRequestsOnly(@TempDir Path directory) throws IOException {
        Path json = Files.copy(Path.of("results/paired-region-failover/report.json"), directory.resolve("report.json"));

        RunResult result = ReportJsonReader.read(json);

        assertThat(result.timeline().buckets()).hasSize(360).allSatisfy(b -> assertThat(b.read().requests()).isZero());
        assertThat(result.timeline().buckets().get(0).total().requests()).isPositive();
    }
}
