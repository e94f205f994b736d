package org.mrdmft.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.mrdmft.plot.style.MathText;
import org.mrdmft.plot.style.Panel;
import org.mrdmft.plot.style.PaperStyle;

/**
 * One line of text (MathText markup) centred in its area: the heading of a group of panels in a composite (which
 * tensor a row of fig6 shows).
 *
 * @param markup the text
 */
record HeadingPanel(String markup) implements Panel {
    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        java.awt.Font font = PaperStyle.labelFont();
        java.text.AttributedString text = MathText.of(markup).attributed(font);
        java.awt.font.TextLayout layout = new java.awt.font.TextLayout(text.getIterator(), g.getFontRenderContext());
        g.setPaint(Color.BLACK);
        g.setFont(font);
        g.drawString(text.getIterator(), (float) (area.getCenterX() - layout.getAdvance() / 2),
                (float) (area.getCenterY() + layout.getAscent() / 2 - layout.getDescent() / 2));
    }
}
