package org.mrdmft.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.dmft.TransientProblem;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dmft.TransientSolvers;
import org.mrdmft.dynamics.DynamicsClassification;
import org.mrdmft.dmft.DynamicsClassifier;
import org.mrdmft.dynamics.DynamicsLabel;
import org.mrdmft.dynamics.RegionDynamics;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.simulation.NetworkSimulator;
import org.mrdmft.simulation.SimulationEnsemble;
import org.mrdmft.simulation.SimulationScheme;
import org.mrdmft.simulation.SimulationSettings;
import org.mrdmft.stationary.FixedPoint;
import org.mrdmft.stationary.StationaryAnalysis;
import org.mrdmft.stationary.StationaryBranch;
import org.mrdmft.stationary.StationaryResult;
import org.mrdmft.stationary.StationarySettings;
import org.mrdmft.sweep.SweepPlan;
import org.mrdmft.sweep.SweepRow;
import org.mrdmft.sweep.SweepRunner;
import org.mrdmft.sweep.SweepSpec;
import org.mrdmft.sweep.SweepSpecReader;
import org.mrdmft.sweep.TransientRowSolver;
import org.mrdmft.validation.ValidationProblem;
import org.mrdmft.validation.ValidationReport;
import org.mrdmft.validation.ValidationRun;
import org.mrdmft.validation.ValidationSettings;

/**
 * The facade returns what the engines return when called directly, and the numbers obey the reciprocal
 * case's closed forms (docs/MODEL.md section 3): a region pinned at psi = 1/b has D0 = (2/pi)(b^2 - 1).
 */
class MrdmftTest {
    private static final double C = 2 / Math.PI;
    /** Two regions routing through a pair loop b = 2 (a = 0), without disorder. */
    private static final NetworkModel ROUTING = Network.regions(2).disorder(0.0)
            .reciprocal(new double[] {0, 0}, new double[] {2, 2}).build();

    @Test
    void solveIsTheTransientEngineAndReachesThePinnedFixedPoint() {
        DmftSettings settings = DmftSettings.defaults();
        TransientResult api = Mrdmft.solve(ROUTING, settings);
        TransientProblem problem = new TransientProblem(ROUTING, settings);
        TransientResult direct = TransientSolvers.forProblem(problem).solve(problem);
        assertThat(api.currents()).isDeepEqualTo(direct.currents());
        assertThat(api.gain()).isDeepEqualTo(direct.gain());
        int last = api.steps() - 1;
        for (int mu = 0; mu < 2; mu++) {
            assertThat(api.gain()[last][mu]).isCloseTo(1 / 2.0, within(1e-6));
            double[] row = api.finalCurrents()[mu];
            assertThat(Math.hypot(row[0], row[1])).isCloseTo(Math.sqrt(C * 3), within(1e-6));
        }
    }

