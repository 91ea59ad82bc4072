package dev.vaultsim.report.html;

import dev.vaultsim.catalog.VaultState;

/**
 * How each vault state looks in the charts: a colour and, so that states stay apart when printed
 * in greyscale, a pattern of its own (none, diagonal hatch, cross-hatch, dots, horizontal lines)
 * and a short label written inside the band when it is wide enough.
 */
enum StateStyle {
    NORMAL(VaultState.NORMAL, "#ffffff", "normal"),
    PRIMARY_DOWN(VaultState.PRIMARY_DOWN, "#dc2626", "down"),
    FAILING_OVER(VaultState.FAILING_OVER, "#ea580c", "failing over"),
    FAILED_OVER(VaultState.FAILED_OVER, "#ca8a04", "failed over"),
    FAILING_BACK(VaultState.FAILING_BACK, "#0d9488", "failing back");

    private final VaultState state;
    private final String colour;
    private final String shortLabel;

    StateStyle(VaultState state, String colour, String shortLabel) {
        this.state = state;
        this.colour = colour;
        this.shortLabel = shortLabel;
    }

    static StateStyle of(VaultState state) {
        return values()[state.ordinal()];
    }

    VaultState state() {
        return state;
    }

    String colour() {
        return colour;
    }

    String shortLabel() {
        return shortLabel;
    }

    /** The fill of this state's bands: its pattern, defined once per chart under {@code prefix}. */
    String fill(String prefix) {
        return this == NORMAL ? "none" : "url(#" + patternId(prefix) + ")";
    }

    String patternId(String prefix) {
        return prefix + "-state-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Writes this state's {@code <pattern>}: a light tint of the colour under dark marks. */
    void pattern(Markup svg, String prefix) {
        if (this == NORMAL) {
            return;
        }
        svg.open("pattern", "id", patternId(prefix), "width", "8", "height", "8",
                "patternUnits", "userSpaceOnUse");
        svg.empty("rect", "width", "8", "height", "8", "fill", colour, "fill-opacity", "0.28");
        switch (this) {
            case PRIMARY_DOWN -> svg.empty("path", "d", "M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4",
                    "stroke", colour, "stroke-width", "1.6");
            case FAILING_OVER -> svg.empty("path", "d", "M0,0 l8,8 M8,0 l-8,8", "stroke", colour,
                    "stroke-width", "1.1");
            case FAILED_OVER -> svg.empty("circle", "cx", "4", "cy", "4", "r", "1.5", "fill", colour);
            case FAILING_BACK -> svg.empty("path", "d", "M0,4 h8", "stroke", colour, "stroke-width", "1.6");
            default -> throw new IllegalStateException(name());
        }
        svg.close("pattern");
    }
}
