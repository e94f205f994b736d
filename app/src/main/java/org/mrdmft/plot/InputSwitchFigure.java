package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.Well19937c;
import org.knowm.xchart.HeatMapChart;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.dmft.TransientProblem;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dmft.TransientSolvers;
import org.mrdmft.model.InputDrive;
import org.mrdmft.model.InputPhase;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.model.Nonlinearity;

/**
 * input-switch: routing switched by an input (R = 5, g = 0, the fig3 case 2 network). An input to region 1
 * with V^{mu 1} = 0.1 for mu = 2..5: off (I^1 = 0), region 1 is isolated on its self-current; on (I^1 = 2), its
 * self-current dies and row and column 1 carry currents. Drive V I without the gain, as in the authors'
 * script ({@code inputs.gainScaled: false}); S(0) ~ U(-1, 1), seeded; run to the fixed point (t = 1000).
 */
public final class InputSwitchFigure implements PaperFigure {
    static final double[] A = {2.56497381, 1.97552974, 1.97887313, 1.95708126, 2.03461631};
    static final double[] B = {1.90793845, 2.56979247, 2.46955172, 2.51276156, 2.49002518};
    static final double[] SIGNS = {1, -1, 1, -1, 1};
    static final double[] AMPLITUDES = {0.0, 2.0};

    @Override
    public String name() {
        return "input-switch";
    }

    @Override
    public String description() {
        return "fig3 case 2 network with an input to region 1 (I = 0 and 2): final current matrices";
    }

    /** The final currents with input amplitude I^1 = amplitude. */
    static double[][] finalCurrents(double amplitude) {
        double[][] v = new double[5][5];
        for (int mu = 1; mu < 5; mu++) {
            v[mu][0] = 0.1;
        }
        InputDrive in = new InputDrive(v, List.of(new InputPhase(0, Double.POSITIVE_INFINITY,
                new double[] {amplitude, 0, 0, 0, 0})), false);
        NetworkModel m = new NetworkModel(5, Nonlinearity.ERF, new double[5], new double[5][5],
                InteractionTensors.reciprocal(A, B, SIGNS), NetworkModel.identityOverlaps(5), in);
        Well19937c rng = new Well19937c(1);
        double[][] s0 = new double[5][5];
        for (double[] row : s0) {
            for (int nu = 0; nu < 5; nu++) {
                row[nu] = 2 * rng.nextDouble() - 1;
            }
        }
        DmftSettings s = DmftSettings.defaults().withDt(0.1, 10_001).withInitialCurrents(s0);
        TransientProblem p = new TransientProblem(m, s);
        TransientResult r = TransientSolvers.forProblem(p).solve(p);
        return r.finalCurrents();
    }

    @Override
    public List<Path> render(Path dir, boolean full) throws IOException {
        List<Path> files = new ArrayList<>();
        CsvTable table = new CsvTable();
        for (double amp : AMPLITUDES) {
            double[][] s = finalCurrents(amp);
            HeatMapChart chart = CurrentMatrixChart.of(
                    String.format(java.util.Locale.ROOT, "final currents S[mu][nu], input I = %.0f", amp), s);
            String base = String.format(java.util.Locale.ROOT, "input-switch-I%.0f", amp);
            files.addAll(FigureWriter.save(chart, dir.resolve(base)));
            table.column(String.format(java.util.Locale.ROOT, "S_I%.0f", amp), CurrentMatrixChart.flatten(s));
        }
        CsvTable full5 = new CsvTable().column("mu", CurrentMatrixChart.targets(5))
                .column("nu", CurrentMatrixChart.sources(5));
        files.add(table.write(dir.resolve("input-switch-values.csv")));
        files.add(full5.write(dir.resolve("input-switch-index.csv")));
        return files;
    }
}
