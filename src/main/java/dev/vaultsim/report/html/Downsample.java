package dev.vaultsim.report.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Thins a line for drawing: consecutive points are grouped, and each group keeps its lowest and
 * highest value in time order (min-max decimation). A dip or a spike shorter than a group still
 * shows at its full depth, which averaging would hide. A group of gaps stays a gap.
 */
final class Downsample {

    private Downsample() {
    }

    /** The indices of the points to draw, at most about {@code maxPoints}, in order. */
    static int[] minMax(double[] y, int maxPoints) {
        if (y.length <= maxPoints) {
            int[] all = new int[y.length];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return all;
        }
        int groupSize = (int) Math.ceil(y.length / (maxPoints / 2.0));
        List<Integer> kept = new ArrayList<>(maxPoints + 2);
        for (int start = 0; start < y.length; start += groupSize) {
            keepGroup(y, start, Math.min(y.length, start + groupSize), kept);
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void keepGroup(double[] y, int start, int end, List<Integer> kept) {
        int low = -1;
        int high = -1;
        for (int i = start; i < end; i++) {
            if (Double.isNaN(y[i])) {
                continue;
            }
            if (low < 0 || y[i] < y[low]) {
                low = i;
            }
            if (high < 0 || y[i] > y[high]) {
                high = i;
            }
        }
        if (low < 0) {
            kept.add(start);
        } else if (low == high) {
            kept.add(low);
        } else {
            kept.add(Math.min(low, high));
            kept.add(Math.max(low, high));
        }
    }
}
