package org.mrdmft.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hipparchus.complex.Complex;
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.FiveRegion;
import org.mrdmft.io.FigureTableWriter;
import org.mrdmft.plot.style.LinePlot;
import org.mrdmft.plot.style.PaperSize;
import org.mrdmft.plot.style.PaperStyle;

/**
 * five-region (docs/FIGURES.md (five-region)): draws the data of {@link FiveRegion}. The eigenvalues of That with
 * circles of radius 1, 2, 3 at equal aspect (a circle stays a circle); for each common g the current magnitude
 * ||S(t)||, the mean gain psi(t) and the region-mean normalised lag slice Dhat(tau) at the midpoint reference time.
 * The colour of g is that of the circle of radius g, the edge of the random bulk at that disorder.
 */
public final class FiveRegionFigure implements PaperFigure {
    @Override
    public String name() {
        return "five-region";
    }

    @Override
    public String description() {
        return "five regions: That spectrum with discs; ||S(t)||, psi(t), Dhat(tau) for g = 0, 1, 2, 3";
    }

    @Override
    public List<Path> render(FigureJob job) throws IOException {
        Path dir = job.dir();
        FiveRegion.Data data = FiveRegion.compute(job.full() ? FiveRegion.Options.full() : FiveRegion.Options.quick(),
                job.progress());
        List<DataTable> tables = data.tables();
        List<Path> files = new ArrayList<>(job.writer().write(spectrum(data.spectrum()).panel(),
                dir.resolve("five-region-spectrum"), PaperSize.COLUMN_SQUARE));
        files.add(FigureTableWriter.write(tables.get(0), dir));
        LinePlot norms = new LinePlot("time t", "‖S(t)‖");
        LinePlot gains = new LinePlot("time t", "mean ψ(t)");
        LinePlot slices = new LinePlot("lag τ", "region mean \\hat{\\Delta}(τ)");
        for (FiveRegion.Course c : data.courses()) {
            String label = String.format(Locale.ROOT, "g = %.3g", c.disorder());
            int colour = (int) Math.round(c.disorder());
            norms.line(label, c.time(), c.currentNorm(), colour, 0);
            gains.line(label, c.time(), c.meanGain(), colour, 0);
            slices.line(label, c.lag(), c.meanDhat(), colour, 0);
        }
        files.addAll(job.writer().write(norms.panel(), dir.resolve("five-region-currents"), PaperSize.COLUMN));
        files.addAll(job.writer().write(gains.panel(), dir.resolve("five-region-gain"), PaperSize.COLUMN));
        files.addAll(job.writer().write(slices.panel(), dir.resolve("five-region-lag-slices"), PaperSize.COLUMN));
        files.add(FigureTableWriter.write(tables.get(1), dir));
        files.add(FigureTableWriter.write(tables.get(2), dir));
        return files;
    }

    private static ComplexPlane spectrum(List<Complex> eig) {
        ComplexPlane plane = new ComplexPlane();
        for (int radius = 1; radius <= 3; radius++) {
            plane.circle("radius " + radius, radius, PaperStyle.color(radius), PaperStyle.line(0));
        }
        return plane.points("eigenvalues of \\hat{T}", eig.stream().mapToDouble(Complex::getReal).toArray(),
                eig.stream().mapToDouble(Complex::getImaginary).toArray(), java.awt.Color.BLACK, LinePlot.circle(3.5));
    }
}
