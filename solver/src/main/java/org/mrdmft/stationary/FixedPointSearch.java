package org.mrdmft.stationary;

import java.util.List;

/**
 * What a multi-start fixed-point search found.
 *
 * @param fixedPoints distinct fixed points, most often reached first
 * @param starts number of starts tried
 * @param converged number of starts that converged
 */
public record FixedPointSearch(List<FixedPoint> fixedPoints, int starts, int converged) {
}
