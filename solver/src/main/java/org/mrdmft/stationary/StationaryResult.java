package org.mrdmft.stationary;

import java.util.List;
import org.hipparchus.complex.Complex;

/**
 * The stationary analysis of a network: every fixed point found, each region's stationary Delta(tau) at each
 * of them, and the spectra that locate the behaviour.
 *
 * @param search the fixed points and how many starts reached them
 * @param lags the lag grid tau_k of the correlations
 * @param correlations per fixed point, Delta^mu(tau_k) as [R][lags]
 * @param outliers eigenvalues of That, by decreasing real part
 * @param bulkRadius radius of the random bulk
 * @param gainScaledSpectra per fixed point, eigenvalues of the gain-scaled That
 * @param wallSeconds wall time of the analysis
 * @param diagnostics how the search went: iterations and residuals per fixed point, starts that missed,
 *     warnings
 * @param lyapunovExponents per fixed point, each region's maximal Lyapunov exponent from the DMFT
 *     ({@link StationaryLyapunov}, docs/MODEL.md section 10) as [R]; empty when not computed (they are computed
 *     only when asked: {@link StationaryAnalysis#withLyapunovExponents})
 */
public record StationaryResult(FixedPointSearch search, double[] lags, List<double[][]> correlations,
                               Complex[] outliers, double bulkRadius, List<Complex[]> gainScaledSpectra,
                               double wallSeconds, StationaryDiagnostics diagnostics,
                               List<double[]> lyapunovExponents) {

    public StationaryResult {
        lyapunovExponents = List.copyOf(lyapunovExponents);
    }

    /** A result without Lyapunov exponents. */
    public StationaryResult(FixedPointSearch search, double[] lags, List<double[][]> correlations,
                            Complex[] outliers, double bulkRadius, List<Complex[]> gainScaledSpectra,
                            double wallSeconds, StationaryDiagnostics diagnostics) {
        this(search, lags, correlations, outliers, bulkRadius, gainScaledSpectra, wallSeconds, diagnostics,
                List.of());
    }

    /** A result whose diagnostics are read off the search alone. */
    public StationaryResult(FixedPointSearch search, double[] lags, List<double[][]> correlations,
                            Complex[] outliers, double bulkRadius, List<Complex[]> gainScaledSpectra,
                            double wallSeconds) {
        this(search, lags, correlations, outliers, bulkRadius, gainScaledSpectra, wallSeconds,
                StationaryDiagnostics.of(search));
    }

    /** The fixed point that stands for the network: the stable one most starts reached, else the most reached. */
    public FixedPoint representative() {
        return search.fixedPoints().stream().filter(FixedPoint::stable).findFirst()
                .orElse(search.fixedPoints().get(0));
    }

    /**
     * Each region's maximal Lyapunov exponent at fixed point {@code index} (a copy).
     *
     * @throws IllegalStateException when the exponents were not computed
     * @throws IndexOutOfBoundsException when the index is out of range
     */
    public double[] lyapunovExponents(int index) {
        if (lyapunovExponents.isEmpty()) {
            throw new IllegalStateException("the Lyapunov exponents were not computed: ask for them with "
                    + "StationaryAnalysis.withLyapunovExponents (Mrdmft.solveStationaryWithLyapunov)");
        }
        return lyapunovExponents.get(index).clone();
    }

    /** Each region's maximal Lyapunov exponent at the {@link #representative()} fixed point. */
    public double[] lyapunovExponent() {
        return lyapunovExponents(representativeIndex());
    }

    /** The fixed points sorted into isolated points and continua ({@link FixedPointGroups}). */
    public List<FixedPointGroup> groups() {
        return FixedPointGroups.of(search);
    }

    /** Index of {@link #representative()} in the list of fixed points. */
    public int representativeIndex() {
        return search.fixedPoints().indexOf(representative());
    }
}
