package dev.vaultsim.report.html;

import dev.vaultsim.report.html.ChartData.Mark;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each fault bar of a chart gets its name, so that every fault is named in print (a tooltip
 * is not): inside the bar when it fits, else just right of it when the lane is free there, else a
 * number on the bar and the name in a key under the chart. A year of random faults (more than
 * {@link #MAX_KEYED} bars) is not keyed: the page's Faults table lists them.
 */
final class FaultLabels {

    static final int MAX_KEYED = 24;
    static final double CHAR_WIDTH_10PX = 6.2;
    static final double KEY_LINE = 15;

    enum Where { INSIDE, RIGHT, KEYED, NONE }

    /** @param number the key's number for {@link Where#KEYED}, 0 otherwise */
    record Placement(Where where, int number) {
    }

    private final List<Placement> placements;
    private final List<String> key;

    private FaultLabels(List<Placement> placements, List<String> key) {
        this.placements = placements;
        this.key = key;
    }

    /** @param x1 @param x2 each bar's pixel ends; {@code lanes} its row; {@code right} the plot's right edge */
    static FaultLabels place(List<Mark> marks, double[] x1, double[] x2, int[] lanes, double right) {
        List<Placement> placements = new ArrayList<>();
        List<String> key = new ArrayList<>();
        boolean keyed = marks.size() <= MAX_KEYED;
        for (int i = 0; i < marks.size(); i++) {
            double width = marks.get(i).label().length() * CHAR_WIDTH_10PX + 8;
            if (x2[i] - x1[i] >= width) {
                placements.add(new Placement(Where.INSIDE, 0));
            } else if (keyed && freeRightOf(i, x1, x2, lanes, right) >= width) {
                placements.add(new Placement(Where.RIGHT, 0));
            } else if (keyed) {
                key.add(marks.get(i).label());
                placements.add(new Placement(Where.KEYED, key.size()));
            } else {
                placements.add(new Placement(Where.NONE, 0));
            }
        }
        return new FaultLabels(placements, key);
    }

    /** Pixels from the end of bar i to the next bar starting in its lane, or to the plot's edge. */
    private static double freeRightOf(int i, double[] x1, double[] x2, int[] lanes, double right) {
        double limit = right;
        for (int j = 0; j < x1.length; j++) {
            if (j != i && lanes[j] == lanes[i] && x1[j] >= x2[i]) {
                limit = Math.min(limit, x1[j]);
            }
        }
        return limit - x2[i] - 3;
    }

    Placement of(int mark) {
        return placements.get(mark);
    }

    /** The names of the numbered faults, in number order. */
    List<String> key() {
        return key;
    }

    double keyHeight() {
        return key.isEmpty() ? 0 : key.size() * KEY_LINE + 6;
    }
}
