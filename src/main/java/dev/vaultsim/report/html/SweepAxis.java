package dev.vaultsim.report.html;

import dev.vaultsim.report.Numbers;
import dev.vaultsim.scenario.Durations;
import dev.vaultsim.scenario.Rates;

import java.util.ArrayList;
import java.util.List;

/**
 * The x axis of a sweep chart, from one parameter's values: numeric when every value is a
 * duration (in minutes), a rate (per second) or a number, on a log scale when they are positive and
 * span more than a decade; otherwise one evenly spaced slot per value, in the order given.
 */
record SweepAxis(String parameter, List<String> values, double[] positions, boolean numeric, boolean log,
                 String unit) {

    private static final double NANOS_PER_MINUTE = 60e9;

    static SweepAxis of(String parameter, List<String> values) {
        double[] positions = new double[values.size()];
        String unit = unitOf(values);
        boolean numeric = unit != null;
        for (int i = 0; i < values.size(); i++) {
            positions[i] = numeric ? magnitude(values.get(i), unit) : i;
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double p : positions) {
            min = Math.min(min, p);
            max = Math.max(max, p);
        }
        boolean log = numeric && min > 0 && max / min > 10;
        return new SweepAxis(parameter, values, positions, numeric, log, unit);
    }

    Scale scale(double from, double to) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double p : positions) {
            min = Math.min(min, p);
            max = Math.max(max, p);
        }
        String title = parameter + (log ? " (log scale)" : "");
        if (log) {
            return LogScale.of(min, max, from, to, this::label, title);
        }
        if (!numeric || max <= min) {
            return new Slots(from, to);
        }
        double pad = (max - min) * 0.04;
        return new LinearScale(min - pad, max + pad, from, to, 8, this::label, title);
    }

    /** A position written back as users wrote values: durations as 5m, 1h30m. */
    String label(double position) {
        if ("duration".equals(unit)) {
            return Durations.format(Math.round(position * NANOS_PER_MINUTE / 1e9) * 1_000_000_000L);
        }
        if ("rate".equals(unit)) {
            return Numbers.decimal(position, 3) + "/s";
        }
        return Numbers.decimal(position, 6);
    }

    private static String unitOf(List<String> values) {
        for (String unit : List.of("number", "duration", "rate")) {
            boolean all = true;
            for (String value : values) {
                try {
                    magnitude(value, unit);
                } catch (IllegalArgumentException e) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return unit;
            }
        }
        return null;
    }

    private static double magnitude(String value, String unit) {
        return switch (unit) {
            case "number" -> Double.parseDouble(value);
            case "duration" -> Durations.parse(value) / NANOS_PER_MINUTE;
            default -> Rates.parse(value).perSecond();
        };
    }

    /** Categorical values: slot i at the centre of the i-th of n equal parts. */
    private final class Slots implements Scale {
        private final double from;
        private final double to;

        Slots(double from, double to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public double pixel(double value) {
            return from + (value + 0.5) / values.size() * (to - from);
        }

        @Override
        public List<Tick> ticks() {
            List<Tick> ticks = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                ticks.add(new Tick(i, values.get(i)));
            }
            return ticks;
        }

        @Override
        public String title() {
            return parameter;
        }
    }
}
