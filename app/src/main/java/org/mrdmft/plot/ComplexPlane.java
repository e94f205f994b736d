package org.mrdmft.plot;

import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.util.HashSet;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.mrdmft.plot.style.LinePlot;
import org.mrdmft.plot.style.MathLegend;
import org.mrdmft.plot.style.Panel;

/**
 * A complex plane: eigenvalues as markers, circles (the edge of a random bulk, the unit circle) and vertical
 * reference lines (Re λ = 1, where a fixed point loses stability), with a {@link MathLegend} of the labelled series
 * above. A {@link LinePlot} whose ranges are fixed to the data with a margin; drawn through
 * {@link Panel#equalAspect} so that circles stay circles at every printed size.
 */
final class ComplexPlane {
    /** Fraction of the data span added on each side. */
    static final double MARGIN = 0.08;
    /** Markers closer than this fraction of the data span are drawn once. */
    static final double RESOLUTION = 1.0 / 250;

    private final LinePlot plot = new LinePlot("Re λ", "Im λ").horizontalLine(0);
    private double minRe = Double.POSITIVE_INFINITY;
    private double maxRe = Double.NEGATIVE_INFINITY;
    private double minIm = Double.POSITIVE_INFINITY;
    private double maxIm = Double.NEGATIVE_INFINITY;

    /**
     * Markers at (re_k, im_k); {@code label} null keeps them out of the legend. A marker that would land on one
     * already drawn (closer than {@link #RESOLUTION} of the larger span) is left out: it adds nothing to see and
     * keeps the vector files small.
     */
    ComplexPlane points(String label, double[] re, double[] im, Paint paint, Shape shape) {
        double span = 1e-12;
        for (int i = 0; i < re.length; i++) {
            span = Math.max(span, Math.max(Math.abs(re[i]), Math.abs(im[i])));
        }
        double cell = 2 * span * RESOLUTION;
        Set<Long> seen = new HashSet<>();
        double[] keptRe = new double[re.length];
        double[] keptIm = new double[re.length];
        int n = 0;
        for (int i = 0; i < re.length; i++) {
            long key = Math.round(re[i] / cell) * 1_000_003L + Math.round(im[i] / cell);
            if (seen.add(key)) {
                keptRe[n] = re[i];
                keptIm[n++] = im[i];
            }
        }
        plot.points(label, java.util.Arrays.copyOf(keptRe, n), java.util.Arrays.copyOf(keptIm, n), paint, shape);
        include(keptRe, keptIm, n);
        return this;
    }

    /** A circle of {@code radius} about 0. */
    ComplexPlane circle(String label, double radius, Paint paint, Stroke stroke) {
        int n = 181;
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            re[i] = radius * Math.cos(2 * Math.PI * i / (n - 1));
            im[i] = radius * Math.sin(2 * Math.PI * i / (n - 1));
        }
        plot.line(label, re, im, paint, stroke);
        include(re, im, n);
        return this;
    }

    /** A thin grey vertical line at Re = {@code re}. */
    ComplexPlane vertical(double re) {
        plot.verticalLine(re);
        include(new double[] {re}, new double[] {0}, 1);
        return this;
    }

    /**
     * The chart, its ranges the data's with a margin of {@link #MARGIN} of the larger span; draw it with
     * {@link Panel#equalAspect} (as {@link #panel()} does) for equal units on both axes.
     */
    JFreeChart chart() {
        double spanRe = Math.max(maxRe - minRe, 1e-3);
        double spanIm = Math.max(maxIm - minIm, 1e-3);
        double m = MARGIN * Math.max(spanRe, spanIm);
        return plot.xRange(minRe - m, maxRe + m).yRange(minIm - m, maxIm + m).chart();
    }

    /** The chart as a panel at equal aspect. */
    Panel panel() {
        return Panel.equalAspect(chart());
    }

    private void include(double[] re, double[] im, int n) {
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(re[i]) && Double.isFinite(im[i])) {
                minRe = Math.min(minRe, re[i]);
                maxRe = Math.max(maxRe, re[i]);
                minIm = Math.min(minIm, im[i]);
                maxIm = Math.max(maxIm, im[i]);
            }
        }
    }
}
