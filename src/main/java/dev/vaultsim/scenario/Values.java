package dev.vaultsim.scenario;

import dev.vaultsim.scenario.yaml.Numbers;
import dev.vaultsim.scenario.yaml.Problems;
import dev.vaultsim.scenario.yaml.YamlNode.YamlScalar;
import dev.vaultsim.scenario.yaml.YamlNode;

import java.math.BigDecimal;

/**
 * Typed readings of one scalar node, each reporting a problem at the node and returning the
 * fallback when the text is not what was expected.
 */
final class Values {

    private Values() {
    }

    static long duration(YamlNode node, String what, boolean positive, long fallback, Problems problems) {
        String text = scalar(node, what, Durations.EXPECTED, problems);
        if (text == null) {
            return fallback;
        }
        try {
            long nanos = Durations.parse(text);
            if (positive && nanos == 0) {
                problems.add(node.mark(), what + " is zero; expected a positive duration such as 5s");
                return fallback;
            }
            return nanos;
        } catch (IllegalArgumentException e) {
            problems.add(node.mark(), what + ": " + e.getMessage());
            return fallback;
        }
    }

    static int integer(YamlNode node, String what, int min, int fallback, Problems problems) {
        String expected = "a whole number ≥ " + min;
        String text = scalar(node, what, expected, problems);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min) {
                problems.add(node.mark(), what + " is " + value + "; expected " + expected);
                return fallback;
            }
            return value;
        } catch (NumberFormatException e) {
            String range = isWholeNumber(text) ? ", outside the range" : "";
            String quoted = isWholeNumber(text) ? text.strip() : "'" + text + "'";
            problems.add(node.mark(), what + " is " + quoted + range + "; expected "
                    + (isWholeNumber(text) ? "a whole number from " + min + " to " + Integer.MAX_VALUE : expected));
            return fallback;
        }
    }

    static long longValue(YamlNode node, String what, long fallback, Problems problems) {
        String text = scalar(node, what, "a whole number", problems);
        if (text == null) {
            return fallback;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            if (isWholeNumber(text)) {
                problems.add(node.mark(), what + " is " + text.strip() + ", outside the 64-bit range; expected a whole"
                        + " number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
            } else {
                problems.add(node.mark(), what + " is '" + text + "'; expected a whole number");
            }
            return fallback;
        }
    }

    /** Digits with an optional sign: a whole number, if perhaps too large for its type. */
    private static boolean isWholeNumber(String text) {
        return text.strip().matches("[-+]?[0-9]+");
    }

    static double number(YamlNode node, String what, double min, double max, boolean minExclusive,
                         double fallback, Problems problems) {
        String expected = "a number in " + (minExclusive ? "(" : "[") + Numbers.format(min) + ", "
                + (max >= Double.MAX_VALUE ? "∞)" : Numbers.format(max) + "]");
        String text = scalar(node, what, expected, problems);
        if (text == null) {
            return fallback;
        }
        double value;
        try {
            value = new BigDecimal(text.strip()).doubleValue();
        } catch (NumberFormatException e) {
            problems.add(node.mark(), what + " is '" + text + "'; expected " + expected);
            return fallback;
        }
        if (value < min || value > max || (minExclusive && value == min)) {
            problems.add(node.mark(), what + " is " + text.strip() + "; expected " + expected);
            return fallback;
        }
        return value;
    }

    static Rate rate(YamlNode node, String what, Rate fallback, Problems problems) {
        String text = scalar(node, what, Rates.EXPECTED, problems);
        if (text == null) {
            return fallback;
        }
        try {
            return Rates.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(node.mark(), what + ": " + e.getMessage());
            return fallback;
        }
    }

    /** The scalar's text, or null after reporting a map or list. */
    static String scalar(YamlNode node, String what, String expected, Problems problems) {
        if (node instanceof YamlScalar s && !s.isNull()) {
            return s.text();
        }
        problems.add(node.mark(), what + " is " + node.kind() + "; expected " + expected);
        return null;
    }
}
