package org.mrdmft.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.mrdmft.plot.style.MathLegend;
import org.mrdmft.plot.style.NiceAxis;
import org.mrdmft.plot.style.PaperStyle;

/**
 * Shares that add up to one at each x, drawn as stacked bars (one colour per kind, named in a legend above): which
 * attractor what fraction of the starts reached, at every disorder value. The x axis is numeric, so uneven steps
 * (0.3, 0.45, 0.5, ...) keep their distances and the tick labels never crowd.
 */
final class StackedShares {
    private StackedShares() {
    }

    /**
     * @param x the positions, increasing
     * @param shares per kind (legend label) the share at every x
     * @param barWidth width of a bar in x units
     */
    static JFreeChart of(String xMarkup, double[] x, Map<String, double[]> shares, double barWidth) {
        DefaultTableXYDataset data = new DefaultTableXYDataset();
        List<MathLegend.Entry> legend = new ArrayList<>();
        StackedXYBarRenderer renderer = new StackedXYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        int k = 0;
        for (Map.Entry<String, double[]> e : shares.entrySet()) {
            XYSeries s = new XYSeries(e.getKey(), true, false);
            for (int i = 0; i < x.length; i++) {
                s.add(x[i], e.getValue()[i]);
            }
            data.addSeries(s);
            renderer.setSeriesPaint(k, PaperStyle.color(k));
            legend.add(MathLegend.Entry.marker(e.getKey(), PaperStyle.color(k),
                    new java.awt.geom.Rectangle2D.Double(-3, -3, 6, 6)));
            k++;
        }
        data.setIntervalWidth(barWidth);
        NiceAxis xAxis = PaperStyle.axis(xMarkup);
        xAxis.setRange(x[0] - barWidth, x[x.length - 1] + barWidth);
        NiceAxis yAxis = PaperStyle.axis("share of starts");
        yAxis.setRange(0, 1);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        JFreeChart chart = PaperStyle.chart(plot);
        plot.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new MathLegend(legend));
        return chart;
    }
}
