package org.mrdmft.simulation;

import java.util.ArrayList;
import java.util.List;

/**
 * What a simulation reports averaged over its draws, all of it sign-free: per region the current row norm
 * ||S^{mu .}||, the gain and the variance, and per route the magnitude |S^{mu nu}|, each as mean and standard error
 * over draws. The signed currents stay with the draws ({@link SimulationResult#currents()}): averaging them over
 * draws would cancel routes whose sign differs between draws (see {@link SignFree}).
 *
 * @param regions R
 * @param rowNorms ||S^{mu .}|| [R]
 * @param absCurrents |S^{mu nu}| [R * R], row-major (mu * R + nu); {@link #absCurrentMeans()} as a matrix
 * @param gain psi^mu [R]
 * @param variance Delta^mu [R]
 */
public record SignFreeAggregates(int regions, DrawEstimate rowNorms, DrawEstimate absCurrents, DrawEstimate gain,
                                 DrawEstimate variance) {

    /** The aggregates at recorded point {@code k} of every draw. */
    public static SignFreeAggregates at(List<SimulationResult> draws, int k) {
        List<double[]> norms = new ArrayList<>();
        List<double[]> abs = new ArrayList<>();
        List<double[]> gain = new ArrayList<>();
        List<double[]> variance = new ArrayList<>();
        for (SimulationResult d : draws) {
            norms.add(SignFree.rowNorms(d.currents()[k]));
            abs.add(SignFree.flatAbs(d.currents()[k]));
            gain.add(d.gain()[k].clone());
            variance.add(d.variance()[k].clone());
        }
        return new SignFreeAggregates(draws.get(0).regions(), DrawEstimate.of(norms), DrawEstimate.of(abs),
                DrawEstimate.of(gain), DrawEstimate.of(variance));
    }

    /** The aggregates at the last recorded point of every draw. */
    public static SignFreeAggregates atEnd(List<SimulationResult> draws) {
        return at(draws, draws.get(0).steps() - 1);
    }

    /**
     * Each draw's time averages over the records at t &gt;= {@code burnIn} (row norms, |S|, gains and variances
     * as in {@link LateAverages}), then mean and standard error of those over draws.
     */
    public static SignFreeAggregates late(List<SimulationResult> draws, double burnIn) {
        List<double[]> norms = new ArrayList<>();
        List<double[]> abs = new ArrayList<>();
        List<double[]> gain = new ArrayList<>();
        List<double[]> variance = new ArrayList<>();
        for (SimulationResult d : draws) {
            LateAverages late = LateAverages.of(d.currents(), d.gain(), d.variance(), d.recordStep(), burnIn);
            norms.add(late.rowNorms());
            gain.add(late.gains());
            variance.add(late.variances());
            int first = Math.min(d.steps() - 1, (int) Math.ceil(burnIn / d.recordStep() - 1e-9));
            double[] acc = new double[d.regions() * d.regions()];
            for (int k = first; k < d.steps(); k++) {
                double[] a = SignFree.flatAbs(d.currents()[k]);
                for (int i = 0; i < acc.length; i++) {
                    acc[i] += a[i] / (d.steps() - first);
                }
            }
            abs.add(acc);
        }
        return new SignFreeAggregates(draws.get(0).regions(), DrawEstimate.of(norms), DrawEstimate.of(abs),
                DrawEstimate.of(gain), DrawEstimate.of(variance));
    }

    /** Mean |S^{mu nu}| over draws as an R x R matrix. */
    public double[][] absCurrentMeans() {
        return SignFree.matrix(absCurrents.mean(), regions);
    }

    /** Standard errors of {@link #absCurrentMeans()} as an R x R matrix. */
    public double[][] absCurrentErrors() {
        return SignFree.matrix(absCurrents.standardError(), regions);
    }

    /** The number of draws averaged. */
    public int draws() {
        return rowNorms.draws();
    }
}
