package dev.vaultsim.report.html;

import dev.vaultsim.catalog.OperationClass;
import dev.vaultsim.catalog.VaultState;
import dev.vaultsim.record.Confidence;
import dev.vaultsim.record.Interval;
import dev.vaultsim.record.RunResult;
import dev.vaultsim.record.WorldHistory;
import dev.vaultsim.report.RunResults;
import dev.vaultsim.scenario.Scenario;
import dev.vaultsim.scenario.ScenarioLoader;
import dev.vaultsim.scenario.ScenarioWriter;
import dev.vaultsim.scenario.ZonePlacement;
import dev.vaultsim.simulation.Simulation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.vaultsim.report.html.HtmlDocs.chart;
import static dev.vaultsim.report.html.HtmlDocs.elements;
import static dev.vaultsim.report.html.HtmlDocs.points;
import static dev.vaultsim.report.html.HtmlDocs.withAttribute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The HTML report read back as XML: well-formed, every chart drawn with data, and the paired
 * failover's story visible in the pixels where the report's phases say it happened.
 */
class HtmlReportWriterTest {

    private static RunResult paired;
    private static String pairedHtml;
    private static String pairedYaml;

    @BeforeAll
    static void runPairedFailover() {
        Scenario scenario = ScenarioLoader.load(Path.of("scenarios/paired-region-failover.yaml"), List.of()).scenario();
        paired = Simulation.run(scenario);
        pairedYaml = ScenarioWriter.toYaml(scenario);
        pairedHtml = new HtmlReportWriter().toHtml(paired, ReportInputs.of(pairedYaml, "1.2.3"));
    }

    @Test
    void report_isWellFormed_andEveryChartHasData() {
        Document page = HtmlDocs.parse(pairedHtml);

        for (String id : List.of("availability", "latency")) {
            Element chart = chart(page, id);
            List<Element> lines = withAttribute(chart, "g", "class", "line");
            assertThat(lines).as(id + " lines").hasSize(2);
            for (Element line : lines) {
                assertThat(points(chart, line.getAttribute("data-series"))).as(id + " " + line.getAttribute("data-series"))
                        .hasSizeGreaterThan(100);
            }
            assertThat(chart.getAttribute("viewBox")).startsWith("0 0 960 ");
        }
    }

    @Test
    void pairedFailover_failedOverBandSpans107To310() {
        Element chart = chart(HtmlDocs.parse(pairedHtml), "availability");

        List<Element> failedOver = withAttribute(chart, "rect", "data-state", "FAILED_OVER").stream()
                .filter(r -> r.getAttribute("class").equals("band")).toList();

        assertThat(failedOver).hasSize(1);
        Element band = failedOver.get(0);
        assertThat(band.getAttribute("data-start-seconds")).isEqualTo("4020");
        assertThat(band.getAttribute("data-end-seconds")).isEqualTo("11400");
        assertThat(Double.parseDouble(band.getAttribute("x"))).isCloseTo(HtmlDocs.x(chart, 4020), within(0.11));
        double right = Double.parseDouble(band.getAttribute("x")) + Double.parseDouble(band.getAttribute("width"));
        assertThat(right).isCloseTo(HtmlDocs.x(chart, 11400), within(0.21));
        assertThat(withAttribute(chart, "rect", "data-state", "PRIMARY_DOWN")).isNotEmpty();
    }

