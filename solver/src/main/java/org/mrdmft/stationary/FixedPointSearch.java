package org.mrdmft.stationary;

import java.util.List;

/**
 * What a multi-start fixed-point search found.
 *
 * @param fixedPoints distinct fixed points, most often reached first
 * @param starts number of starts tried
 * @param converged number of starts that converged
 * @param closestMiss the smallest max |-S + J| among the starts that did not converge (NaN when every start
 *     converged or none ended at a point)
 */
public record FixedPointSearch(List<FixedPoint> fixedPoints, int starts, int converged, double closestMiss) {
}
