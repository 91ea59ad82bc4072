package dev.vaultsim.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The points of a sweep: every combination of the variations' values (the first varies slowest),
 * or with {@code zip} the values paired position by position. Each point is the values it takes
 * and the {@code --set} arguments that make its scenario.
 */
public record Grid(List<Variation> variations, List<Point> points) {

    /** One point: a value per variation, in the variations' order. */
    public record Point(List<String> values, List<String> sets) {
    }

    /** @throws IllegalArgumentException for unequal lists with {@code zip}, or a path varied twice */
    public static Grid of(List<Variation> variations, boolean zip) {
        List<String> paths = new ArrayList<>();
        for (Variation variation : variations) {
            if (paths.contains(variation.path())) {
                throw new IllegalArgumentException("--vary " + variation.argument() + ": the path " + variation.path()
                        + " is varied twice; expected each path in one --vary");
            }
            paths.add(variation.path());
        }
        List<Point> points = new ArrayList<>();
        if (zip) {
            int length = variations.get(0).values().size();
            for (Variation variation : variations) {
                if (variation.values().size() != length) {
                    throw new IllegalArgumentException("--zip: --vary " + variation.argument() + " has "
                            + variation.values().size() + " values but --vary " + variations.get(0).argument()
                            + " has " + length + "; expected lists of equal length");
                }
            }
            for (int i = 0; i < length; i++) {
                int[] at = new int[variations.size()];
                Arrays.fill(at, i);
                points.add(point(variations, at));
            }
        } else {
            combine(variations, new int[variations.size()], 0, points);
        }
        return new Grid(List.copyOf(variations), List.copyOf(points));
    }

    private static void combine(List<Variation> variations, int[] at, int depth, List<Point> points) {
        if (depth == variations.size()) {
            points.add(point(variations, at));
            return;
        }
        for (int i = 0; i < variations.get(depth).values().size(); i++) {
            at[depth] = i;
            combine(variations, at, depth + 1, points);
        }
    }

    private static Point point(List<Variation> variations, int[] at) {
        List<String> values = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        for (int v = 0; v < variations.size(); v++) {
            values.add(variations.get(v).values().get(at[v]));
            sets.add(variations.get(v).set(at[v]));
        }
        return new Point(List.copyOf(values), List.copyOf(sets));
    }
}
