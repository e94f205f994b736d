package org.mrdmft.dynamics;

import java.util.List;

/**
 * One attractor of the current dynamics reached from some of several initial conditions.
 *
 * @param labels the dynamics label per region
 * @param period the currents' period (the largest over regions) when some region's currents are periodic,
 *               else NaN
 * @param amplitude the largest current amplitude over regions
 * @param finalCurrents the final currents of the first start that reached it [R][R]
 * @param starts indices of the starts that reached it
 * @param fraction the share of all starts that reached it
 */
public record Attractor(List<DynamicsLabel> labels, double period, double amplitude, double[][] finalCurrents,
                        List<Integer> starts, double fraction) {
    public Attractor {
        labels = List.copyOf(labels);
        starts = List.copyOf(starts);
        finalCurrents = org.mrdmft.model.Arrays2.copy(finalCurrents);
    }

    @Override
    public double[][] finalCurrents() {
        return org.mrdmft.model.Arrays2.copy(finalCurrents);
    }
}
