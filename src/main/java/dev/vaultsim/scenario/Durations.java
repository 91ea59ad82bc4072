package dev.vaultsim.scenario;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as scenario files write them ({@code 150ms}, {@code 1h30m}, {@code 1y}, {@code PT5M}),
 * to and from exact integer nanoseconds. A year is 365 days.
 */
public final class Durations {

    static final String EXPECTED = "a duration such as 150ms, 5s, 2m, 1h30m, 30d, 1y or PT5M";

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|min|m|h|d|y)");
    private static final String[] UNITS = {"y", "d", "h", "m", "s", "ms", "us", "ns"};
    private static final long[] UNIT_NANOS = {
        365L * 86_400_000_000_000L, 86_400_000_000_000L, 3_600_000_000_000L, 60_000_000_000L,
        1_000_000_000L, 1_000_000L, 1_000L, 1L};

    private Durations() {
    }

    /**
     * The duration in nanoseconds.
     *
     * @throws IllegalArgumentException with a message saying what was expected
     */
    public static long parse(String text) {
        String s = text.strip();
        if (s.startsWith("-")) {
            throw new IllegalArgumentException("negative duration '" + text + "'; expected " + EXPECTED);
        }
        if (s.equals("0")) {
            return 0;
        }
        if (s.startsWith("P") || s.startsWith("p")) {
            return parseIso(text, s);
        }
        Matcher m = PART.matcher(s);
        BigDecimal total = BigDecimal.ZERO;
        int at = 0;
        while (at < s.length() && m.find(at) && m.start() == at) {
            total = total.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unitNanos(m.group(2)))));
            at = m.end();
        }
        if (s.isEmpty() || at != s.length()) {
            String hint = s.matches("\\d+(\\.\\d+)?") ? " (a unit is needed, e.g. " + s + "s)" : "";
            throw new IllegalArgumentException("'" + text + "' is not a duration" + hint + "; expected " + EXPECTED);
        }
        return exactNanos(text, total);
    }

    /** The shortest exact form from years down to nanoseconds: {@code 1h30m}, {@code 150ms}, {@code 0s}. */
    public static String format(long nanos) {
        if (nanos == 0) {
            return "0s";
        }
        if (nanos < 0) {
            throw new IllegalArgumentException("negative duration " + nanos + " ns");
        }
        StringBuilder text = new StringBuilder();
        long rest = nanos;
        for (int i = 0; i < UNITS.length; i++) {
            long count = rest / UNIT_NANOS[i];
            if (count > 0) {
                text.append(count).append(UNITS[i]);
                rest -= count * UNIT_NANOS[i];
            }
        }
        return text.toString();
    }

    private static long unitNanos(String unit) {
        return switch (unit) {
            case "µs" -> 1_000L;
            case "min" -> 60_000_000_000L;
            default -> UNIT_NANOS[indexOf(unit)];
        };
    }

    private static int indexOf(String unit) {
        for (int i = 0; i < UNITS.length; i++) {
            if (UNITS[i].equals(unit)) {
                return i;
            }
        }
        throw new IllegalStateException(unit);
    }

    private static long parseIso(String text, String s) {
        try {
            java.time.Duration d = java.time.Duration.parse(s);
            if (d.isNegative()) {
                throw new IllegalArgumentException("negative duration '" + text + "'; expected " + EXPECTED);
            }
            return d.toNanos();
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 duration; expected " + EXPECTED);
        }
    }

    private static long exactNanos(String text, BigDecimal total) {
        BigInteger whole;
        try {
            whole = total.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is finer than a nanosecond; expected " + EXPECTED);
        }
        if (whole.bitLength() > 63) {
            throw new IllegalArgumentException("'" + text + "' is too long (more than about 292 years); expected "
                    + EXPECTED);
        }
        return whole.longValueExact();
    }
}
