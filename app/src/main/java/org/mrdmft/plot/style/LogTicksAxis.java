package org.mrdmft.plot.style;

import java.text.AttributedString;
import org.jfree.chart.axis.LogAxis;

/**
 * A base-10 logarithmic axis in the paper style: ticks at powers of ten labelled 10^k as {@link MathText} (the
 * exponent a real superscript, never below the minimum text size) and a MathText axis label.
 */
public class LogTicksAxis extends LogAxis {
    private static final long serialVersionUID = 1L;
    private final transient MathText label;

    /** An axis labelled {@code markup}. */
    public LogTicksAxis(String markup) {
        super(null);
        this.label = MathText.of(markup);
        PaperStyle.style(this);
        setMinorTickMarksVisible(false);
        if (!label.plain().isEmpty()) {
            setAttributedLabel(label.attributed(getLabelFont()));
        }
    }

    @Override
    protected AttributedString createTickLabel(double value) {
        long exponent = Math.round(Math.log10(value));
        if (Math.abs(Math.log10(value) - exponent) > 1e-6) {
            return super.createTickLabel(value);
        }
        String power = exponent == 0 ? "1" : exponent == 1 ? "10"
                : "10^{" + (exponent < 0 ? "\u2212" + (-exponent) : String.valueOf(exponent)) + "}";
        return MathText.of(power).attributed(getTickLabelFont());
    }
}
