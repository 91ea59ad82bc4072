package dev.vaultsim.report.html;

import dev.vaultsim.catalog.VaultState;

/** The things a time chart draws, in simulated seconds; a namespace for small records. */
final class ChartData {

    private ChartData() {
    }

    /**
     * One line. {@code y} holds {@code NaN} where there is no value (a gap in the line).
     *
     * @param style a CSS-free look: stroke colour, width and dash pattern (null for solid)
     */
    record Line(String name, LineStyle style, double[] xSeconds, double[] y) {
    }

    record LineStyle(String colour, String width, String dash) {
    }

    /** A stretch of one vault in one state. */
    record Band(String vault, VaultState state, double startSeconds, double endSeconds) {
    }

    /** A fault, drawn as a bar over its active window and a thin line where it starts. */
    record Mark(String label, double startSeconds, double endSeconds) {
    }
}
