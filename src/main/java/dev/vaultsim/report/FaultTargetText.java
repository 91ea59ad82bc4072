package dev.vaultsim.report;

import dev.vaultsim.scenario.FaultSpec;
import dev.vaultsim.scenario.TargetParts;

/**
 * A fault's target in a few words, from the parts its kind describes: names joined by "/", then
 * how many or how much ({@code westeurope/hsm x1}, {@code westeurope replicas x1},
 * {@code westeurope <-> northeurope}, {@code westeurope zone 2}). The text summaries write ASCII, the HTML page its own signs.
 */
public final class FaultTargetText {

    public enum Signs {
        ASCII(" <-> ", "x"),
        UNICODE(" ↔ ", "×");

        private final String link;
        private final String times;

        Signs(String link, String times) {
            this.link = link;
            this.times = times;
        }
    }

    /** Shown factors keep three decimals: enough to tell spikes apart in a table. */
    private static final int FACTOR_DECIMALS = 3;

    private FaultTargetText() {
    }

    public static String of(FaultSpec fault, Signs signs) {
        Parts parts = new Parts(signs);
        fault.describe(parts);
        return parts.text.toString();
    }

    private static final class Parts implements TargetParts {
        private final Signs signs;
        private final StringBuilder text = new StringBuilder();

        Parts(Signs signs) {
            this.signs = signs;
        }

        @Override
        public void name(String key, String name) {
            if (name != null) {
                text.append(text.isEmpty() ? "" : "/").append(name);
            }
        }

        @Override
        public void link(String key, String a, String b) {
            text.append(a).append(signs.link).append(b);
        }

        @Override
        public void count(String key, int count, String units) {
            text.append(units.isEmpty() ? " " : " " + units + " ").append(signs.times).append(count);
        }

        @Override
        public void zone(String key, int zone) {
            text.append(" zone ").append(zone);
        }

        @Override
        public void factor(String key, double factor) {
            text.append(' ').append(signs.times).append(Numbers.decimal(factor, FACTOR_DECIMALS));
        }
    }
}