    @Test
    void pairedFailover_insideFailedOver_writesAtZero_readsBackNearOne() {
        Element chart = chart(HtmlDocs.parse(pairedHtml), "availability");
        double[] plot = HtmlDocs.plot(chart);
        double zero = Double.parseDouble(elements(chart, "text").stream()
                .filter(t -> t.getTextContent().equals("0 %")).findFirst().orElseThrow().getAttribute("y")) - 4;
        double hundred = Double.parseDouble(elements(chart, "text").stream()
                .filter(t -> t.getTextContent().equals("100 %")).findFirst().orElseThrow().getAttribute("y")) - 4;
        assertThat(zero).isBetween(plot[1], plot[3]);

        List<double[]> writes = inside(points(chart, "write"), HtmlDocs.x(chart, 4020 + 60), HtmlDocs.x(chart, 11400 - 60));
        List<double[]> reads = inside(points(chart, "read"), HtmlDocs.x(chart, 4020 + 60), HtmlDocs.x(chart, 11400 - 60));

        assertThat(writes).hasSizeGreaterThan(100).allSatisfy(p -> assertThat(p[1]).isCloseTo(zero, within(0.11)));
        assertThat(reads).hasSizeGreaterThan(100).allSatisfy(p -> assertThat(p[1]).isCloseTo(hundred, within(0.11)));
    }

    @Test
    void pairedFailover_p99StepsUpAfterFailover() {
        Element chart = chart(HtmlDocs.parse(pairedHtml), "latency");
        List<double[]> p99 = points(chart, "p99");

        // Pixels grow downwards: a higher latency is a smaller y.
        double before = median(inside(p99, HtmlDocs.x(chart, 0), HtmlDocs.x(chart, 3540)));
        double failedOver = median(inside(p99, HtmlDocs.x(chart, 4080), HtmlDocs.x(chart, 11340)));

        assertThat(failedOver).isLessThan(before - 5);
    }

    @Test
    void report_isDeterministic_andCarriesScenarioSeedAndVersion() {
        String again = new HtmlReportWriter().toHtml(paired, ReportInputs.of(pairedYaml, "1.2.3"));

        assertThat(again).isEqualTo(pairedHtml);
        Document page = HtmlDocs.parse(pairedHtml);
        Element details = elements(page.getDocumentElement(), "details").get(0);
        assertThat(elements(details, "pre").get(0).getTextContent()).isEqualTo(pairedYaml);
        assertThat(details.getTextContent()).contains("seed 42", "vaultsim 1.2.3");
        // Nothing fetched: no links, sources or imports (the only URLs are the XML namespaces).
        assertThat(pairedHtml).doesNotContain("src=", "href=", "@import", "url(http", "<link");
    }

    @Test
    void thirtyDayReport_staysUnderOneMegabyte_withLinesThinned() {
        RunResult month = LongRuns.thirtyDays();
        String html = new HtmlReportWriter().toHtml(month, ReportInputs.of("name: month\n", "dev"));

        assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(1_000_000);
        Element chart = chart(HtmlDocs.parse(html), "availability");
        assertThat(points(chart, "read")).hasSizeBetween(1000, TimeChart.MAX_POINTS_PER_LINE + 2);
        assertThat(withAttribute(chart, "rect", "data-state", VaultState.FAILED_OVER.name())).hasSize(2 * 30);
    }

    @Test
    void longRuns_alsoShowFailedRequestsOnALogScale_shortRunsDoNot() {
        Document month = HtmlDocs.parse(new HtmlReportWriter().toHtml(LongRuns.thirtyDays(), ReportInputs.of("", "dev")));

        Element chart = chart(month, "unavailability");
        assertThat(points(chart, "read")).isNotEmpty();
        assertThat(elements(chart, "text")).extracting(Element::getTextContent).contains("0.001 %", "100 %");
        assertThat(withAttribute(HtmlDocs.parse(pairedHtml).getDocumentElement(), "svg", "data-chart", "unavailability"))
                .isEmpty();
    }

    @Test
    void runWithoutRequests_stillRendersValidPage() {
        RunResult empty = new RunResults().withoutRequests().build();

        Document page = HtmlDocs.parse(new HtmlReportWriter().toHtml(empty, ReportInputs.of("", "dev")));

        assertThat(points(chart(page, "availability"), "read")).isEmpty();
        assertThat(page.getDocumentElement().getTextContent()).contains("No failed requests.");
    }

