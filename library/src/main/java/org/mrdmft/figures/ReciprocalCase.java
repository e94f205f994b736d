package org.mrdmft.figures;

import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.NetworkModel;

/**
 * One reciprocally coupled network of the paper's figures (fig3, fig4c, input-switch): effective interactions
 * T^{mu nu rho} = delta^{mu rho} c^{mu nu}, c = u u^T + diag(a - b), u^mu = s^mu sqrt(b^mu) (docs/MODEL.md
 * section 1), U = I, disorder g per region, erf nonlinearity.
 *
 * @param name e.g. "fig3-case1", the prefix of the case's tables
 * @param a self-loop strengths a^mu
 * @param b pair-loop strengths b^mu
 * @param g disorder g^mu (all zero for fig3)
 * @param signs s^mu = +-1
 */
public record ReciprocalCase(String name, double[] a, double[] b, double[] g, double[] signs) {
    public ReciprocalCase {
        a = a.clone();
        b = b.clone();
        g = g.clone();
        signs = signs.clone();
        if (b.length != a.length || g.length != a.length || signs.length != a.length) {
            throw new IllegalArgumentException("a, b, g and signs need one entry per region");
        }
    }

    /** R. */
    public int regions() {
        return a.length;
    }

    /** The network (erf nonlinearity, U = I, no inputs). */
    public NetworkModel model() {
        return NetworkModel.of(g, InteractionTensors.reciprocal(a, b, signs));
    }

    /** Whether any region is disordered. */
    public boolean disordered() {
        for (double x : g) {
            if (x != 0.0) {
                return true;
            }
        }
        return false;
    }

    /** The same loops and disorder with other signs s^mu (the paper's signs are one random draw). */
    public ReciprocalCase withSigns(double[] otherSigns) {
        return new ReciprocalCase(name, a, b, g, otherSigns);
    }

    @Override
    public double[] a() {
        return a.clone();
    }

    @Override
    public double[] b() {
        return b.clone();
    }

    @Override
    public double[] g() {
        return g.clone();
    }

    @Override
    public double[] signs() {
        return signs.clone();
    }
}
