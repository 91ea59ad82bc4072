package dev.vaultsim.report.compare;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ComparisonTest {

    // Replications that share their luck: B is A minus a small, steady 0.001.
    private static final List<Double> A = List.of(0.990, 0.999, 0.995, 0.980, 0.997, 0.992);
    private static final List<Double> B = A.stream().map(a -> a - 0.001).toList();

    private static ReportSummary report(long seed, List<Double> samples) {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put(Metrics.AVAILABILITY, samples.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
        figures.put(Metrics.FAILOVERS, 1.0);
        return new ReportSummary("r.json", "s", seed, samples.size(), 3600, figures,
                Map.of(Metrics.AVAILABILITY, samples));
    }

    @Test
    void sameSeedAndReplications_pairsTheReplications_andSeesASteadyDifference() {
        Comparison comparison = Comparison.of(List.of(report(1, A), report(1, B)));
        Difference difference = comparison.rows().get(0).differences().get(0);

        assertThat(comparison.paired()).isTrue();
        assertThat(difference.test()).isEqualTo(Difference.Test.PAIRED);
        assertThat(difference.p()).isLessThan(0.001);
        assertThat(difference.low()).isCloseTo(-0.001, within(1e-9));
        assertThat(comparison.notes()).anyMatch(n -> n.contains("paired t-test"));
    }

    @Test
    void otherSeeds_useWelch_whichCannotSeparateTheSameSpread() {
        Comparison comparison = Comparison.of(List.of(report(1, A), report(2, B)));
        Difference difference = comparison.rows().get(0).differences().get(0);

        assertThat(difference.test()).isEqualTo(Difference.Test.WELCH);
        assertThat(difference.p()).isGreaterThan(0.5);
        assertThat(difference.low()).isLessThan(-0.001).isLessThan(0);
        assertThat(difference.high()).isGreaterThan(0);
        assertThat(comparison.notes()).anyMatch(n -> n.contains("Welch's t-test"));
    }

    @Test
    void replicationZeroRows_areLabelled_onlyWhenThereAreReplications() {
        Comparison replicated = Comparison.of(List.of(report(1, A), report(1, B)));
        Comparison single = Comparison.of(List.of(report(1, List.of(0.9)), report(1, List.of(0.8))));

        assertThat(replicated.rows().get(1).label()).isEqualTo("failovers [replication 0]");
        assertThat(single.rows().get(1).label()).isEqualTo("failovers");
    }

    @Test
    void latencyRows_sayTheyCoverSuccessfulRequests() {
        assertThat(ComparisonWriter.text(Comparison.of(List.of(report(1, A), report(1, B)))))
                .contains("Latency rows cover successful requests only");
    }
}
