package org.mrdmft.stationary;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.complex.Complex;
import org.mrdmft.config.StationarySettings;
import org.mrdmft.kernel.GaussianKernel;
import org.mrdmft.kernel.Kernels;
import org.mrdmft.model.NetworkModel;

/**
 * The stationary theory of a network in one call (what {@code dmft.mode: stationary} runs): every fixed
 * point of the currents from a seeded multi-start search, each region's stationary state (static, chaotic
 * with structure, or pure chaos) and its Delta(tau) on the requested lag grid, and the spectra.
 */
public final class StationaryAnalysis {
    private final NetworkModel model;
    private final GaussianKernel kernel;

    public StationaryAnalysis(NetworkModel model) {
        this.model = model;
        this.kernel = Kernels.forNonlinearity(model.nonlinearity());
    }

    /**
     * Runs the analysis.
     *
     * @throws IllegalArgumentException when no start reaches a fixed point (no stationary state in reach),
     *     or the network has features the stationary theory does not cover
     */
    public StationaryResult analyse(StationarySettings settings) {
        long start = System.nanoTime();
        RegionStationarySolver regions = new RegionStationarySolver(kernel);
        double[] g = model.disorder();
        RegionStateSelector selector = (mu, a) -> regions.stableState(g[mu], a);
        FixedPointSearch search = new FixedPointSolver(model, selector)
                .search(settings.starts(), settings.currentScale(), settings.seed(), settings.tolerance());
        if (search.fixedPoints().isEmpty()) {
            throw new IllegalArgumentException("stationary: no stationary state in reach: none of the "
                    + settings.starts() + " starts reached |-S + J| <= " + settings.tolerance()
                    + " (try more stationary.starts, another stationary.currentScale, or dmft.mode: transient)");
        }
        int points = (int) Math.round(settings.maxLag() / settings.lagStep()) + 1;
        ParticleMotion motion = new ParticleMotion(kernel);
        double[] lags = null;
        List<double[][]> correlations = new ArrayList<>();
        List<Complex[]> scaled = new ArrayList<>();
        for (FixedPoint fp : search.fixedPoints()) {
            double[][] perRegion = new double[model.regions()][];
            for (int mu = 0; mu < model.regions(); mu++) {
                LagProfile profile = motion.profile(fp.regions().get(mu), (points - 1) * settings.lagStep(), points);
                perRegion[mu] = profile.delta();
                lags = profile.lag();
            }
            correlations.add(perRegion);
            scaled.add(Spectra.gainScaled(model, fp.gain()));
        }
        return new StationaryResult(search, lags, correlations, Spectra.outliers(model), Spectra.bulkRadius(model),
                scaled, (System.nanoTime() - start) * 1e-9);
    }
}
