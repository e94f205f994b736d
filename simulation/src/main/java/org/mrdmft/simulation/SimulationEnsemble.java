package org.mrdmft.simulation;

import java.util.List;

/**
 * The draws of one simulation and their averages (what the CLI reports and what the DMFT is compared to).
 * All draws share the recorded grid.
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

    /** Filtered currents [Nt][R][R] averaged over draws. */
    public double[][][] meanCurrents() {
        return mean3(draws.stream().map(SimulationResult::currents).toList());
    }

    /** Instantaneous currents [Nt][R][R] averaged over draws. */
    public double[][][] meanDrives() {
        return mean3(draws.stream().map(SimulationResult::drives).toList());
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

    private static double[][][] mean3(List<double[][][]> xs) {
        double[][][] out = new double[xs.get(0).length][][];
        for (int k = 0; k < out.length; k++) {
            int kk = k;
            out[k] = mean2(xs.stream().map(x -> x[kk]).toList());
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
