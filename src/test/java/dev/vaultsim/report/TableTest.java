package dev.vaultsim.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableTest {

    @Test
    void text_alignsLabelsLeftAndNumbersRight_withoutTrailingSpaces() {
        Table table = Table.withHeader("name", "count").row("a", "1").row("longer", "1234");

        assertThat(table.toText()).isEqualTo("name    count\na           1\nlonger   1234\n");
    }

    @Test
    void markdown_marksNumericColumnsRightAligned_andEscapesPipes() {
        Table table = Table.withHeader("name", "count").row("a|b", "1");

        assertThat(table.toMarkdown()).isEqualTo("| name | count |\n| --- | ---: |\n| a\\|b | 1 |\n");
    }

    @Test
    void aRowOfTheWrongWidth_isRejected() {
        assertThatThrownBy(() -> Table.withHeader("a", "b").row("1")).isInstanceOf(IllegalArgumentException.class);
    }
}
