package org.mrdmft.plot;

import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.mrdmft.plot.style.MathLegend;
import org.mrdmft.plot.style.Panel;
import org.mrdmft.plot.style.PaperStyle;

/**
 * A complex plane at equal aspect ({@link EqualAspectPlot}): eigenvalues as markers, circles (the edge of a random
 * bulk, the unit circle) and vertical reference lines (Re λ = 1, where a fixed point loses stability), with a
 * {@link MathLegend} of the labelled series above. Circles stay circles at every printed size.
 */
final class ComplexPlane {
    /** Fraction of the data span added on each side. */
    static final double MARGIN = 0.08;
    /** Markers closer than this fraction of the data span are drawn once. */
    static final double RESOLUTION = 1.0 / 250;

    private final XYSeriesCollection data = new XYSeriesCollection();
    private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    private final List<MathLegend.Entry> legend = new ArrayList<>();
    private final List<Double> verticals = new ArrayList<>();
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
        java.util.Set<Long> seen = new java.util.HashSet<>();
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < re.length; i++) {
            long key = Math.round(re[i] / cell) * 1_000_003L + Math.round(im[i] / cell);
            if (seen.add(key)) {
                kept.add(new double[] {re[i], im[i]});
            }
        }
        int k = add(kept.stream().mapToDouble(z -> z[0]).toArray(), kept.stream().mapToDouble(z -> z[1]).toArray());
        renderer.setSeriesLinesVisible(k, false);
        renderer.setSeriesShapesVisible(k, true);
        renderer.setSeriesShape(k, shape);
        renderer.setSeriesPaint(k, paint);
        if (label != null) {
            legend.add(MathLegend.Entry.marker(label, paint, shape));
        }
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
        int k = add(re, im);
        renderer.setSeriesLinesVisible(k, true);
        renderer.setSeriesShapesVisible(k, false);
        renderer.setSeriesPaint(k, paint);
        renderer.setSeriesStroke(k, stroke);
        if (label != null) {
            legend.add(MathLegend.Entry.line(label, paint, stroke));
        }
        return this;
    }

    /** A thin grey vertical line at Re = {@code re}. */
    ComplexPlane vertical(double re) {
        verticals.add(re);
        include(re, 0);
        return this;
    }

    /** The chart. */
    JFreeChart chart() {
        double spanRe = Math.max(maxRe - minRe, 1e-3);
        double spanIm = Math.max(maxIm - minIm, 1e-3);
        double m = MARGIN * Math.max(spanRe, spanIm);
        renderer.setDrawSeriesLineAsPath(true);
        EqualAspectPlot plot = new EqualAspectPlot(data, PaperStyle.axis("Re λ"), PaperStyle.axis("Im λ"), renderer,
                new Range(minRe - m, maxRe + m), new Range(minIm - m, maxIm + m));
        for (double v : verticals) {
            plot.addDomainMarker(new ValueMarker(v, PaperStyle.GREY, PaperStyle.stroke(PaperStyle.FRAME, 1)));
        }
        plot.addRangeMarker(new ValueMarker(0, PaperStyle.GREY, PaperStyle.stroke(PaperStyle.FRAME, 0)));
        JFreeChart chart = PaperStyle.chart(plot);
        if (!legend.isEmpty()) {
            chart.addSubtitle(new MathLegend(legend));
        }
        return chart;
    }

    /** The chart as a panel. */
    Panel panel() {
        return Panel.of(chart());
    }

    private int add(double[] re, double[] im) {
        int k = data.getSeriesCount();
        XYSeries s = new XYSeries("series " + k, false, true);
        for (int i = 0; i < re.length; i++) {
            s.add(re[i], im[i], false);
            include(re[i], im[i]);
        }
        data.addSeries(s);
        return k;
    }

    private void include(double re, double im) {
        if (Double.isFinite(re) && Double.isFinite(im)) {
            minRe = Math.min(minRe, re);
            maxRe = Math.max(maxRe, re);
            minIm = Math.min(minIm, im);
            maxIm = Math.max(maxIm, im);
        }
    }
}
