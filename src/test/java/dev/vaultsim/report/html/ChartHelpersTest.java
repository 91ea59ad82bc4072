package dev.vaultsim.report.html;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The small drawing helpers: thinning, scales and their ticks, the replications strip plot. */
class ChartHelpersTest {

    @Test
    void downsample_keepsEveryPoint_whenFewEnough() {
        assertThat(Downsample.minMax(new double[] {1, 2, 3}, 10)).containsExactly(0, 1, 2);
    }

    @Test
    void downsample_keepsADipShorterThanAGroup_atItsFullDepth() {
        double[] y = new double[10_000];
        java.util.Arrays.fill(y, 1.0);
        y[4321] = 0.0;

        int[] kept = Downsample.minMax(y, 2_000);

        assertThat(kept.length).isLessThanOrEqualTo(2_002);
        assertThat(kept).contains(4321);
        assertThat(kept).isSorted();
    }

    @Test
    void downsample_aGroupWithoutValues_staysAGap() {
        double[] y = new double[100];
        java.util.Arrays.fill(y, 50, 60, Double.NaN);

        int[] kept = Downsample.minMax(y, 20);

        assertThat(java.util.Arrays.stream(kept).filter(i -> Double.isNaN(y[i]))).isNotEmpty();
    }

    @Test
    void timeScale_picksRoundClockSteps_andLabelsDaysForLongRuns() {
        TimeScale sixHours = new TimeScale(21_600, 0, 100, 12);
        TimeScale month = new TimeScale(30 * 86_400, 0, 100, 12);

        assertThat(sixHours.ticks()).extracting(Tick::label).startsWith("0:00", "0:30", "1:00").endsWith("6:00");
        assertThat(month.ticks()).extracting(Tick::label).startsWith("day 0", "day 7");
        assertThat(sixHours.pixel(10_800)).isCloseTo(50, within(1e-9));
    }

    @Test
    void logScale_coversTheDataInWholeDecades_withUnits() {
        LogScale scale = LogScale.latency(5.9, 5880, 300, 0);

        assertThat(scale.ticks()).extracting(Tick::label).startsWith("1 ms").contains("10 ms", "1 s").endsWith("10 s");
        assertThat(scale.pixel(1)).isEqualTo(300);
        assertThat(scale.pixel(10_000)).isEqualTo(0);
    }

    @Test
    void stripPlot_drawsADotPerReplication_theMeanInsideTheInterval_andTheSlo() {
        List<Double> values = List.of(0.9991, 0.9995, 0.9989, 0.9999, 0.9993);
        Replications replications = new Replications(values, 0.95, 0.99934, 0.99887, 0.99981);

        String svg = StripPlot.render(replications, 0.999);

        Element root = HtmlDocs.parse(svg).getDocumentElement();
        assertThat(HtmlDocs.elements(root, "circle")).hasSize(5);
        Element interval = HtmlDocs.withAttribute(root, "rect", "class", "interval").get(0);
        Element mean = HtmlDocs.withAttribute(root, "line", "class", "mean").get(0);
        double low = Double.parseDouble(interval.getAttribute("x"));
        double high = low + Double.parseDouble(interval.getAttribute("width"));
        assertThat(Double.parseDouble(mean.getAttribute("x1"))).isBetween(low, high);
        assertThat(HtmlDocs.withAttribute(root, "line", "class", "slo")).hasSize(1);
        assertThat(StripPlot.render(replications, 0.999)).isEqualTo(svg);
    }

    @Test
    void stripPlot_ofIdenticalReplications_stillHasAnAxis() {
        Replications same = new Replications(List.of(1.0, 1.0, 1.0), 0.95, 1.0, 1.0, 1.0);

        Element root = HtmlDocs.parse(StripPlot.render(same, Double.NaN)).getDocumentElement();

        assertThat(HtmlDocs.elements(root, "circle")).hasSize(3);
        assertThat(HtmlDocs.elements(root, "text").size()).isGreaterThan(3);
    }

    @Test
    void longTables_showTheFirstRows_andSaySo() {
        HtmlTable table = new HtmlTable("n");
        for (int i = 0; i < HtmlTable.MAX_ROWS + 5; i++) {
            table.row(Integer.toString(i));
        }
        Markup html = new Markup().open("div");
        table.write(html);

        Element root = HtmlDocs.parse(html.close("div").toString()).getDocumentElement();
        assertThat(HtmlDocs.elements(root, "td")).hasSize(HtmlTable.MAX_ROWS);
        assertThat(root.getTextContent()).contains("The first 200 of 205 rows");
    }

    @Test
    void markup_escapesTextAndAttributes() {
        String markup = new Markup().element("p", "a < b & \"c\"", "title", "x'y").toString();

        assertThat(markup).isEqualTo("<p title=\"x&#39;y\">a &lt; b &amp; &quot;c&quot;</p>");
    }
}
