package dev.vaultsim.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressBarTest {

    @Test
    void offATerminal_printsPlainLines_withoutCarriageReturnsOrEscapes() throws InterruptedException {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), "year", 4, 1_000_000_000L, 40);
        bar.finished(0);

        Thread.sleep(300);
        bar.close();

        assertThat(text.toString()).startsWith("vaultsim: year: 25 % after 0:00:00, replications 1/4")
                .doesNotContain("\r").doesNotContain("\033");
    }

    @Test
    void quiet_monitorsNothing() {
        assertThat(ProgressBar.forStderr(new PrintWriter(new StringWriter()), "x", 1, 1, true))
                .isSameAs(dev.vaultsim.simulation.RunMonitor.NONE);
    }
}
