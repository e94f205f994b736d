package org.mrdmft.dmft;

import org.mrdmft.dmft.DmftScheme;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.model.NetworkModel;

/** Small builders shared by the transient-solver tests. */
final class Problems {
    /** The SCS variance Delta(0) for g = 2 (potential route, 30 digits, rounded). */
    static final double SCS_G2 = 2.0640800187543;

    private Problems() {
    }

    /** One region with disorder g and no structure, S(0) = 0. */
    static TransientProblem singleRegion(double g, double dt, double duration, DmftScheme scheme) {
        NetworkModel m = NetworkModel.of(new double[] {g}, new double[1][1][1]);
        int steps = (int) Math.round(duration / dt) + 1;
        DmftSettings s = DmftSettings.defaults().withDt(dt, steps).withInitialCurrents(new double[][] {{0.0}})
                .withScheme(scheme);
        return new TransientProblem(m, s);
    }

    static double finalVariance(TransientResult r, int mu) {
        return r.variance()[r.steps() - 1][mu];
    }

    static double maxAbsDiff(double[][][] a, double[][][] b) {
        double m = 0;
        for (int k = 0; k < a.length; k++) {
            for (int i = 0; i < a[k].length; i++) {
                for (int j = 0; j < a[k][i].length; j++) {
                    m = Math.max(m, Math.abs(a[k][i][j] - b[k][i][j]));
                }
            }
        }
        return m;
    }

    static double maxAbsDiff(double[][] a, double[][] b) {
        double m = 0;
        for (int k = 0; k < a.length; k++) {
            for (int i = 0; i < a[k].length; i++) {
                m = Math.max(m, Math.abs(a[k][i] - b[k][i]));
            }
        }
        return m;
    }
}
