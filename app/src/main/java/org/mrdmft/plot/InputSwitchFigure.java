package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.HeatMapChart;
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.InputSwitch;

/**
 * input-switch (docs/FIGURES.md (input-switch)), drawn from {@link InputSwitch}'s data: the final current
 * matrices of the fig3 case 2 network with an input to region 1 off (I = 0: region 1 isolated on its
 * self-current) and on (I = 2: row and column 1 carry currents).
 */
public final class InputSwitchFigure implements PaperFigure {
    @Override
    public String name() {
        return "input-switch";
    }

    @Override
    public String description() {
        return "fig3 case 2 network with an input to region 1 (I = 0 and 2): final current matrices";
    }

    @Override
    public List<Path> render(Path dir, boolean full) throws IOException {
        InputSwitch.Data data = InputSwitch.compute(full ? InputSwitch.Options.full() : InputSwitch.Options.quick());
        List<Path> files = new ArrayList<>();
        double[] amplitudes = data.amplitudes();
        for (int k = 0; k < amplitudes.length; k++) {
            HeatMapChart chart = CurrentMatrixChart.of(
                    String.format(Locale.ROOT, "final currents S[mu][nu], input I = %.0f", amplitudes[k]),
                    data.finalCurrents().get(k));
            files.addAll(FigureWriter.save(chart, dir.resolve(String.format(Locale.ROOT, "input-switch-I%.0f",
                    amplitudes[k]))));
        }
        for (DataTable t : data.tables()) {
            files.add(CsvTable.write(t, dir));
        }
        return files;
    }
}
