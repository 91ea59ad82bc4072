package dev.vaultsim.report.html;

import dev.vaultsim.report.Numbers;

/**
 * Pixel coordinates as SVG text: one decimal, through the report's own {@link Numbers} so that
 * the same chart is the same bytes on every JVM (a tenth of a pixel is finer than any screen).
 */
final class Px {

    private Px() {
    }

    static String of(double pixels) {
        return Numbers.decimal(pixels, 1);
    }

    /** {@code "x,y"}, as in a polyline's points. */
    static String point(double x, double y) {
        return of(x) + "," + of(y);
    }
}
