package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.InputSwitch;
import org.mrdmft.plot.style.Panel;

/**
 * input-switch (docs/FIGURES.md (input-switch)), drawn from {@link InputSwitch}'s data: the final current
 * matrices of the fig3 case 2 network with an input to region 1 off (I = 0: region 1 isolated on its
 * self-current) and on (I = 2: row and column 1 carry currents), on the diverging scale of
 * {@link CurrentMatrixChart}.
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
    public List<Path> render(FigureJob job) throws IOException {
        InputSwitch.Data data = InputSwitch.compute(job.full() ? InputSwitch.Options.full()
                : InputSwitch.Options.quick(), job.progress());
        List<Path> files = new ArrayList<>();
        double[] amplitudes = data.amplitudes();
        for (int k = 0; k < amplitudes.length; k++) {
            JFreeChart chart = CurrentMatrixChart.chart(data.finalCurrents().get(k));
            GridMap.titled(chart, String.format(Locale.ROOT, "input to region 1: I = %.3g", amplitudes[k]));
            files.addAll(job.writer().write(Panel.of(chart), job.dir().resolve(String.format(Locale.ROOT,
                    "input-switch-I%.0f", amplitudes[k])), CurrentMatrixChart.SIZE));
        }
        for (DataTable t : data.tables()) {
            files.add(CsvTable.write(t, job.dir()));
        }
        return files;
    }
}
