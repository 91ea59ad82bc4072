package dev.vaultsim.report;

import dev.vaultsim.record.Confidence;
import dev.vaultsim.record.Interval;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DowntimeRowsTest {

    private static final long HOUR = 3_600_000_000_000L;

    private static Confidence confidence() {
        // 1 % unavailable: 432 minutes per 30-day month, 5,256 per 365-day year.
        return new Confidence(0.95, new Interval(0.99, 0.98, 1.0), Map.of(), new Interval(432, 0.0, 864.0),
                new Interval(5256, 0.0, 10512.0), List.of(0.98, 1.0), Map.of(), 0.5, null);
    }

    @Test
    void aFourHourScenario_showsItsOwnDowntime_notAnExtrapolatedMonth() {
        List<DowntimeRows.Row> rows = DowntimeRows.of(confidence(), 4 * HOUR);

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).label()).isEqualTo("downtime in this scenario (4h), minutes");
        assertThat(rows.get(0).minutes().mean()).isCloseTo(2.4, within(1e-9));
    }

    @Test
    void aYear_showsMonthAndYear_withTheirLengths() {
        List<DowntimeRows.Row> rows = DowntimeRows.of(confidence(), 365 * 24 * HOUR);

        assertThat(rows).extracting(DowntimeRows.Row::label)
                .containsExactly("downtime, minutes per 30-day month", "downtime, minutes per 365-day year");
    }
}
