package dev.vaultsim.report;

import dev.vaultsim.catalog.FailureCause;
import dev.vaultsim.record.RunResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonReportWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonReportWriter writer = new JsonReportWriter();

    @Test
    void topLevelKeys_followTheSpecOrder() throws Exception {
        JsonNode report = MAPPER.readTree(writer.toJson(new RunResults().build()));

        assertThat(fieldNames(report)).containsExactly("scenario", "seed", "replications", "horizonSeconds",
                "bucketSeconds", "totals", "byClass", "byOperation", "byClient", "failureCauses", "stateSeconds",
                "faults", "phases", "failovers", "timeline", "slo", "engine");
        assertThat(fieldNames(report.get("totals")))
                .containsExactly("requests", "succeeded", "failed", "availability", "attempts", "latencyMillis");
        assertThat(fieldNames(report.get("totals").get("latencyMillis")))
                .containsExactly("mean", "p50", "p90", "p99", "p999", "max");
        assertThat(fieldNames(report.get("byClass"))).containsExactly("read", "write");
        assertThat(fieldNames(report.get("byOperation"))).containsExactly("GetSecret", "SetSecret");
    }

    @Test
    void numbers_areCountedAndFormattedByUnit() {
        String json = writer.toJson(new RunResults().build());

        assertThat(json).contains("\"horizonSeconds\": 21600,")
                .contains("\"bucketSeconds\": 60,")
                .contains("\"availability\": 0.980555556,")
                .contains("\"availability\": 0.630555556,")
                .contains("\"mean\": 12.346,")
                .contains("\"p50\": 10,")
                .contains("\"p999\": 100,")
                .contains("\"failbackCompleteSeconds\": 11580.5,")
                .contains("\"slo\": {\n    \"availability\": 0.9999,\n    \"met\": false\n  }")
                .contains("\"eventsProcessed\": 2159003")
                .doesNotContain("E+").doesNotContain("E-");
    }

    @Test
    void everyFailureCause_isListedInEnumOrder_zerosIncluded() throws Exception {
        JsonNode causes = MAPPER.readTree(writer.toJson(new RunResults().build())).get("failureCauses");

        assertThat(fieldNames(causes)).containsExactlyElementsOf(
                Arrays.stream(FailureCause.values()).map(Enum::name).toList());
        assertThat(causes.get("THROTTLED").asLong()).isZero();
        assertThat(causes.get("READ_ONLY").asLong()).isEqualTo(80);
    }

    @Test
    void noRequests_giveNullAvailabilityAndLatency() throws Exception {
        JsonNode report = MAPPER.readTree(writer.toJson(new RunResults().withoutRequests().build()));

        JsonNode read = report.get("byClass").get("read");
        assertThat(read.get("requests").asLong()).isZero();
        assertThat(read.get("availability").isNull()).isTrue();
        assertThat(read.get("latencyMillis").isNull()).isTrue();
        assertThat(report.get("timeline").isArray()).isTrue();
        assertThat(report.get("timeline")).isEmpty();
    }

    @Test
    void faults_carryTheTargetKeysOfTheirType() throws Exception {
        JsonNode faults = MAPPER.readTree(writer.toJson(new RunResults().build())).get("faults");

        assertThat(fieldNames(faults.get(0))).containsExactly("type", "region", "startSeconds", "endSeconds");
        assertThat(fieldNames(faults.get(1)))
                .containsExactly("type", "region", "layer", "count", "startSeconds", "endSeconds");
        assertThat(fieldNames(faults.get(2))).containsExactly("type", "region", "count", "startSeconds", "endSeconds");
        assertThat(fieldNames(faults.get(3))).containsExactly("type", "between", "startSeconds", "endSeconds");
        assertThat(faults.get(3).get("between").toString()).isEqualTo("[\"westeurope\",\"northeurope\"]");
        assertThat(fieldNames(faults.get(4))).containsExactly("type", "region", "factor", "startSeconds", "endSeconds");
        assertThat(faults.get(4).get("factor").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(faults.get(4).get("endSeconds").toString()).isEqualTo("2.5");
    }

    @Test
    void phases_omitZeroLength_andWriteBothClasses() throws Exception {
        JsonNode phases = MAPPER.readTree(writer.toJson(new RunResults().build())).get("phases");

        assertThat(phases).hasSize(2);
        assertThat(fieldNames(phases.get(1)))
                .containsExactly("vault", "state", "servingRegion", "startSeconds", "endSeconds", "byClass");
        assertThat(phases.get(1).get("servingRegion").isNull()).isTrue();
        assertThat(phases.get(1).get("byClass").get("write").get("availability").isNull()).isTrue();
    }

    @Test
    void timeline_writesTotalsPerBucket_nullP99WhenNothingSucceeded() throws Exception {
        JsonNode timeline = MAPPER.readTree(writer.toJson(new RunResults().build())).get("timeline");

        assertThat(fieldNames(timeline.get(0))).containsExactly("startSeconds", "requests", "succeeded", "p99Millis");
        assertThat(timeline.get(0).get("p99Millis").toString()).isEqualTo("45.123"); // 45.1235 is 45.12349999… in binary
        assertThat(timeline.get(1).get("p99Millis").isNull()).isTrue();
    }

    @Test
    void severalRuns_makeOneObjectEach_oneAfterTheOther() throws Exception {
        StringWriter out = new StringWriter();
        writer.write(List.of(new RunResults().build(), new RunResults().withScenario("other").build()), out);

        List<JsonNode> reports = MAPPER.readerFor(JsonNode.class).<JsonNode>readValues(out.toString()).readAll();
        assertThat(reports).hasSize(2).allMatch(JsonNode::isObject);
        assertThat(reports.get(1).get("scenario").asText()).isEqualTo("other");
        assertThat(out.toString()).endsWith("}\n").contains("}\n{");
    }

    @Test
    void sameRun_sameBytes_matchingTheGoldenFile() {
        RunResult result = new RunResults().build();
        String json = writer.toJson(result);

        assertThat(writer.toJson(result)).isEqualTo(json);
        assertThat(json).startsWith("{\n  \"scenario\": \"paired-region-failover\",\n").endsWith("}\n");
        Golden.assertMatches("report-fixture.json", json);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
