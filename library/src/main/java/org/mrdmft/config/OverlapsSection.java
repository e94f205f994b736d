package org.mrdmft.config;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.mrdmft.model.NetworkModel;

/**
 * The {@code overlaps:} section: U[mu][rho][rho'] = &lt;m^{mu rho} m^{mu rho'}&gt;, identity per region by
 * default. Each U^{mu} must be symmetric (to 1e-10, relative to its largest entry) and positive-definite
 * (smallest eigenvalue above 1e-12 times the largest).
 */
final class OverlapsSection {
    private static final double SYMMETRY_TOLERANCE = 1e-10;
    private static final double DEFINITENESS_TOLERANCE = 1e-12;

    /** U, R x R x R. */
    final double[][][] tensor;
    /** The resolved section. */
    final ObjectNode resolved = JsonNodeFactory.instance.objectNode();

    OverlapsSection(ConfigNode section, int r) {
        if (section.isPresent()) {
            section.requireMapping(List.of("tensor"));
            ConfigNode t = section.get("tensor");
            tensor = t.cube(r, ConfigNode.shape(r, 3));
            for (int mu = 0; mu < r; mu++) {
                checkSymmetricPositiveDefinite(tensor[mu], t.at(mu), mu);
            }
        } else {
            tensor = NetworkModel.identityOverlaps(r);
        }
        resolved.set("tensor", JsonArrays.of(tensor));
    }

    private static void checkSymmetricPositiveDefinite(double[][] u, ConfigNode at, int mu) {
        int r = u.length;
        double scale = 0.0;
        for (double[] row : u) {
            for (double x : row) {
                scale = Math.max(scale, Math.abs(x));
            }
        }
        for (int i = 0; i < r; i++) {
            for (int j = i + 1; j < r; j++) {
                if (Math.abs(u[i][j] - u[j][i]) > SYMMETRY_TOLERANCE * Math.max(1.0, scale)) {
                    throw at.error("U^{" + mu + "} must be symmetric, but [" + i + "][" + j + "] = " + u[i][j]
                            + " and [" + j + "][" + i + "] = " + u[j][i]);
                }
            }
        }
        double[] eig = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(u)).getEigenvalues();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double e : eig) {
            min = Math.min(min, e);
            max = Math.max(max, e);
        }
        if (!(min > DEFINITENESS_TOLERANCE * Math.max(1.0, max))) {
            throw at.error("U^{" + mu + "} must be positive-definite, but its smallest eigenvalue is "
                    + String.format(java.util.Locale.ROOT, "%.6g", min));
        }
    }
}
