package dev.vaultsim.scenario;

import dev.vaultsim.scenario.yaml.Numbers;

import java.math.BigDecimal;

/**
 * Rates as scenario files write them: {@code 200/s}, {@code 1200/min}, {@code 50000/h},
 * {@code 4000/10s}, or a bare number meaning per second.
 */
public final class Rates {

    static final String EXPECTED = "a positive rate such as 200/s, 1200/min, 50000/h, 4000/10s or 200";

    private static final long SECOND = 1_000_000_000L;

    private Rates() {
    }

    /** @throws IllegalArgumentException with a message saying what was expected */
    public static Rate parse(String text) {
        String s = text.strip();
        int slash = s.indexOf('/');
        String countText = slash < 0 ? s : s.substring(0, slash).strip();
        long per = slash < 0 ? SECOND : per(text, s.substring(slash + 1).strip());
        double count;
        try {
            count = new BigDecimal(countText).doubleValue();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a rate; expected " + EXPECTED);
        }
        if (!(count > 0) || Double.isInfinite(count) || per <= 0) {
            throw new IllegalArgumentException("rate '" + text + "' is not positive; expected " + EXPECTED);
        }
        return new Rate(count, per);
    }

    /** {@code 200/s}, {@code 1200/min}, {@code 50000/h}, else {@code count/duration}. */
    public static String format(Rate rate) {
        String count = Numbers.format(rate.count());
        long per = rate.perNanos();
        if (per == SECOND) {
            return count + "/s";
        }
        if (per == 60 * SECOND) {
            return count + "/min";
        }
        if (per == 3600 * SECOND) {
            return count + "/h";
        }
        return count + "/" + Durations.format(per);
    }

    private static long per(String text, String unit) {
        // A bare unit below the slash means one of it: "/s", "/min", "/h".
        String duration = unit.isEmpty() || Character.isDigit(unit.charAt(0)) ? unit : "1" + unit;
        try {
            return Durations.parse(duration);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' has no valid period after the slash; expected "
                    + EXPECTED);
        }
    }
}
