package dev.vaultsim.scenario.yaml;

/** Numbers printed the way a person writes them: {@code 200}, not {@code 200.0}. */
public final class Numbers {

    private Numbers() {
    }

    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        // Double.toString round-trips exactly, which the printed scenario needs.
        return Double.toString(value);
    }

    /** A YAML-friendly value: a Long when whole, so writers print {@code 3}, not {@code 3.0}. */
    public static Object boxed(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return (long) value;
        }
        return value;
    }
}
