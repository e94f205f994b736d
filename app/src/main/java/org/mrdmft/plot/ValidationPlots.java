package org.mrdmft.plot;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mrdmft.plot.style.LinePlot;
import org.mrdmft.plot.style.LogTicksAxis;
import org.mrdmft.plot.style.PaperSize;
import org.mrdmft.plot.style.PaperStyle;
import org.mrdmft.plot.style.Panel;
import org.mrdmft.validation.ErrorScaling;
import org.mrdmft.validation.ObservableComparison;
import org.mrdmft.validation.ValidationReport;

/**
 * The figures of a validate run: the error of each observable against N on log-log axes with an N^(−1/2)
 * guide, and Δ(τ) of theory (lines) over simulation (points) at the largest N. Observables are named by their
 * symbols: ‖S^{μ·}‖ (row norm), ψ^μ (gain), Δ^μ(0) (variance), Δ^μ(τ) (autocorrelation at lag τ).
 */
public final class ValidationPlots {
    /** Printed size of each figure. */
    static final PaperSize SIZE = PaperSize.column(3.0);

    private ValidationPlots() {
    }

    public static List<Path> write(ValidationReport r, Path dir) throws IOException {
        List<Path> files = new ArrayList<>(FigureWriter.save(errors(r), dir.resolve("validate-errors"), SIZE));
        files.addAll(FigureWriter.save(autocorrelation(r), dir.resolve("validate-autocorrelation"), SIZE));
        return files;
    }

    /** The symbol (MathText markup) of observable {@code name} of region {@code region} (0-based). */
    static String symbol(String name, int region) {
        String mu = String.valueOf(region + 1);
        if (name.equals("rowNorm")) {
            return "\u2016S^{" + mu + "\\cdot}\u2016";
        }
        if (name.equals("gain")) {
            return "\\psi^{" + mu + "}";
        }
        if (name.equals("variance")) {
            return "\\Delta^{" + mu + "}(0)";
        }
        if (name.startsWith("autocorrelation(") && name.endsWith(")")) {
            return "\\Delta^{" + mu + "}(" + trim(name.substring("autocorrelation(".length(), name.length() - 1)) + ")";
        }
        return name + " " + mu;
    }

    private static String trim(String number) {
        return number.endsWith(".0") ? number.substring(0, number.length() - 2) : number;
    }

    static Panel errors(ValidationReport r) {
        LinePlot plot = new LinePlot(new LogTicksAxis("neurons per region N"),
                new LogTicksAxis("|simulation \\minus theory|"));
        int k = 0;
        double maxError = 0;
        for (ErrorScaling s : r.scalings()) {
            List<ObservableComparison> rows = r.comparisons().stream().filter(c -> c.observable().equals(s.observable())
                    && c.region() == s.region()).toList();
            double[] n = rows.stream().mapToDouble(ObservableComparison::neurons).toArray();
            double[] e = rows.stream().mapToDouble(c -> Math.max(c.error(), 1e-12)).toArray();
            maxError = Math.max(maxError, Arrays.stream(e).max().orElse(0));
            plot.line(null, n, e, k, 0);
            plot.points(symbol(s.observable(), s.region()), n, e, PaperStyle.color(k), LinePlot.circle(LinePlot.MARKER));
            k++;
        }
        double[] n = r.comparisons().stream().mapToDouble(ObservableComparison::neurons).distinct().sorted().toArray();
        double[] guide = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            guide[i] = Math.max(maxError, 1e-12) * Math.sqrt(n[0] / n[i]);
        }
        plot.line("N^{\u22121/2}", n, guide, Color.BLACK, PaperStyle.line(1));
        return plot.panel();
    }

    static Panel autocorrelation(ValidationReport r) {
        LinePlot plot = new LinePlot("lag \\tau", "\\Delta^{\\mu}(\\tau)");
        for (int mu = 0; mu < r.theoryAutocorrelation().length; mu++) {
            plot.line("theory, \\mu = " + (mu + 1), r.lags(), r.theoryAutocorrelation()[mu], mu, 0);
            plot.points("simulation, \\mu = " + (mu + 1), r.lags(), r.simulatedAutocorrelation()[mu], mu);
        }
        return plot.panel();
    }
}
