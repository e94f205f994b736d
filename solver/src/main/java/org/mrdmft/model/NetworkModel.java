package org.mrdmft.model;

/**
 * The N -> infinity description of a multiregion network (docs/MODEL.md section 1): everything the DMFT needs.
 *
 * @param regions R &gt;= 1
 * @param nonlinearity phi
 * @param disorder g^mu &gt;= 0, within-region random coupling strength
 * @param crossDisorder g^{mu nu} for mu != nu (R x R; the diagonal is ignored, g^{mu mu} = g^mu)
 * @param interactions T[mu][nu][rho] = &lt;n^{mu nu} m^{nu rho}&gt;, the effective interactions
 * @param overlaps U[mu][rho][rho'] = &lt;m^{mu rho} m^{mu rho'}&gt;, symmetric positive-definite per mu
 * @param inputs external inputs (possibly none)
 */
public record NetworkModel(int regions, Nonlinearity nonlinearity, double[] disorder, double[][] crossDisorder,
                           double[][][] interactions, double[][][] overlaps, InputDrive inputs) {
    public NetworkModel {
        if (regions < 1) {
            throw new IllegalArgumentException("regions must be >= 1, got " + regions);
        }
        requireShape(disorder.length == regions, "disorder");
        requireShape(crossDisorder.length == regions, "crossDisorder");
        requireShape(interactions.length == regions, "interactions");
        requireShape(overlaps.length == regions, "overlaps");
        for (int mu = 0; mu < regions; mu++) {
            requireShape(crossDisorder[mu].length == regions, "crossDisorder");
            requireShape(interactions[mu].length == regions, "interactions");
            requireShape(overlaps[mu].length == regions, "overlaps");
            for (int nu = 0; nu < regions; nu++) {
                requireShape(interactions[mu][nu].length == regions, "interactions");
                requireShape(overlaps[mu][nu].length == regions, "overlaps");
            }
        }
        disorder = disorder.clone();
        crossDisorder = Arrays2.copy(crossDisorder);
        interactions = Arrays2.copy(interactions);
        overlaps = Arrays2.copy(overlaps);
    }

    private static void requireShape(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException(what + " has the wrong shape");
        }
    }

    /** A model with identity overlaps, no cross-region disorder and no inputs. */
    public static NetworkModel of(double[] disorder, double[][][] interactions) {
        int r = disorder.length;
        return new NetworkModel(r, Nonlinearity.ERF, disorder, new double[r][r], interactions,
                identityOverlaps(r), InputDrive.none(r));
    }

    /** U^{mu} = identity for every mu. */
    public static double[][][] identityOverlaps(int r) {
        double[][][] u = new double[r][r][r];
        for (int mu = 0; mu < r; mu++) {
            for (int k = 0; k < r; k++) {
                u[mu][k][k] = 1.0;
            }
        }
        return u;
    }

    @Override
    public double[] disorder() {
        return disorder.clone();
    }

    @Override
    public double[][] crossDisorder() {
        return Arrays2.copy(crossDisorder);
    }

    @Override
    public double[][][] interactions() {
        return Arrays2.copy(interactions);
    }

    @Override
    public double[][][] overlaps() {
        return Arrays2.copy(overlaps);
    }

    /** g^mu without copying. */
    public double disorder(int mu) {
        return disorder[mu];
    }

    /** T[mu][nu][rho] without copying. */
    public double interaction(int mu, int nu, int rho) {
        return interactions[mu][nu][rho];
    }

    /** U[mu][rho][rho2] without copying. */
    public double overlap(int mu, int rho, int rho2) {
        return overlaps[mu][rho][rho2];
    }

    /**
     * Effective variance weight of region nu's correlation in region mu's source:
     * (g^mu)^2 on the diagonal, (g^{mu nu})^2 off it.
     */
    public double disorderWeight(int mu, int nu) {
        double g = mu == nu ? disorder[mu] : crossDisorder[mu][nu];
        return g * g;
    }

    /** Whether every disorder strength (within and across regions) is zero. */
    public boolean isDisorderFree() {
        for (int mu = 0; mu < regions; mu++) {
            for (int nu = 0; nu < regions; nu++) {
                if (disorderWeight(mu, nu) != 0.0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A copy with other disorder strengths g^mu. */
    public NetworkModel withDisorder(double[] g) {
        return new NetworkModel(regions, nonlinearity, g, crossDisorder, interactions, overlaps, inputs);
    }

    /** A copy with other effective interactions T. */
    public NetworkModel withInteractions(double[][][] t) {
        return new NetworkModel(regions, nonlinearity, disorder, crossDisorder, t, overlaps, inputs);
    }
}
