package dev.vaultsim.report;

import dev.vaultsim.record.RunResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryWritersTest {

    @Test
    void text_showsAvailabilityAsPercentWithCounts_andTheVerdict() throws IOException {
        String text = render(ReportFormat.TEXT, new RunResults().build());

        assertThat(text).startsWith("Scenario paired-region-failover\n"
                + "One vault in westeurope fails over to northeurope.\n"
                + "seed 42, horizon 6:00:00, replications 1, events 2,159,003\n");
        assertThat(text).containsPattern("read +98\\.0556 % +\\(353/360\\)")
                .containsPattern("write +63\\.0556 % +\\(227/360\\)")
                .contains("READ_ONLY")
                .doesNotContain("THROTTLED")
                .contains("3:13:00.500")
                .endsWith("\nSLO 99.99 % over the 6h horizon: MISSED\n");
    }

    @Test
    void text_saysMetWhenTheSloIsMet() throws IOException {
        assertThat(render(ReportFormat.TEXT, new RunResults().withSlo(0.5).build())).endsWith("SLO 50 % over the 6h horizon: MET\n");
    }

    @Test
    void text_withoutRequests_saysSoInsteadOfEmptyTables() throws IOException {
        String text = render(ReportFormat.TEXT, new RunResults().withoutRequests().build());

        assertThat(text).contains("  no failed requests\n").containsPattern("read +- +\\(0/0\\)");
    }

    @Test
    void markdown_hasHeadingsAndTables() throws IOException {
        String markdown = render(ReportFormat.MARKDOWN, new RunResults().build());

        assertThat(markdown).startsWith("# Scenario paired-region-failover\n")
                .contains("## Availability\n\n| class | availability |")
                .contains("| --- | ---: |")
                .contains("| read | 98.0556 % | (353/360) |")
                .endsWith("**SLO 99.99 % over the 6h horizon: MISSED**\n");
    }

    @Test
    void severalRuns_areSeparatedByABlankLine() throws IOException {
        StringWriter out = new StringWriter();
        ReportFormat.TEXT.writer().write(List.of(new RunResults().build(),
                new RunResults().withScenario("second").build()), out);

        assertThat(out.toString()).contains("MISSED\n\nScenario second\n");
    }

    @Test
    void text_matchesTheGoldenFile() throws IOException {
        Golden.assertMatches("summary-fixture.txt", render(ReportFormat.TEXT, new RunResults().build()));
        Golden.assertMatches("summary-fixture.md", render(ReportFormat.MARKDOWN, new RunResults().build()));
    }

    private static String render(ReportFormat format, RunResult result) throws IOException {
        StringWriter out = new StringWriter();
        format.writer().write(List.of(result), out);
        return out.toString();
    }
}
