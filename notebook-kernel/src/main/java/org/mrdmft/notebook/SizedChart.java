package org.mrdmft.notebook;

/**
 * A chart to be shown at a given size instead of the default 6 x 4 inches: {@code display(chart, 3.5, 2.6)} in a
 * cell, or this record as a cell's last expression. Sizes are in inches at {@value RichDisplay#DPI} dots per inch.
 *
 * @param chart a JFreeChart (other values are shown as they would be without a size)
 * @param widthInches the width in inches, positive
 * @param heightInches the height in inches, positive
 */
public record SizedChart(Object chart, double widthInches, double heightInches) {
    public SizedChart {
        if (!(widthInches > 0 && heightInches > 0 && widthInches <= 100 && heightInches <= 100)) {
            throw new IllegalArgumentException("a chart's size must be between 0 and 100 inches, not "
                    + widthInches + " x " + heightInches);
        }
    }
}
