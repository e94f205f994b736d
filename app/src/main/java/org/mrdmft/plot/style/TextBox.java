package org.mrdmft.plot.style;

import java.awt.geom.Rectangle2D;

/**
 * One string as drawn: its text and the box of its ink in canvas points (origin top left).
 *
 * @param text the string
 * @param bounds its box on the canvas
 */
public record TextBox(String text, Rectangle2D bounds) {
}
