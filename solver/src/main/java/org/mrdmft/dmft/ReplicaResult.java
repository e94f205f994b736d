package org.mrdmft.dmft;

import java.util.List;

/**
 * The two-replica transient DMFT of a network (docs/MODEL.md section 11): the solution both replicas share, the
 * squared distance between them in every region over time, and each region's exponent read off it.
 *
 * @param solution the transient solution (currents, gains and Delta are the same in both replicas)
 * @param separation the initial deficit D(0, 0) relative to Delta(0, 0)
 * @param distance d^mu(t_k) = Delta^{11} + Delta^{22} - 2 Delta^{12} at equal times, as [Nt][R]
 * @param exponents per region: lambda, what the distance does, the fit window and its diagnostics
 * @param warnings what may make the numbers less reliable (empty normally)
 */
public record ReplicaResult(TransientResult solution, double separation, double[][] distance,
                            List<ReplicaExponent> exponents, List<String> warnings) {
    public ReplicaResult {
        exponents = List.copyOf(exponents);
        warnings = List.copyOf(warnings);
    }

    /** lambda per region. */
    public double[] exponent() {
        return exponents.stream().mapToDouble(ReplicaExponent::exponent).toArray();
    }

    /** d^mu(t_k) / (2 Delta^mu(t_k, t_k)) as [Nt][R]: 0 for identical replicas, 1 for uncorrelated ones. */
    public double[][] relativeDistance() {
        double[][] out = new double[distance.length][];
        for (int k = 0; k < distance.length; k++) {
            out[k] = new double[distance[k].length];
            for (int mu = 0; mu < out[k].length; mu++) {
                double v = solution.variance()[k][mu];
                // a region without variance has no relative distance (NaN rather than an infinite quotient)
                out[k][mu] = v > 0.0 ? distance[k][mu] / (2.0 * v) : Double.NaN;
            }
        }
        return out;
    }
}
