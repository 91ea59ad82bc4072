package dev.vaultsim.report;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NumbersTest {

    @Test
    void seconds_areExactAndWholeWhenWhole() {
        assertThat(Numbers.seconds(21_600_000_000_000L)).isEqualTo("21600");
        assertThat(Numbers.seconds(1_500_000_000L)).isEqualTo("1.5");
        assertThat(Numbers.seconds(1)).isEqualTo("0.000000001");
        assertThat(Numbers.seconds(0)).isEqualTo("0");
        assertThat(Numbers.seconds(-2_000_000_000L)).isEqualTo("-2");
    }

    @Test
    void ratio_isCountedNotRounded_workedExample() {
        assertThat(Numbers.ratio(353, 360)).isEqualTo("0.980555556");
        assertThat(Numbers.ratio(227, 360)).isEqualTo("0.630555556");
        assertThat(Numbers.ratio(360, 360)).isEqualTo("1");
        assertThat(Numbers.ratio(0, 360)).isEqualTo("0");
        assertThat(Numbers.ratio(1, 4)).isEqualTo("0.25");
    }

    @Test
    void millis_haveAtMostThreeDecimals() {
        assertThat(Numbers.millis(12.3456)).isEqualTo("12.346");
        assertThat(Numbers.millis(2.0)).isEqualTo("2");
        assertThat(Numbers.millis(0.1)).isEqualTo("0.1");
        assertThat(Numbers.millis(1e-7)).isEqualTo("0");
        assertThat(Numbers.millis(-0.0)).isEqualTo("0");
        assertThat(Numbers.millis(-1e-7)).isEqualTo("0");
        assertThat(Numbers.millis(1e20)).isEqualTo("100000000000000000000");
    }

    @Test
    void availability_ofADouble() {
        assertThat(Numbers.availability(0.9999)).isEqualTo("0.9999");
        assertThat(Numbers.availability(1.0)).isEqualTo("1");
        assertThat(Numbers.availability(353.0 / 360)).isEqualTo("0.980555556");
    }

    @Test
    void percent_andFixed_keepTheirZeros() {
        assertThat(Numbers.percent(21_180, 21_600, 4)).isEqualTo("98.0556");
        assertThat(Numbers.percent(1, 1, 4)).isEqualTo("100.0000");
        assertThat(Numbers.percent(0, 7, 2)).isEqualTo("0.00");
        assertThat(Numbers.fixed(12.5, 3)).isEqualTo("12.500");
        assertThat(Numbers.fixed(-0.0001, 3)).isEqualTo("0.000");
    }

    @Test
    void nonFiniteValues_areRejected() {
        assertThatThrownBy(() -> Numbers.millis(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Numbers.millis(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Numbers.ratio(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void seconds_roundTripToTheNanosecond(@ForAll long nanos) {
        String text = Numbers.seconds(nanos);
        assertThat(new BigDecimal(text).movePointRight(9).longValueExact()).isEqualTo(nanos);
        assertPlain(text, 9);
    }

    @Property
    void decimal_isPlainAndWithinHalfAUnitOfTheLastDigit(
            @ForAll @DoubleRange(min = -1e12, max = 1e12) double value, @ForAll @IntRange(min = 0, max = 9) int decimals) {
        String text = Numbers.decimal(value, decimals);
        assertPlain(text, decimals);
        BigDecimal error = new BigDecimal(text).subtract(new BigDecimal(value)).abs();
        assertThat(error).isLessThanOrEqualTo(BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2)));
    }

    @Property
    void decimal_neverUsesExponentNotation(@ForAll double value) {
        if (Double.isFinite(value)) {
            assertPlain(Numbers.decimal(value, 9), 9);
        }
    }

    @Property
    void ratio_isTheRoundedQuotient(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long succeeded,
                                    @ForAll @LongRange(min = 1, max = 1_000_000_000L) long extra) {
        long requests = succeeded + extra;
        String text = Numbers.ratio(succeeded, requests);
        assertPlain(text, 9);
        assertThat(Double.parseDouble(text)).isCloseTo((double) succeeded / requests,
                org.assertj.core.data.Offset.offset(5.0000001e-10));
    }

    /** No exponent, no trailing zeros after a decimal point, at most {@code decimals} decimals, no "-0". */
    private static void assertPlain(String text, int decimals) {
        assertThat(text).doesNotContain("E").doesNotContain("e").isNotEqualTo("-0");
        int point = text.indexOf('.');
        if (point >= 0) {
            assertThat(text).doesNotEndWith("0").doesNotEndWith(".");
            assertThat(text.length() - point - 1).isLessThanOrEqualTo(decimals);
        }
    }

    @Test
    void significant_keepsThreeDigits_asTheHistogramsDo() {
        assertThat(Numbers.significant(9.2731, 3)).isEqualTo("9.27");
        assertThat(Numbers.significant(34.243, 3)).isEqualTo("34.2");
        assertThat(Numbers.significant(12, 3)).isEqualTo("12.0");
        assertThat(Numbers.significant(0.51249, 3)).isEqualTo("0.512");
        assertThat(Numbers.significant(5544.87, 3)).isEqualTo("5540");
        assertThat(Numbers.significant(0, 3)).isEqualTo("0");
    }
}
