package org.mrdmft.plot;

import java.awt.Color;
import java.awt.Shape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mrdmft.plot.style.LinePlot;
import org.mrdmft.plot.style.LogTicksAxis;
import org.mrdmft.plot.style.MathLegend;
import org.mrdmft.plot.style.PaperSize;
import org.mrdmft.plot.style.PaperStyle;
import org.mrdmft.plot.style.Panel;
import org.mrdmft.validation.ErrorScaling;
import org.mrdmft.validation.ObservableComparison;
import org.mrdmft.validation.ValidationReport;

/**
 * The figures of a validate run: the error of each observable against N on log-log axes with an N^(−1/2)
 * guide, and Δ(τ) of theory (lines, one style per region) over simulation (points) at the largest N. Observables are named by their
 * symbols: ‖S^{μ·}‖ (row norm), ψ^μ (gain), Δ^μ(t, t) (variance), Δ^μ(τ) (autocorrelation at lag τ).
 */
public final class ValidationPlots {
    /** Printed size of the autocorrelation figure. */
    static final PaperSize SIZE = PaperSize.column(2.8);
    /** Printed size of the error figure: taller, for the legend of every observable. */
    static final PaperSize ERRORS = PaperSize.column(3.3);

    private ValidationPlots() {
    }

    public static List<Path> write(ValidationReport r, Path dir) throws IOException {
        List<Path> files = new ArrayList<>(FigureWriter.save(errors(r), dir.resolve("validate-errors"), ERRORS));
        files.addAll(FigureWriter.save(autocorrelation(r), dir.resolve("validate-autocorrelation"), SIZE));
        return files;
    }

    /** The symbol (MathText markup) of observable {@code name} of region {@code region} (0-based; -1 for μ). */
    static String symbol(String name, int region) {
        String mu = region < 0 ? "\\mu" : String.valueOf(region + 1);
        if (name.equals("rowNorm")) {
            return "\u2016S^{" + mu + "\\cdot}\u2016";
        }
        if (name.equals("gain")) {
            return "\\psi^{" + mu + "}";
        }
        if (name.equals("variance")) {
            return "\\Delta^{" + mu + "}(t, t)";
        }
        if (name.startsWith("autocorrelation(") && name.endsWith(")")) {
            return "\\Delta^{" + mu + "}(\\tau = " + trim(name.substring("autocorrelation(".length(),
                    name.length() - 1)) + ")";
        }
        return name + " " + mu;
    }

    private static String trim(String number) {
        return number.endsWith(".0") ? number.substring(0, number.length() - 2) : number;
    }

    /**
     * Error against N: colour and line style by observable (observables with equal errors show as interleaved
     * dashes), marker by region (filled circle, square, diamond, ...),
     * with the N^(−1/2) guide through the largest error at the smallest N.
     */
    static Panel errors(ValidationReport r) {
        LinePlot plot = new LinePlot(new LogTicksAxis("neurons per region N"),
                new LogTicksAxis("|simulation \\minus theory|"));
        List<String> observables = r.scalings().stream().map(ErrorScaling::observable).distinct().toList();
        int regions = r.scalings().stream().mapToInt(ErrorScaling::region).max().orElse(0) + 1;
        double maxError = 0;
        for (ErrorScaling s : r.scalings()) {
            List<ObservableComparison> rows = r.comparisons().stream().filter(c -> c.observable().equals(s.observable())
                    && c.region() == s.region()).toList();
            double[] n = rows.stream().mapToDouble(ObservableComparison::neurons).toArray();
            double[] e = rows.stream().mapToDouble(c -> Math.max(c.error(), 1e-12)).toArray();
            maxError = Math.max(maxError, Arrays.stream(e).max().orElse(0));
            int k = observables.indexOf(s.observable());
            plot.line(null, n, e, PaperStyle.color(k), PaperStyle.stroke(0.9f, k));
            plot.points(null, n, e, PaperStyle.color(k), marker(s.region()));
        }
        for (int k = 0; k < observables.size(); k++) {
            plot.legendEntry(MathLegend.Entry.line(symbol(observables.get(k), -1), PaperStyle.color(k),
                    PaperStyle.stroke(1.2f, k)));
        }
        for (int mu = 0; mu < regions; mu++) {
            plot.legendEntry(MathLegend.Entry.marker("\\mu = " + (mu + 1), Color.DARK_GRAY, marker(mu)));
        }
        double[] n = r.comparisons().stream().mapToDouble(ObservableComparison::neurons).distinct().sorted().toArray();
        double[] guide = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            guide[i] = Math.max(maxError, 1e-12) * Math.sqrt(n[0] / n[i]);
        }
        plot.line("N^{\u22121/2}", n, guide, Color.BLACK, PaperStyle.line(1));
        return plot.panel();
    }

    /** The marker of region {@code mu}. */
    private static Shape marker(int mu) {
        return switch (mu % 3) {
            case 0 -> LinePlot.circle(3.6);
            case 1 -> FixedPointCasePanels.square(3.2);
            default -> FixedPointCasePanels.diamond(4.2);
        };
    }

    static Panel autocorrelation(ValidationReport r) {
        LinePlot plot = new LinePlot("lag \\tau", "\\Delta^{\\mu}(\\tau)");
        for (int mu = 0; mu < r.theoryAutocorrelation().length; mu++) {
            plot.line("theory, \\mu = " + (mu + 1), r.lags(), r.theoryAutocorrelation()[mu], mu, mu);
            plot.points("simulation, \\mu = " + (mu + 1), r.lags(), r.simulatedAutocorrelation()[mu], mu);
        }
        return plot.panel();
    }
}
