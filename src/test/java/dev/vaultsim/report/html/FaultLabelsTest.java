package dev.vaultsim.report.html;

import dev.vaultsim.catalog.VaultState;
import dev.vaultsim.report.html.ChartData.Band;
import dev.vaultsim.report.html.ChartData.Mark;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FaultLabelsTest {

    private static final Mark WIDE = new Mark("region-outage westeurope", 0, 100);
    private static final Mark NARROW = new Mark("partition westeurope ↔ northeurope", 0, 1);

    @Test
    void aWideBar_isNamedInside_aNarrowOneBesideIt_whenTheLaneIsFree() {
        FaultLabels labels = FaultLabels.place(List.of(WIDE, NARROW), new double[] {100, 500},
                new double[] {400, 502}, new int[] {0, 1}, 900);

        assertThat(labels.of(0).where()).isEqualTo(FaultLabels.Where.INSIDE);
        assertThat(labels.of(1).where()).isEqualTo(FaultLabels.Where.RIGHT);
        assertThat(labels.key()).isEmpty();
    }

    @Test
    void aNarrowBar_withANeighbourCloseBehind_isNumbered_andNamedInTheKey() {
        FaultLabels labels = FaultLabels.place(List.of(NARROW, WIDE), new double[] {100, 110},
                new double[] {102, 400}, new int[] {0, 0}, 900);

        assertThat(labels.of(0)).isEqualTo(new FaultLabels.Placement(FaultLabels.Where.KEYED, 1));
        assertThat(labels.key()).containsExactly("partition westeurope ↔ northeurope");
        assertThat(labels.keyHeight()).isPositive();
    }

    @Test
    void hundredsOfFaults_areLeftToTheFaultsTable() {
        int n = FaultLabels.MAX_KEYED + 1;
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        for (int i = 0; i < n; i++) {
            x1[i] = 100 + i * 2;
            x2[i] = x1[i] + 1;
        }
        FaultLabels labels = FaultLabels.place(Collections.nCopies(n, NARROW), x1, x2, new int[n], 900);

        assertThat(labels.key()).isEmpty();
        assertThat(labels.of(0).where()).isEqualTo(FaultLabels.Where.NONE);
    }

    @Test
    void aLongVaultName_isWrittenWholeAboveItsStrip() {
        String name = "contoso-payments-production-weu-kv";
        String svg = new TimeChart("c", "t", 3600, LinearScale::availability)
                .band(new Band(name, VaultState.NORMAL, 0, 3600)).render();

        assertThat(svg).contains(">" + name + "</text>").contains("x=\"" + Px.of(TimeChart.LEFT) + "\"");
    }
}