    @Test
    void classifyLabelsAFixedPointAndRefusesATooShortSolve() {
        TransientResult result = Mrdmft.solve(ROUTING, DmftSettings.defaults().withDt(0.05, 1500));
        List<RegionDynamics> api = Mrdmft.classify(result, ROUTING, DynamicsClassifier.CURRENTS);
        assertThat(api).isEqualTo(DynamicsClassification.classify(result, ROUTING, DynamicsClassifier.CURRENTS));
        assertThat(DynamicsClassification.labels(api)).containsOnly(DynamicsLabel.FIXED_POINT);
        TransientResult tooShort = Mrdmft.solve(ROUTING, DmftSettings.defaults().withDt(0.05, 5));
        assertThat(Mrdmft.canClassify(tooShort)).isFalse();
        assertThatThrownBy(() -> Mrdmft.classify(tooShort, ROUTING, DynamicsClassifier.PAPER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be classified");
    }

    @Test
    void solveStationaryIsTheAnalysisAndFindsTheStaticBranchBelowTheOnset() {
        // one region with self-loop b = 2, g = 1 below g_c = (2 b^2 - 1)^(1/4) = 1.63: static, D0 = c (b^2 - 1)
        NetworkModel region = Network.regions(1).disorder(1.0).reciprocal(new double[] {2}, new double[] {2}).build();
        StationarySettings settings = StationarySettings.defaults();
        StationaryResult api = Mrdmft.solveStationary(region, settings);
        StationaryResult direct = new StationaryAnalysis(region).analyse(settings);
        FixedPoint fp = api.representative();
        assertThat(fp.currents()).isDeepEqualTo(direct.representative().currents());
        assertThat(api.correlations().get(api.representativeIndex()))
                .isDeepEqualTo(direct.correlations().get(direct.representativeIndex()));
        assertThat(fp.regions().get(0).branch()).isEqualTo(StationaryBranch.STATIC);
        assertThat(fp.regions().get(0).delta0()).isCloseTo(C * 3, within(1e-9));
        assertThat(fp.gain()[0]).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void simulateIsTheSimulator() {
        SimulationSettings settings = new SimulationSettings(120, 0.05, 5.0, 2, 7L, SimulationScheme.RK4, 1, 1.0, 1,
                false);
        SimulationEnsemble api = Mrdmft.simulate(ROUTING, settings);
        SimulationEnsemble direct = new SimulationEnsemble(new NetworkSimulator(ROUTING, settings)
                .run(ProgressListener.NONE));
        assertThat(api.draws()).hasSize(2);
        assertThat(api.meanAbsCurrents()).isDeepEqualTo(direct.meanAbsCurrents());
        assertThat(api.meanGain()).isDeepEqualTo(direct.meanGain());
        // region nu's vectors (n^{mu nu}, m^{nu rho}) have <n^{21} m^{12}> = T^{212} = b = 2 and <m m> = 1: their
        // covariance is positive-definite only with a read-out variance sigma_n^2 > b^2 = 4, so both regions adapt
        List<String> notes = Mrdmft.simulationNotes(ROUTING, settings);
        assertThat(notes).isEqualTo(new NetworkSimulator(ROUTING, settings).sampler().warnings()).hasSize(2);
        for (String note : notes) {
            double sigma2 = Double.parseDouble(note.replaceAll(".*raised to ([0-9.]+).*", "$1"));
            assertThat(sigma2).isGreaterThan(4.0);
        }
    }

    @Test
    void validateIsTheValidationRun() {
        SimulationSettings simulation = new SimulationSettings(100, 0.05, 30.0, 2, 4L, SimulationScheme.RK4, 1, 15.0,
                1, false);
        ValidationSettings check = new ValidationSettings(new int[] {150}, 0.05, 0.02, 0.05, 0.03,
                new double[] {0, 2}, 0);
        ValidationProblem problem = ValidationProblem.of(ROUTING, DmftSettings.defaults().withDt(0.05, 700),
                simulation, check);
        ValidationReport api = Mrdmft.validate(problem);
        ValidationReport direct = new ValidationRun(problem).run(ProgressListener.NONE);
        assertThat(api.comparisons()).isEqualTo(direct.comparisons());
        assertThat(api.pass()).isEqualTo(direct.pass());
        // the theory's row norm is the closed form sqrt(c (b^2 - 1))
        assertThat(api.comparisons().stream().filter(c -> c.observable().equals("rowNorm")).findFirst()
                .orElseThrow().theory()).isCloseTo(Math.sqrt(C * 3), within(1e-4));
    }

    @Test
    void sweepRunsTheRowsInProcessWhateverTheThreadCount() throws InterruptedException {
        ObjectNode tree = (ObjectNode) JsonNodeFactory.instance.objectNode().put("name", "self-loop");
        ObjectNode base = tree.putObject("base");
        base.put("regions", 1).put("disorder", 0.0);
        ObjectNode rec = base.putObject("interactions").putObject("reciprocal");
        rec.putArray("a").add(2.0);
        rec.putArray("b").add(2.0);
        base.putObject("dmft").put("steps", 800);
        ObjectNode axis = tree.putArray("axes").addObject().put("key", "interactions.reciprocal.a.0");
        axis.putArray("values").add(1.5).add(2.0).add(3.0);
        SweepSpec spec = SweepSpecReader.parse(tree, Path.of("."), "self-loop");
        List<SweepRow> api = Mrdmft.sweep(spec, 2, ProgressListener.NONE);
        List<SweepRow> direct = new SweepRunner(new TransientRowSolver(), 1, ProgressListener.NONE)
                .run(new SweepPlan(spec));
        assertThat(api).hasSize(3);
        double[] a = {1.5, 2.0, 3.0};
        for (int k = 0; k < 3; k++) {
            assertThat(api.get(k).gain()).containsExactly(direct.get(k).gain());
            assertThat(api.get(k).labels()).isEqualTo(direct.get(k).labels());
            // one region's T is its self-loop a (c = b + a - b); with g = 0 it settles where psi = 1/a
            assertThat(api.get(k).gain()[0]).isCloseTo(1 / a[k], within(1e-6));
        }
    }
}
