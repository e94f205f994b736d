package org.mrdmft.simulation;

import java.util.List;

/**
 * The draws of one simulation and their averages (what the CLI reports and what the DMFT is compared to).
 * All draws share the recorded grid. Currents are averaged sign-free only (|S^{mu nu}| and row norms
 * ||S^{mu .}||): the sign of a route is a random symmetry of each draw, so a mean of signed currents would cancel
 * (see {@link SignFree}); the signed currents are in each draw's {@link SimulationResult#currents()}.
 *
 * @param draws the network draws, at least one
 */
public record SimulationEnsemble(List<SimulationResult> draws) {
    public SimulationEnsemble {
        draws = List.copyOf(draws);
        if (draws.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one draw");
        }
    }

    /** The first draw (grid, scheme and time step are common to all). */
    public SimulationResult first() {
        return draws.get(0);
    }

    /** Magnitudes |S^{mu nu}(t_k)| of the filtered currents [Nt][R][R], averaged over draws. */
    public double[][][] meanAbsCurrents() {
        return meanAbs(draws.stream().map(SimulationResult::currents).toList());
    }

    /** Magnitudes |J^{mu nu}(t_k)| of the instantaneous currents [Nt][R][R], averaged over draws. */
    public double[][][] meanAbsDrives() {
        return meanAbs(draws.stream().map(SimulationResult::drives).toList());
    }

    /** Row norms ||S^{mu .}(t_k)|| [Nt][R], averaged over draws. */
    public double[][] meanRowNorms() {
        SimulationResult first = first();
        double[][] out = new double[first.steps()][first.regions()];
        for (SimulationResult d : draws) {
            for (int k = 0; k < out.length; k++) {
                double[] norms = SignFree.rowNorms(d.currents()[k]);
                for (int mu = 0; mu < norms.length; mu++) {
                    out[k][mu] += norms[mu] / draws.size();
                }
            }
        }
        return out;
    }

    /** The sign-free aggregates with standard errors at the last recorded point. */
    public SignFreeAggregates finalAggregates() {
        return SignFreeAggregates.atEnd(draws);
    }

    /** The sign-free aggregates with standard errors of the time averages after the burn-in. */
    public SignFreeAggregates lateAggregates() {
        return SignFreeAggregates.late(draws, first().burnIn());
    }

    /** Gains [Nt][R] averaged over draws. */
    public double[][] meanGain() {
        return mean2(draws.stream().map(SimulationResult::gain).toList());
    }

    /** Variances [Nt][R] averaged over draws. */
    public double[][] meanVariance() {
        return mean2(draws.stream().map(SimulationResult::variance).toList());
    }

    /** Autocorrelations [R][lags] averaged over draws. */
    public double[][] meanAutocorrelation() {
        return mean2(draws.stream().map(SimulationResult::autocorrelation).toList());
    }

    /** Participation ratios [R] averaged over draws. */
    public double[] meanParticipationRatio() {
        return mean2(draws.stream().map(d -> new double[][] {d.participationRatio()}).toList())[0];
    }

    /** The maximal Lyapunov exponent over draws (mean, standard error, region shares), or null if not measured. */
    public LyapunovSummary lyapunov() {
        return LyapunovSummary.of(draws);
    }

    /** The mean over draws of |x|, accumulated without copying the draws. */
    private static double[][][] meanAbs(List<double[][][]> xs) {
        double[][][] x0 = xs.get(0);
        double[][][] out = new double[x0.length][][];
        for (int k = 0; k < out.length; k++) {
            out[k] = new double[x0[k].length][];
            for (int i = 0; i < out[k].length; i++) {
                out[k][i] = new double[x0[k][i].length];
                for (double[][][] x : xs) {
                    for (int j = 0; j < out[k][i].length; j++) {
                        out[k][i][j] += Math.abs(x[k][i][j]) / xs.size();
                    }
                }
            }
        }
        return out;
    }

    private static double[][] mean2(List<double[][]> xs) {
        double[][] out = new double[xs.get(0).length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new double[xs.get(0)[i].length];
            for (double[][] x : xs) {
                for (int j = 0; j < out[i].length; j++) {
                    out[i][j] += x[i][j] / xs.size();
                }
            }
        }
        return out;
    }
}