    @Test
    void severalVaults_getAStripEach_andNoShadingThatWouldPileUp() {
        RunResult one = new RunResults().build();
        List<dev.vaultsim.record.PhaseResult> phases = new java.util.ArrayList<>(one.history().phases());
        phases.add(new dev.vaultsim.record.PhaseResult("orders-kv", VaultState.FAILED_OVER, "northeurope",
                0, 600 * RunResults.SECOND, java.util.Map.of()));
        WorldHistory history = one.history();
        RunResult two = new RunResult(one.info(), one.traffic(), new WorldHistory(history.stateNanos(), phases,
                history.failovers(), history.faults(), 0), one.timeline(), one.engine(), null, null);

        Element chart = chart(HtmlDocs.parse(new HtmlReportWriter().toHtml(two, ReportInputs.of("", "dev"))),
                "availability");

        assertThat(withAttribute(chart, "rect", "class", "band")).isEmpty();
        assertThat(withAttribute(chart, "rect", "class", "strip")).extracting(e -> e.getAttribute("data-state"))
                .contains("FAILED_OVER", "PRIMARY_DOWN");
        assertThat(elements(chart, "text")).extracting(Element::getTextContent).contains("contoso-kv", "orders-kv");
    }

    @Test
    void replications_addAStripPlotSection_withTheIntervalTable() {
        Interval availability = new Interval(0.9947, 0.985, 1.0);
        Confidence confidence = new Confidence(0.95, availability,
                Map.of(OperationClass.READ, availability, OperationClass.WRITE, availability),
                new Interval(229.0, 10.0, 400.0), new Interval(2780.0, 120.0, 4800.0), List.of(0.99, 0.995, 0.999),
                Map.of(), 0.5, null);
        RunResult base = new RunResults().build();
        RunResult replicated = new RunResult(base.info().withReplications(3), base.traffic(), base.history(),
                base.timeline(), base.engine(), confidence, null);

        Document page = HtmlDocs.parse(new HtmlReportWriter().toHtml(replicated, ReportInputs.of("", "dev")));

        Element strip = chart(page, "replications");
        assertThat(withAttribute(strip, "g", "class", "dots").get(0).getElementsByTagName("circle").getLength())
                .isEqualTo(3);
        assertThat(page.getDocumentElement().getTextContent())
                .contains("downtime in this scenario (6h), minutes", "replications that missed the SLO", "50.0 %");
    }

    private static List<double[]> inside(List<double[]> points, double fromX, double toX) {
        return points.stream().filter(p -> p[0] >= fromX && p[0] <= toX).toList();
    }

    private static double median(List<double[]> points) {
        double[] ys = points.stream().mapToDouble(p -> p[1]).sorted().toArray();
        assertThat(ys).isNotEmpty();
        return ys[ys.length / 2];
    }

    @Test
    void zonedRegions_getATableOfWhichZoneHoldsWhat_otherwiseNoZoneSection() {
        Scenario scenario = ScenarioLoader.load(Path.of("scenarios/zone-outage-3-zones.yaml"), List.of()).scenario();
        RunResult empty = new RunResults().withoutRequests().build();
        ReportInputs inputs = ReportInputs.of("", "dev").withZones(ZonePlacement.ofZonedRegions(scenario));

        Document page = HtmlDocs.parse(new HtmlReportWriter().toHtml(empty, inputs));

        Element section = withAttribute(page.getDocumentElement(), "section", "id", "zones").get(0);
        assertThat(elements(section, "h3")).extracting(Element::getTextContent)
                .containsExactly("westeurope", "northeurope");
        Element table = elements(section, "table").get(0);
        assertThat(elements(table, "th")).extracting(Element::getTextContent).containsExactly("zone",
                "gateway instances", "vault-service instances", "hsm instances", "replicas");
        assertThat(elements(elements(table, "tbody").get(0), "tr")).extracting(Element::getTextContent).containsExactly(
                "zone 10000", "zone 21111", "zone 322\u20132");
        assertThat(withAttribute(HtmlDocs.parse(pairedHtml).getDocumentElement(), "section", "id", "zones")).isEmpty();
    }
}
