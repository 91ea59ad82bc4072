package dev.vaultsim.scenario;

import dev.vaultsim.scenario.yaml.Problems;
import dev.vaultsim.scenario.yaml.YamlEmitter;
import dev.vaultsim.scenario.yaml.YamlNode;
import dev.vaultsim.scenario.yaml.YamlReader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RatesAndDistributionsTest {

    private static final long MS = 1_000_000L;
    private static final long S = 1_000 * MS;

    @Test
    void rates_parseEveryWrittenForm() {
        assertThat(Rates.parse("200/s")).isEqualTo(new Rate(200, S));
        assertThat(Rates.parse("1200/min")).isEqualTo(new Rate(1200, 60 * S));
        assertThat(Rates.parse("50000/h")).isEqualTo(new Rate(50000, 3600 * S));
        assertThat(Rates.parse("4000/10s")).isEqualTo(new Rate(4000, 10 * S));
        assertThat(Rates.parse("200")).isEqualTo(new Rate(200, S));
        assertThat(Rates.parse("0.5/s")).isEqualTo(new Rate(0.5, S));
    }

    @Test
    void rates_formatBackToTheirWrittenForm() {
        for (String text : List.of("200/s", "1200/min", "50000/h", "4000/10s", "0.5/s", "3/1h30m")) {
            assertThat(Rates.format(Rates.parse(text))).isEqualTo(text);
        }
    }

    @Test
    void badRates_areRejectedSayingWhatWasExpected() {
        assertThatThrownBy(() -> Rates.parse("0/s")).hasMessageContaining("not positive")
                .hasMessageContaining("expected a positive rate");
        assertThatThrownBy(() -> Rates.parse("-3/s")).hasMessageContaining("not positive");
        assertThatThrownBy(() -> Rates.parse("many")).hasMessageContaining("is not a rate");
        assertThatThrownBy(() -> Rates.parse("5/fortnight")).hasMessageContaining("no valid period");
        assertThatThrownBy(() -> Rates.parse("5/0s")).hasMessageContaining("not positive");
    }

    private static Distribution read(String yaml) {
        Problems problems = new Problems();
        YamlNode node = new YamlReader("d", problems, false).read(yaml);
        Distribution d = Distributions.read(node, "latency", problems);
        problems.throwIfAny();
        return d;
    }

    @Test
    void everyFamily_isRead() {
        assertThat(read("5ms")).isEqualTo(new Distribution.Constant(5 * MS));
        assertThat(read("{ exponential: { mean: 30d } }")).isEqualTo(new Distribution.Exponential(30 * 86_400 * S));
        assertThat(read("{ lognormal: { median: 3ms, p99: 20ms } }"))
                .isEqualTo(Distribution.LogNormal.ofMedianP99(3 * MS, 20 * MS));
        assertThat(read("{ lognormal: { mu: -5.5, sigma: 0.8 } }"))
                .isEqualTo(new Distribution.LogNormal(-5.5, 0.8, 0, 0));
        assertThat(read("{ weibull: { shape: 1.5, scale: 30d } }"))
                .isEqualTo(new Distribution.Weibull(1.5, 30 * 86_400 * S));
        assertThat(read("{ uniform: { min: 1ms, max: 4ms } }")).isEqualTo(new Distribution.Uniform(MS, 4 * MS));
        assertThat(read("{ empirical: [2ms, 3ms, 3ms, 9ms] }"))
                .isEqualTo(new Distribution.Empirical(List.of(2 * MS, 3 * MS, 3 * MS, 9 * MS)));
    }

    @Test
    void everyFamily_printsBackToWhatWasRead() {
        for (String yaml : List.of("{ exponential: { mean: 30d } }", "{ lognormal: { median: 3ms, p99: 20ms } }",
                "{ lognormal: { mu: -5.5, sigma: 0.8 } }", "{ weibull: { shape: 1.5, scale: 30d } }",
                "{ uniform: { min: 1ms, max: 4ms } }", "{ empirical: [2ms, 3ms] }", "5ms")) {
            Distribution d = read(yaml);
            String printed = YamlEmitter.flow(Distributions.toYaml(d));
            assertThat(read(printed)).isEqualTo(d);
        }
    }

    @Test
    void malformedDistributions_areRejectedWithPositions() {
        assertThatThrownBy(() -> read("{ lognormal: { median: 3ms } }")).hasMessageContaining("d:1:14: missing key 'p99'");
        assertThatThrownBy(() -> read("{ lognormal: { median: 3ms, p99: 3ms, mu: 1 } }")).hasMessageContaining("mixes");
        assertThatThrownBy(() -> read("{ exponential: { mean: 1s }, uniform: { min: 1s, max: 2s } }"))
                .hasMessageContaining("has 2 keys");
        assertThatThrownBy(() -> read("{ empirical: [] }")).hasMessageContaining("non-empty list");
        assertThatThrownBy(() -> read("[1s]")).hasMessageContaining("is a list");
        assertThatThrownBy(() -> read("{ lognormal: { mu: 1, sigma: 0 } }")).hasMessageContaining("sigma");
    }

    @Test
    void publicParseAndFormat_roundTrip_andNameTheSourceOnError() {
        Distribution d = Distributions.parse("--set x", "{ weibull: { shape: 1.5, scale: 30d } }");
        assertThat(Distributions.format(d)).isEqualTo("{ weibull: { shape: 1.5, scale: 30d } }");
        assertThatThrownBy(() -> Distributions.parse("--set x", "{ gamma: 1 }"))
                .hasMessageStartingWith("--set x: unknown distribution 'gamma'");
    }

    @Test
    void greatCircle_matchesKnownDistances() {
        // Amsterdam to Dublin is about 750 km; a quarter of the equator about 10,008 km.
        double km = GreatCircle.distanceKm(new Location(52.37, 4.90), new Location(53.35, -6.26));
        assertThat(km).isBetween(740.0, 760.0);
        assertThat(GreatCircle.distanceKm(new Location(0, 0), new Location(0, 90)))
                .isCloseTo(Math.PI / 2 * GreatCircle.EARTH_RADIUS_KM, org.assertj.core.data.Offset.offset(1e-6));
    }
}
