package org.mrdmft.plot;

import org.mrdmft.dmft.TransientResult;
import org.mrdmft.plot.style.LinePlot;
import org.mrdmft.plot.style.PaperSize;
import org.mrdmft.plot.style.PaperStyle;
import org.mrdmft.plot.style.Panel;

/**
 * The currents S^{μν}(t) of a transient run, one line per pair in its own colour and line style (so that currents
 * that coincide, as S^{12} and S^{21} of a symmetric network do, stay visible as a dashed line over a solid one),
 * with a legend of S^{μν}.
 */
public final class CurrentsPlot {
    /** Most points kept per line; longer runs are sub-sampled evenly (the writer thins further). */
    static final int MAX_POINTS = 20_000;

    private CurrentsPlot() {
    }

    /** The plot. */
    public static Panel of(TransientResult r) {
        int stride = Math.max(1, (r.steps() + MAX_POINTS - 1) / MAX_POINTS);
        int n = (r.steps() + stride - 1) / stride;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = r.time(i * stride);
        }
        int regions = r.regions();
        LinePlot plot = new LinePlot("time t", "current S^{\\mu\\nu}");
        for (int mu = 0; mu < regions; mu++) {
            for (int nu = 0; nu < regions; nu++) {
                double[] s = new double[n];
                for (int i = 0; i < n; i++) {
                    s[i] = r.currents()[i * stride][mu][nu];
                }
                int k = mu * regions + nu;
                plot.line(symbol(mu, nu), t, s, k, k % PaperStyle.lineStyles());
            }
        }
        return plot.horizontalLine(0).tightX().panel();
    }

    /** The printed size: one column, taller when the legend needs more rows. */
    public static PaperSize size(int regions) {
        return PaperSize.column(2.5 + 0.16 * Math.ceil(regions * regions / 5.0));
    }

    /** "S 1←2" for the current from region nu = 2 to region mu = 1 (0-based arguments), for text output. */
    public static String label(int mu, int nu) {
        return "S " + (mu + 1) + "\u2190" + (nu + 1);
    }

    /** MathText of S^{μν} with 1-based region numbers, e.g. "S^{12}" (a comma between numbers above 9). */
    public static String symbol(int mu, int nu) {
        String sep = mu >= 9 || nu >= 9 ? "," : "";
        return "S^{" + (mu + 1) + sep + (nu + 1) + "}";
    }
}
