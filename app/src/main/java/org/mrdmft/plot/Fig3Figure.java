package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mrdmft.simulation.SimulationScheme;
import org.mrdmft.simulation.SimulationSettings;

/**
 * fig3: fixed points of five reciprocally coupled regions without disorder (R = 5, U = I, g = 0), three cases
 * of docs/FIGURES.md (fig3), simulated at finite N against the theory: every region settles on the current norm
 * sqrt((2/pi)(max(a, b)^2 - 1)) of the loop that pins it, and a region with a &gt; b keeps only its
 * self-current and stops transmitting. Simulations as the paper's: forward Euler, dt = 0.05,
 * x(0) = 2.5 sum_nu z^nu m^{mu nu} / sqrt(R); quick: N = 2000, T = 200, 3 draws; {@code --full}: N = 100,000,
 * T = 400, 5 draws. Row norms are averaged over the second half of the run.
 */
public final class Fig3Figure implements PaperFigure {
    static final long SEED = 3L;

    @Override
    public String name() {
        return "fig3";
    }

    @Override
    public String description() {
        return "R = 5, reciprocal, g = 0, three cases: currents, final current matrix, row norms vs theory";
    }

    /** The simulation of the quick or the published resolution (the record step is 0.25 as the paper's). */
    static SimulationSettings settings(boolean full) {
        double duration = full ? 400.0 : 200.0;
        return new SimulationSettings(full ? 100_000 : 2000, 0.05, duration, full ? 5 : 3, SEED,
                SimulationScheme.EULER, 5, duration / 2, 0, false);
    }

    /** sqrt((2/pi)(max(a, b)^2 - 1)) per region: the norm of the loop that pins it. */
    static double[] theory(ReciprocalCase c) {
        double[] out = new double[c.regions()];
        for (int mu = 0; mu < out.length; mu++) {
            double pin = Math.max(c.a()[mu], c.b()[mu]);
            out[mu] = Math.sqrt(2.0 / Math.PI * (pin * pin - 1.0));
        }
        return out;
    }

    /** Which regions keep only their self-current (a &gt; b), for the titles. */
    static String note(ReciprocalCase c) {
        List<String> self = new ArrayList<>();
        for (int mu = 0; mu < c.regions(); mu++) {
            if (c.a()[mu] > c.b()[mu]) {
                self.add(Integer.toString(mu + 1));
            }
        }
        return self.isEmpty() ? "every region routes"
                : "a > b: region" + (self.size() > 1 ? "s " : " ") + String.join(", ", self) + " self-current only";
    }

    @Override
    public List<Path> render(Path dir, boolean full) throws IOException {
        SimulationSettings settings = settings(full);
        List<Path> files = new ArrayList<>();
        RowNormTable norms = new RowNormTable();
        List<ReciprocalCase> cases = ReciprocalCase.fig3();
        for (int k = 0; k < cases.size(); k++) {
            ReciprocalCase c = cases.get(k);
            CaseSimulation sim = CaseSimulation.run(c.model(), settings);
            double[] theory = theory(c);
            files.addAll(new FixedPointCasePanels(c, sim, theory, "theory sqrt((2/pi)(max(a,b)^2 - 1))", note(c))
                    .write(dir));
            norms.add(k + 1, sim, theory);
        }
        files.add(norms.write(dir.resolve("fig3-row-norms.csv")));
        files.add(SimulationNote.write(dir.resolve("fig3-simulation.csv"), settings));
        return files;
    }
}
