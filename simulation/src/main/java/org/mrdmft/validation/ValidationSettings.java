package org.mrdmft.validation;

/**
 * Settings of {@code mrdmft validate} ({@code validation:} in the config).
 *
 * @param neurons network sizes N per region to simulate
 * @param rowNormTolerance allowed relative error of the current row norms
 * @param gainTolerance allowed relative error of the gains
 * @param varianceTolerance allowed relative error of the variances
 * @param autocorrelationTolerance allowed error of Delta(tau), as a fraction of the theory's Delta(0)
 * @param lags lags tau at which Delta(tau) is compared
 * @param spectrumNeurons N per region of the sampled connectivity whose eigenvalues are checked (0 = skip)
 * @param draws network draws per size (at least 2 for a standard error; one draw gives "inconclusive")
 * @param lyapunovTolerance allowed absolute error of the maximal Lyapunov exponent
 */
public record ValidationSettings(int[] neurons, double rowNormTolerance, double gainTolerance,
                                 double varianceTolerance, double autocorrelationTolerance, double[] lags,
                                 int spectrumNeurons, int draws, double lyapunovTolerance) {
    /** Default draws per size. */
    public static final int DEFAULT_DRAWS = 4;
    /** Default allowed absolute error of the Lyapunov exponent. */
    public static final double DEFAULT_LYAPUNOV_TOLERANCE = 0.02;

    public ValidationSettings {
        neurons = neurons.clone();
        lags = lags.clone();
    }

    /** Settings with the default draws and Lyapunov tolerance. */
    public ValidationSettings(int[] neurons, double rowNormTolerance, double gainTolerance,
                              double varianceTolerance, double autocorrelationTolerance, double[] lags,
                              int spectrumNeurons) {
        this(neurons, rowNormTolerance, gainTolerance, varianceTolerance, autocorrelationTolerance, lags,
                spectrumNeurons, DEFAULT_DRAWS, DEFAULT_LYAPUNOV_TOLERANCE);
    }

    /**
     * N = 500, 1000, 2000, 4000; 5 % on row norms, 2 % on gains, 5 % on variances, 3 % of Delta(0); 4 draws
     * per size; 0.02 on the Lyapunov exponent.
     */
    public static ValidationSettings defaults() {
        return new ValidationSettings(new int[] {500, 1000, 2000, 4000}, 0.05, 0.02, 0.05, 0.03,
                new double[] {0, 1, 2, 4, 8}, 200, DEFAULT_DRAWS, DEFAULT_LYAPUNOV_TOLERANCE);
    }

    /** A copy with another number of draws per size. */
    public ValidationSettings withDraws(int n) {
        return new ValidationSettings(neurons, rowNormTolerance, gainTolerance, varianceTolerance,
                autocorrelationTolerance, lags, spectrumNeurons, n, lyapunovTolerance);
    }

    /** A copy with other network sizes N per region. */
    public ValidationSettings withNeurons(int... sizes) {
        return new ValidationSettings(sizes, rowNormTolerance, gainTolerance, varianceTolerance,
                autocorrelationTolerance, lags, spectrumNeurons, draws, lyapunovTolerance);
    }

    /** A copy with other lags at which Delta(tau) is compared. */
    public ValidationSettings withLags(double... newLags) {
        return new ValidationSettings(neurons, rowNormTolerance, gainTolerance, varianceTolerance,
                autocorrelationTolerance, newLags, spectrumNeurons, draws, lyapunovTolerance);
    }

    /** A copy with another N of the spectral check (0 skips it). */
    public ValidationSettings withSpectrumNeurons(int n) {
        return new ValidationSettings(neurons, rowNormTolerance, gainTolerance, varianceTolerance,
                autocorrelationTolerance, lags, n, draws, lyapunovTolerance);
    }

    @Override
    public int[] neurons() {
        return neurons.clone();
    }

    @Override
    public double[] lags() {
        return lags.clone();
    }
}
