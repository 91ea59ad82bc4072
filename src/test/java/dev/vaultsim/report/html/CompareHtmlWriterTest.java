package dev.vaultsim.report.html;

import dev.vaultsim.record.BucketResult;
import dev.vaultsim.record.BucketStats;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.record.TimelineResult;
import dev.vaultsim.report.RunResults;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompareHtmlWriterTest {

    private final RunResult sixHours = new RunResults().withScenario("six-hours").build();
    private final RunResult month = LongRuns.thirtyDays();

    @Test
    void runsShareOneTimeAxis_theLongestHorizon_withALineAndAStripPerRun() {
        String html = new CompareHtmlWriter().toHtml(
                List.of(new LabeledRun("a.json", sixHours), new LabeledRun("b.json", month)), "dev");

        Document page = HtmlDocs.parse(html);
        for (String id : List.of("compare-total", "compare-read", "compare-write", "compare-latency")) {
            Element chart = HtmlDocs.chart(page, id);
            assertThat(chart.getAttribute("data-horizon-seconds")).isEqualTo("2592000");
            assertThat(HtmlDocs.points(chart, "b.json")).as(id).isNotEmpty();
            assertThat(HtmlDocs.withAttribute(chart, "g", "data-series", "a.json")).hasSize(1);
            // Strips only: shading several runs' states behind the lines would pile up.
            assertThat(HtmlDocs.withAttribute(chart, "rect", "class", "band")).isEmpty();
            assertThat(HtmlDocs.withAttribute(chart, "rect", "class", "strip")).isNotEmpty();
        }
        assertThat(page.getDocumentElement().getTextContent()).contains("six-hours", "month", "a.json", "b.json");
    }

    @Test
    void runsWithoutATimelinePerClass_likeReportJsonReadBack_getTheTotalChartOnly() {
        RunResult m = LongRuns.thirtyDays();
        List<BucketResult> totalsOnly = m.timeline().buckets().stream().map(b -> new BucketResult(b.startNanos(), b.total(),
                new BucketStats(0, 0, Double.NaN, Double.NaN), new BucketStats(0, 0, Double.NaN, Double.NaN),
                b.state())).toList();
        RunResult fromJson = new RunResult(m.info(), m.traffic(), m.history(),
                new TimelineResult(m.timeline().bucketNanos(), totalsOnly), m.engine(), null, null);

        Document page = HtmlDocs.parse(new CompareHtmlWriter().toHtml(List.of(new LabeledRun("m", fromJson)), "dev"));

        assertThat(HtmlDocs.points(HtmlDocs.chart(page, "compare-total"), "m")).isNotEmpty();
        assertThat(HtmlDocs.withAttribute(page.getDocumentElement(), "svg", "data-chart", "compare-read")).isEmpty();
    }

    @Test
    void linesOfDifferentRuns_differInDash_notOnlyColour() {
        assertThat(CompareCharts.style(0).dash()).isNotEqualTo(CompareCharts.style(1).dash());
    }

    @Test
    void isDeterministic() {
        List<LabeledRun> runs = List.of(new LabeledRun("a", sixHours), new LabeledRun("b", month));

        assertThat(new CompareHtmlWriter().toHtml(runs, "dev")).isEqualTo(new CompareHtmlWriter().toHtml(runs, "dev"));
    }

    @Test
    void nothingToCompare_isRefused() {
        assertThatThrownBy(() -> new CompareHtmlWriter().toHtml(List.of(), "dev"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
