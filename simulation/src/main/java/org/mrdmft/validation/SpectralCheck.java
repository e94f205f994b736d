package org.mrdmft.validation;

import org.mrdmft.simulation.NetworkSampler;
import org.mrdmft.simulation.RandomBlock;
import org.mrdmft.simulation.SampledNetwork;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.complex.Complex;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.stationary.Eigenvalues;
import org.mrdmft.stationary.Spectra;

/**
 * The connectivity spectrum of one sampled network against the theory (docs/MODEL.md section 1): each
 * eigenvalue of That outside the bulk should have a sampled eigenvalue next to it, and the sampled bulk
 * should have the theory's radius.
 *
 * @param neurons N per region of the sampled matrix
 * @param outliers theory outliers outside the bulk (1.05 x bulk radius)
 * @param nearest the sampled eigenvalue nearest to each outlier
 * @param bulkRadius the theory's bulk radius
 * @param sampledBulkRadius the largest modulus among sampled eigenvalues not matched to an outlier
 */
public record SpectralCheck(int neurons, List<Complex> outliers, List<Complex> nearest, double bulkRadius,
                            double sampledBulkRadius) {

    /** Largest distance between an outlier and its nearest sampled eigenvalue. */
    public double maxOutlierDistance() {
        double m = 0.0;
        for (int i = 0; i < outliers.size(); i++) {
            m = Math.max(m, outliers.get(i).subtract(nearest.get(i)).norm());
        }
        return m;
    }

    /** Samples one network of N neurons per region (seeded) and compares its eigenvalues with the theory. */
    public static SpectralCheck of(NetworkModel model, int neurons, long seed) {
        SampledNetwork net = new NetworkSampler(model, neurons, false).sample(seed, 0);
        Complex[] sampled = Eigenvalues.of(connectivity(net));
        double radius = Spectra.bulkRadius(model);
        List<Complex> outliers = new ArrayList<>();
        for (Complex c : Spectra.outliers(model)) {
            if (c.norm() > 1.05 * radius && c.norm() > 1e-9) {
                outliers.add(c);
            }
        }
        boolean[] used = new boolean[sampled.length];
        List<Complex> nearest = new ArrayList<>();
        for (Complex o : outliers) {
            int best = -1;
            for (int i = 0; i < sampled.length; i++) {
                if (!used[i] && (best < 0 || o.subtract(sampled[i]).norm() < o.subtract(sampled[best]).norm())) {
                    best = i;
                }
            }
            used[best] = true;
            nearest.add(sampled[best]);
        }
        double bulk = 0.0;
        for (int i = 0; i < sampled.length; i++) {
            if (!used[i]) {
                bulk = Math.max(bulk, sampled[i].norm());
            }
        }
        return new SpectralCheck(neurons, List.copyOf(outliers), List.copyOf(nearest), radius, bulk);
    }

    /** The full (R N) x (R N) matrix: random blocks plus sum over channels m^{mu nu} n^{mu nu T} / N. */
    static double[][] connectivity(SampledNetwork net) {
        int r = net.regions();
        int n = net.neurons();
        double[][] w = new double[r * n][r * n];
        for (RandomBlock b : net.blocks()) {
            for (int i = 0; i < n; i++) {
                int row = b.rowOf() == null ? i : b.rowOf()[i];
                for (int k = 0; k < n; k++) {
                    int j = b.columnSource() == null ? k : b.columnSource()[k];
                    w[b.target() * n + i][b.source() * n + j] += b.scale() * b.entry(row * n + k);
                }
            }
        }
        for (int mu = 0; mu < r; mu++) {
            for (int nu = 0; nu < r; nu++) {
                double[] m = net.landing()[mu][nu];
                double[] nn = net.readOut()[mu][nu];
                for (int i = 0; i < n; i++) {
                    double mi = m[i] / n;
                    double[] row = w[mu * n + i];
                    for (int j = 0; j < n; j++) {
                        row[nu * n + j] += mi * nn[j];
                    }
                }
            }
        }
        return w;
    }
}
