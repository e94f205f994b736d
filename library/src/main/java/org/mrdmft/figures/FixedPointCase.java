package org.mrdmft.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mrdmft.simulation.SimulationResult;

/**
 * One case of fig3 or fig4c: a reciprocal network, its finite-N simulations and the theory's row norms
 * sqrt(A^mu) they are compared with, with the tables of the case's panels.
 *
 * @param network the network
 * @param simulation its simulations
 * @param theoryRowNorms the theory's row norms sqrt(A^mu), one per region
 * @param note what the theory says about the case, e.g. which region stops transmitting
 */
public record FixedPointCase(ReciprocalCase network, CaseSimulation simulation, double[] theoryRowNorms,
                             String note) {
    /** The time window of the current and trace tables. */
    public static final double WINDOW = 50.0;
    /** Neurons per region in the trace table. */
    public static final int TRACES_PER_REGION = 4;

    public FixedPointCase {
        theoryRowNorms = theoryRowNorms.clone();
    }

    @Override
    public double[] theoryRowNorms() {
        return theoryRowNorms.clone();
    }

    /** The case's tables: NAME-parameters, NAME-currents, NAME-traces, NAME-final-currents. */
    public List<DataTable> tables() {
        return List.of(parameters(), currents(), traces(), finalCurrents());
    }

    /** Per region: a, b, g, the sign s and the theory's row norm. */
    public DataTable parameters() {
        ReciprocalCase c = network;
        return DataTable.named(c.name() + "-parameters").column("region", CurrentMatrices.regionAxis(c.regions()))
                .column("a", c.a()).column("b", c.b()).column("g", c.g()).column("sign", c.signs())
                .column("theoryRowNorm", theoryRowNorms).build();
    }

    /** The recorded times t &lt;= WINDOW of the first draw. */
    public double[] windowTimes() {
        SimulationResult first = simulation.draws().get(0);
        int n = Math.min(first.steps(), (int) Math.floor(WINDOW / first.recordStep() + 1e-9) + 1);
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = first.time(k);
        }
        return t;
    }

    /** The currents S^{mu nu}(t) of the first draw over the window: t, S_1_1, S_1_2, ... */
    public DataTable currents() {
        SimulationResult first = simulation.draws().get(0);
        double[] t = windowTimes();
        int r = network.regions();
        DataTable.Builder table = DataTable.named(network.name() + "-currents").column("t", t);
        for (int mu = 0; mu < r; mu++) {
            for (int nu = 0; nu < r; nu++) {
                double[] s = new double[t.length];
                for (int k = 0; k < t.length; k++) {
                    s[k] = first.currents()[k][mu][nu];
                }
                table.column("S_" + (mu + 1) + "_" + (nu + 1), s);
            }
        }
        return table.build();
    }

    /** The activity x_i(t) of the first TRACES_PER_REGION neurons of each region, first draw, over the window. */
    public DataTable traces() {
        SimulationResult first = simulation.draws().get(0);
        double[] t = windowTimes();
        DataTable.Builder table = DataTable.named(network.name() + "-traces").column("t", t);
        for (int mu = 0; mu < network.regions(); mu++) {
            int neurons = Math.min(TRACES_PER_REGION, first.traces()[mu].length);
            for (int i = 0; i < neurons; i++) {
                table.column("x_" + (mu + 1) + "_" + (i + 1), Arrays.copyOf(first.traces()[mu][i], t.length));
            }
        }
        return table.build();
    }

    /** Every draw's final current matrix, row by row: mu, nu, S_draw1, S_draw2, ... */
    public DataTable finalCurrents() {
        int r = network.regions();
        DataTable.Builder table = DataTable.named(network.name() + "-final-currents")
                .column("mu", CurrentMatrices.targets(r)).column("nu", CurrentMatrices.sources(r));
        for (int d = 0; d < simulation.draws().size(); d++) {
            SimulationResult draw = simulation.draws().get(d);
            table.column("S_draw" + (d + 1), CurrentMatrices.flatten(draw.currents()[draw.steps() - 1]));
        }
        return table.build();
    }

    /**
     * The row norms of several cases in one table {@code name}: per case (1-based), region and draw the
     * simulated late-time norm ||S^{mu .}|| beside the theory's sqrt(A^mu).
     */
    public static DataTable rowNormTable(String name, List<FixedPointCase> cases) {
        List<double[]> rows = new ArrayList<>();
        for (int k = 0; k < cases.size(); k++) {
            FixedPointCase c = cases.get(k);
            double[][] norms = c.simulation().rowNorms();
            for (int d = 0; d < norms.length; d++) {
                for (int mu = 0; mu < c.theoryRowNorms.length; mu++) {
                    rows.add(new double[] {k + 1, mu + 1, d + 1, norms[d][mu], c.theoryRowNorms[mu]});
                }
            }
        }
        String[] names = {"case", "region", "draw", "simulation", "theory"};
        DataTable.Builder table = DataTable.named(name);
        for (int c = 0; c < names.length; c++) {
            int cc = c;
            table.column(names[c], rows.stream().mapToDouble(x -> x[cc]).toArray());
        }
        return table.build();
    }
}
