package dev.vaultsim.scenario;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurationsTest {

    private static final long MS = 1_000_000L;
    private static final long S = 1_000 * MS;
    private static final long MIN = 60 * S;
    private static final long H = 60 * MIN;
    private static final long D = 24 * H;

    @Test
    void everyUnitAndCombination_parsesToExactNanoseconds() {
        assertThat(Durations.parse("150ms")).isEqualTo(150 * MS);
        assertThat(Durations.parse("5s")).isEqualTo(5 * S);
        assertThat(Durations.parse("2m")).isEqualTo(2 * MIN);
        assertThat(Durations.parse("1h")).isEqualTo(H);
        assertThat(Durations.parse("30d")).isEqualTo(30 * D);
        assertThat(Durations.parse("1y")).isEqualTo(365 * D);
        assertThat(Durations.parse("1h30m")).isEqualTo(90 * MIN);
        assertThat(Durations.parse("250us")).isEqualTo(250_000);
        assertThat(Durations.parse("7ns")).isEqualTo(7);
        assertThat(Durations.parse("0s")).isZero();
        assertThat(Durations.parse("1.5s")).isEqualTo(1500 * MS);
        assertThat(Durations.parse("PT5M")).isEqualTo(5 * MIN);
        assertThat(Durations.parse("P1DT1H")).isEqualTo(D + H);
    }

    @Test
    void negativeGarbageAndUnitless_areRejectedSayingWhatWasExpected() {
        assertThatThrownBy(() -> Durations.parse("-5s")).hasMessageContaining("negative")
                .hasMessageContaining("expected a duration such as");
        assertThatThrownBy(() -> Durations.parse("soon")).hasMessageContaining("'soon' is not a duration");
        assertThatThrownBy(() -> Durations.parse("5")).hasMessageContaining("a unit is needed, e.g. 5s");
        assertThatThrownBy(() -> Durations.parse("5 s")).hasMessageContaining("is not a duration");
        assertThatThrownBy(() -> Durations.parse("1.5ns")).hasMessageContaining("finer than a nanosecond");
        assertThatThrownBy(() -> Durations.parse("1000y")).hasMessageContaining("too long");
        assertThatThrownBy(() -> Durations.parse("PTxM")).hasMessageContaining("ISO-8601");
    }

    @Test
    void format_writesTheShortestExactForm() {
        assertThat(Durations.format(0)).isEqualTo("0s");
        assertThat(Durations.format(2 * MIN)).isEqualTo("2m");
        assertThat(Durations.format(90 * MIN)).isEqualTo("1h30m");
        assertThat(Durations.format(150 * MS)).isEqualTo("150ms");
        assertThat(Durations.format(365 * D)).isEqualTo("1y");
        assertThat(Durations.format(1500 * MS)).isEqualTo("1s500ms");
        assertThat(Durations.format(1)).isEqualTo("1ns");
    }

    @Property
    void formatThenParse_isTheIdentity(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long nanos) {
        assertThat(Durations.parse(Durations.format(nanos))).isEqualTo(nanos);
    }
}
