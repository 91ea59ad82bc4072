package dev.vaultsim.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimesTest {

    @Test
    void saturatingAdd_addsWhatFits() {
        assertThat(Times.saturatingAdd(5, 7)).isEqualTo(12);
        assertThat(Times.saturatingAdd(Long.MAX_VALUE - 1, 1)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void saturatingAdd_pastTheRange_isNever() {
        assertThat(Times.saturatingAdd(Long.MAX_VALUE - 1, 2)).isEqualTo(Times.NEVER);
        assertThat(Times.saturatingAdd(Long.MAX_VALUE, Long.MAX_VALUE)).isEqualTo(Times.NEVER);
    }
}
