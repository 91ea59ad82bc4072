package dev.vaultsim.model;

import java.util.function.IntPredicate;

/** Which units of a group a fault takes: the lowest-numbered healthy ones, then (if it needs more) the lowest-numbered down ones. */
final class TargetChoice {

    private TargetChoice() {
    }

    static int[] lowestUpFirst(int units, int count, IntPredicate isUp) {
        int[] chosen = new int[count];
        int taken = 0;
        for (int unit = 0; unit < units && taken < count; unit++) {
            if (isUp.test(unit)) {
                chosen[taken++] = unit;
            }
        }
        for (int unit = 0; unit < units && taken < count; unit++) {
            if (!isUp.test(unit)) {
                chosen[taken++] = unit;
            }
        }
        return chosen;
    }
}
