package dev.vaultsim.scenario;

import dev.vaultsim.scenario.yaml.Numbers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code --vary PATH=VALUES} of a sweep: a {@code --set} path and the values it takes, each a
 * YAML flow value as {@code --set} would write it. VALUES is a comma-separated list
 * ({@code 1m,5m,1h}; commas inside brackets and braces belong to the value) or a range
 * {@code FROM..TO:N} of N evenly spaced points, {@code :Nlog} for even spacing on a log scale.
 * A range spans durations, rates or plain numbers; integer ends give integer points, durations of
 * whole seconds stay whole seconds.
 *
 * @param argument the argument as given, for messages
 */
public record Variation(String argument, String path, List<String> values) {

    private static final Pattern RANGE = Pattern.compile("(.+?)\\.\\.(.+?):(\\d+)(log)?");

    /** The {@code --set} argument that gives this variation its {@code index}-th value. */
    public String set(int index) {
        return path + "=" + values.get(index);
    }

    /**
     * @param option the option's name for messages ({@code --vary})
     * @throws IllegalArgumentException naming the argument and what was expected
     */
    public static Variation parse(String option, String argument) {
        String source = option + " " + argument;
        int equals = argument.indexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException(source + ": no PATH=VALUES; expected e.g. "
                    + option + " service.failover.detection=1m,5m,1h or =1m..4h:8log");
        }
        String path = argument.substring(0, equals).strip();
        String text = argument.substring(equals + 1).strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(source + ": no values after '='; expected a list such as 1m,5m,1h"
                    + " or a range such as 1m..4h:8log");
        }
        Matcher range = RANGE.matcher(text);
        List<String> values = range.matches() && !text.startsWith("[") && !text.startsWith("{")
                ? Ranges.points(source, range.group(1).strip(), range.group(2).strip(),
                        Integer.parseInt(range.group(3)), range.group(4) != null)
                : list(source, text);
        List<String> seen = new ArrayList<>();
        for (String value : values) {
            if (seen.contains(value)) {
                throw new IllegalArgumentException(source + ": the value " + value + " comes twice"
                        + (range.matches() ? " (the range's points round to the same value)" : "")
                        + "; expected distinct values");
            }
            seen.add(value);
        }
        return new Variation(argument, path, List.copyOf(values));
    }

    /** Splits on commas outside brackets and braces. */
    private static List<String> list(String source, String text) {
        List<String> values = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ',';
            if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                String value = text.substring(start, i).strip();
                if (value.isEmpty()) {
                    throw new IllegalArgumentException(source + ": an empty value in the list; expected values"
                            + " separated by single commas");
                }
                values.add(value);
                start = i + 1;
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException(source + ": unbalanced brackets; expected YAML flow values");
        }
        return values;
    }

    /** Ranges of durations, rates and numbers. */
    private static final class Ranges {

        private Ranges() {
        }

        static List<String> points(String source, String from, String to, int count, boolean log) {
            if (count < 2) {
                throw new IllegalArgumentException(source + ": a range needs at least 2 points; expected FROM..TO:N with N ≥ 2");
            }
            Kind kind = Kind.of(from);
            if (kind != Kind.of(to)) {
                throw new IllegalArgumentException(source + ": '" + from + "' is " + kind.label + " but '" + to
                        + "' is " + Kind.of(to).label + "; expected both ends of one type (durations, rates or numbers)");
            }
            if (kind == Kind.OTHER) {
                throw new IllegalArgumentException(source + ": '" + from + ".." + to + "' is not a range of durations,"
                        + " rates or numbers; expected e.g. 1m..4h:8log, 100/s..1000/s:4 or 2..5:4");
            }
            double a = kind.magnitude(from);
            double b = kind.magnitude(to);
            if (log && (a <= 0 || b <= 0)) {
                throw new IllegalArgumentException(source + ": a log range needs positive ends; expected e.g. 1m..4h:8log");
            }
            boolean whole = kind.isWhole(from) && kind.isWhole(to);
            List<String> points = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                double t = (double) i / (count - 1);
                double x = i == count - 1 ? b : log ? a * StrictMath.pow(b / a, t) : a + (b - a) * t;
                points.add(kind.format(x, whole));
            }
            return points;
        }
    }

    /** What a range's ends are, and how a point between them is written back. */
    private enum Kind {
        DURATION("a duration"), RATE("a rate"), NUMBER("a number"), OTHER("neither a duration, a rate nor a number");

        private static final long SECOND = 1_000_000_000L;
        private final String label;

        Kind(String label) {
            this.label = label;
        }

        static Kind of(String text) {
            if (text.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
                return NUMBER;
            }
            if (text.contains("/") && parses(() -> Rates.parse(text))) {
                return RATE;
            }
            return parses(() -> Durations.parse(text)) ? DURATION : OTHER;
        }

        private static boolean parses(Runnable parse) {
            try {
                parse.run();
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        /** Nanoseconds, events per second, or the number. */
        double magnitude(String text) {
            return switch (this) {
                case DURATION -> Durations.parse(text);
                case RATE -> Rates.parse(text).perSecond();
                default -> Double.parseDouble(text);
            };
        }

        boolean isWhole(String text) {
            return switch (this) {
                case DURATION -> Durations.parse(text) % SECOND == 0;
                case RATE -> Rates.parse(text).perSecond() == Math.rint(Rates.parse(text).perSecond());
                default -> !text.contains(".") && !text.contains("e") && !text.contains("E");
            };
        }

        String format(double x, boolean whole) {
            return switch (this) {
                case DURATION -> Durations.format(whole ? Math.round(x / SECOND) * SECOND : Math.round(x / 1e6) * 1_000_000L);
                case RATE -> Numbers.format(whole ? Math.rint(x) : round(x)) + "/s";
                default -> whole ? Long.toString(Math.round(x)) : Numbers.format(round(x));
            };
        }

        /** Six significant digits: enough to tell points apart, short enough to read. */
        private static double round(double x) {
            return x == 0 ? 0 : new BigDecimal(x).round(new MathContext(6)).doubleValue();
        }
    }
}
