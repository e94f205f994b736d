package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The row norms of fig3 / fig4c in one CSV: per case, region and draw the simulated late-time norm
 * ||S^{mu .}|| beside the theory's sqrt(A^mu).
 */
final class RowNormTable {
    private final List<double[]> rows = new ArrayList<>();

    /** Adds every region and draw of case {@code k} (1-based). */
    void add(int k, CaseSimulation sim, double[] theory) {
        for (int d = 0; d < sim.rowNorms().length; d++) {
            for (int mu = 0; mu < theory.length; mu++) {
                rows.add(new double[] {k, mu + 1, d + 1, sim.rowNorms()[d][mu], theory[mu]});
            }
        }
    }

    Path write(Path file) throws IOException {
        String[] names = {"case", "region", "draw", "simulation", "theory"};
        CsvTable table = new CsvTable();
        for (int c = 0; c < names.length; c++) {
            int cc = c;
            table.column(names[c], rows.stream().mapToDouble(x -> x[cc]).toArray());
        }
        return table.write(file);
    }
}
