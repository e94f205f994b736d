package org.mrdmft.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.dynamics.DynamicsClassifier;
import org.mrdmft.dmft.TransientProblem;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dmft.TransientSolvers;
import org.mrdmft.dynamics.Attractor;
import org.mrdmft.dynamics.AttractorCensus;
import org.mrdmft.dynamics.DynamicsClassification;
import org.mrdmft.dynamics.DynamicsLabel;
import org.mrdmft.dynamics.PaperClassifier;
import org.mrdmft.dynamics.RegionDynamics;
import org.mrdmft.model.NetworkModel;

/**
 * The fig6 solves at one disorder g1 of region 1 (g2 = g3 = 0, Nt = 3000, dt = 0.05) from several seeded
 * initial currents S(0) ~ U(0, 1): each start classified (the default currents rule and the paper's rule) and
 * the starts grouped into attractors.
 *
 * @param g1 region 1's disorder
 * @param model the network
 * @param results one solve per start (seed = start index)
 * @param dynamics the currents rule's classification per start
 * @param paperLabels the paper rule's labels per start
 * @param attractors the attractors found, with the share of starts reaching each
 */
record Fig6Runs(double g1, NetworkModel model, List<TransientResult> results, List<List<RegionDynamics>> dynamics,
                List<List<DynamicsLabel>> paperLabels, List<Attractor> attractors) {
    /** Time points per solve. */
    static final int STEPS = 3000;

    /** Solves {@code starts} seeded starts (in parallel; the results do not depend on it). */
    static Fig6Runs solve(double[][][] tensor, double g1, int starts) {
        NetworkModel model = NetworkModel.of(new double[] {g1, 0, 0}, tensor);
        List<TransientResult> results = IntStream.range(0, starts).parallel().mapToObj(seed -> {
            DmftSettings s = DmftSettings.defaults().withDt(0.05, STEPS).withSeed(seed);
            TransientProblem p = new TransientProblem(model, s);
            return TransientSolvers.forProblem(p).solve(p);
        }).toList();
        List<List<RegionDynamics>> dynamics = new ArrayList<>();
        List<List<DynamicsLabel>> paper = new ArrayList<>();
        for (TransientResult r : results) {
            dynamics.add(DynamicsClassification.classify(r, model, DynamicsClassifier.CURRENTS));
            paper.add(PaperClassifier.classify(r));
        }
        return new Fig6Runs(g1, model, results, dynamics, paper, AttractorCensus.of(results, dynamics));
    }
}
