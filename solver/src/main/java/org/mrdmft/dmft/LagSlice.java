package org.mrdmft.dmft;

/**
 * The normalised two-time function along one row,
 * Dhat^mu(t0, t0 + k dt) = Delta^mu(t0, t0 + k dt) / sqrt(Delta^mu(t0, t0) Delta^mu(t0 + k dt, t0 + k dt)),
 * for k = 0 .. (Nt - 1 - referenceIndex) (fewer with a window).
 *
 * @param referenceIndex index of t0 on the time grid
 * @param referenceTime t0
 * @param normalised [R][lags] normalised values
 * @param raw [R][lags] un-normalised Delta(t0, t0 + k dt)
 */
public record LagSlice(int referenceIndex, double referenceTime, double[][] normalised, double[][] raw) {
    /** Number of lags stored. */
    public int lags() {
        return normalised.length == 0 ? 0 : normalised[0].length;
    }
}
