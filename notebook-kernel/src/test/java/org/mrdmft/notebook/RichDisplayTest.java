package org.mrdmft.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.mrdmft.figures.DataTable;
import org.mrdmft.figures.TextTable;

class RichDisplayTest {
    private final RichDisplay display = new RichDisplay();

    private static BufferedImage png(MimeBundle bundle) throws Exception {
        byte[] bytes = Base64.getDecoder().decode(bundle.data().get(MimeBundle.PNG));
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    private static JFreeChart chart() {
        XYSeries s = new XYSeries("s");
        s.add(0, 0);
        s.add(1, 1);
        return ChartFactory.createXYLineChart("title", "x", "y", new XYSeriesCollection(s));
    }

    @Test
    void anImageIsShownAsItsOwnPixels() throws Exception {
        BufferedImage image = new BufferedImage(7, 5, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 2, Color.ORANGE.getRGB());
        MimeBundle bundle = display.render(image);
        BufferedImage back = png(bundle);
        assertThat(back.getWidth()).isEqualTo(7);
        assertThat(back.getHeight()).isEqualTo(5);
        assertThat(back.getRGB(3, 2)).isEqualTo(Color.ORANGE.getRGB());
        assertThat(back.getRGB(0, 0)).isEqualTo(Color.BLACK.getRGB());
        assertThat(bundle.metadata().get(MimeBundle.PNG)).isEqualTo(Map.of("width", 7, "height", 5));
    }

    @Test
    void aJFreeChartIsSixByFourInchesAtOneHundredDpiUnlessSized() throws Exception {
        BufferedImage standard = png(display.render(chart()));
        assertThat(standard.getWidth()).isEqualTo(600);
        assertThat(standard.getHeight()).isEqualTo(400);
        BufferedImage sized = png(display.render(new SizedChart(chart(), 3.5, 2.25)));
        assertThat(sized.getWidth()).isEqualTo(350);
        assertThat(sized.getHeight()).isEqualTo(225);
        // a chart is drawn, not a blank canvas: more than one colour
        long colours = java.util.stream.IntStream.range(0, 600).map(x -> standard.getRGB(x, 200)).distinct().count();
        assertThat(colours).isGreaterThan(1);
    }

    @Test
    void anXChartKeepsItsOwnSize() throws Exception {
        XYChart chart = new XYChartBuilder().width(320).height(240).title("x").build();
        chart.addSeries("s", new double[] {0, 1}, new double[] {1, 0});
        BufferedImage image = png(display.render(chart));
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(240);
    }

    @Test
    void aDataTableIsAnHtmlTableWithAPlainTextTwin() {
        DataTable table = DataTable.named("gains").column("g", new double[] {0.5, 1.0 / 3, 2e-7})
                .column("x<y", new double[] {1, Double.NaN, -12345678}).build();
        MimeBundle bundle = display.render(table);
        String html = bundle.data().get(MimeBundle.HTML);
        assertThat(html).contains("<caption>gains (3 rows &times; 2 columns)</caption>")
                .contains("<th>g</th><th>x&lt;y</th>")
                .contains("<tr><td>0.5</td><td>1</td></tr>")
                .contains("<td>0.333333</td><td>NaN</td>")
                .contains("<td>2e-07</td><td>-12345678</td>");
        assertThat(html.split("<tr>", -1)).hasSize(1 + 1 + 3);
        assertThat(bundle.data().get(MimeBundle.TEXT).lines().toList()).containsExactly(
                "gains (3 rows)",
                "       g        x<y",
                "     0.5          1",
                "0.333333        NaN",
                "   2e-07  -12345678");
    }

    @Test
    void aLongTableShowsItsHeadAndTailAndSaysHowLongItIs() {
        double[] index = java.util.stream.IntStream.range(0, 1000).asDoubleStream().toArray();
        MimeBundle bundle = display.render(DataTable.named("long").column("i", index).build());
        String html = bundle.data().get(MimeBundle.HTML);
        assertThat(html).contains("1000 rows").contains("<td>29</td>").doesNotContain("<td>30</td>")
                .contains("<td>&hellip;</td>").contains("<td>995</td>").contains("<td>999</td>")
                .doesNotContain("<td>994</td>");
    }

    @Test
    void aTextTableIsATableToo() {
        TextTable table = new TextTable("labels", List.of("code", "label"), List.of(List.of("0", "routing")));
        assertThat(display.render(table).data().get(MimeBundle.HTML)).contains("<td>routing</td>");
    }

    @Test
    void otherValuesAreTheirText() {
        assertThat(display.render(42).data()).isEqualTo(Map.of(MimeBundle.TEXT, "42"));
        assertThat(display.render(null).data()).isEqualTo(Map.of(MimeBundle.TEXT, "null"));
        assertThat(display.render(new double[] {1.5, 2}).data().get(MimeBundle.TEXT)).isEqualTo("[1.5, 2.0]");
        assertThat(display.render(new int[][] {{1}, {2, 3}}).data().get(MimeBundle.TEXT)).isEqualTo("[[1], [2, 3]]");
        assertThat(display.render(new SizedChart("not a chart", 1, 1)).data().get(MimeBundle.TEXT))
                .isEqualTo("not a chart");
    }
}
