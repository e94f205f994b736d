package org.mrdmft.dmft;

/**
 * The two-time function Delta^mu(t_i, t_j) on a strided sub-grid (both arguments at indices
 * 0, stride, 2 stride, ...), symmetric; NaN where a window dropped the value.
 *
 * @param stride sub-sampling stride on the time grid
 * @param indices the time indices kept
 * @param values [R][m][m]
 */
public record TwoTimeSample(int stride, int[] indices, double[][][] values) {
}
