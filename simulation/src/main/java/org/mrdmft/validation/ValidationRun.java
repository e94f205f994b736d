package org.mrdmft.validation;

import org.mrdmft.simulation.LateAverages;
import org.mrdmft.failure.InvalidInputException;
import org.mrdmft.simulation.NetworkSimulator;
import org.mrdmft.simulation.SampledNetwork;
import org.mrdmft.simulation.SimulationResult;

import java.util.ArrayList;
import java.util.List;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.simulation.SimulationSettings;
import org.mrdmft.dmft.LagSlice;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.dmft.TransientProblem;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dmft.TransientSolvers;
import org.mrdmft.dynamics.DynamicsLabel;
import org.mrdmft.dynamics.PaperClassifier;
import org.mrdmft.model.NetworkModel;

/**
 * Checks the DMFT against finite-N simulation (what {@code mrdmft validate} runs). For every network size
 * and draw: the simulation; the N -&gt; infinity DMFT started from the same initial currents (x(0) = sum m S(0)
 * has no random part, so the DMFT's initial random variance is 0); and the finite-N DMFT with the overlaps
 * measured on that draw's vectors. Compared, as averages after the burn-in: current row norms, gains,
 * variances, and Delta(tau) at the configured lags; sampling error is the standard error over draws. The
 * dynamics label (the paper's rule, on the theory's lag slice at the burn-in and on the simulated
 * autocorrelation; the modal label over draws at the largest N) is reported beside the verdict, not in it.
 */
public final class ValidationRun {
    private final ValidationProblem config;
    private final NetworkModel theoryModel;

    /** @param problem the simulated network, the theory's network and all settings */
    public ValidationRun(ValidationProblem problem) {
        this.config = problem;
        this.theoryModel = problem.theory();
    }

    /** The simulator of one size; a size it refuses is blamed on validation.neurons, where the size came from. */
    private NetworkSimulator simulator(SimulationSettings settings) {
        try {
            return new NetworkSimulator(config.model(), settings);
        } catch (InvalidInputException e) {
            if (e.input().equals("simulation.neurons")) {
                throw new InvalidInputException("validation.neurons",
                        e.problem().replace("simulation.neurons", "validation.neurons"));
            }
            throw e;
        }
    }

    public ValidationReport run(ProgressListener progress) {
        ValidationSettings v = config.validation();
        SimulationSettings base = config.simulation();
        int r = theoryModel.regions();
        int[] sizes = v.neurons();
        int draws = base.draws();
        double[] lags = v.lags();
        List<ObservableComparison> comparisons = new ArrayList<>();
        double[][] theoryAcf = null;
        double[][] simAcf = null;
        List<DynamicsLabel> theoryLabels = List.of();
        List<DynamicsLabel> simLabels = List.of();
        long total = (long) sizes.length * draws;
        long done = 0;
        for (int n : sizes) { // every size is checked against the heap before the first one runs
            simulator(base.withNeurons(n));
        }
        for (int s = 0; s < sizes.length; s++) {
            NetworkSimulator simulator = simulator(base.withNeurons(sizes[s]));
            double[][][] sim = new double[draws][][];
            double[][][] thy = new double[draws][][];
            double[][][] finite = new double[draws][][];
            List<List<DynamicsLabel>> simDrawLabels = new ArrayList<>();
            List<DynamicsLabel> theoryDrawLabels = List.of();
            for (int d = 0; d < draws; d++) {
                SampledNetwork net = simulator.sampler().sample(base.seed(), d);
                SimulationResult result = simulator.run(net, d, ProgressListener.NONE);
                double step = result.recordStep();
                LateAverages simLate = LateAverages.of(result.currents(), result.gain(), result.variance(), step,
                        base.burnIn());
                TransientResult theory = theory(theoryModel, net.initialCurrents());
                TransientResult finiteN = theory(FiniteNOverlaps.model(theoryModel, net), net.initialCurrents());
                sim[d] = observables(simLate, sample(result.autocorrelation(), step, lags));
                thy[d] = observables(late(theory), theoryAutocorrelation(theory, lags));
                finite[d] = observables(late(finiteN), theoryAutocorrelation(finiteN, lags));
                simDrawLabels.add(labels(result.autocorrelation()));
                if (d == 0) {
                    theoryDrawLabels = PaperClassifier.classify(theory);
                }
                progress.onProgress(++done, total);
            }
            double[][] thyMean = mean(thy);
            double[][] simMean = mean(sim);
            double[][] simSe = standardError(sim);
            double[][] finiteMean = mean(finite);
            for (int o = 0; o < thyMean.length; o++) {
                for (int mu = 0; mu < r; mu++) {
                    double tol = tolerance(v, o, thyMean, mu);
                    comparisons.add(new ObservableComparison(name(o, lags), mu, sizes[s], thyMean[o][mu],
                            finiteMean[o][mu], simMean[o][mu], simSe[o][mu], tol));
                }
            }
            if (s == sizes.length - 1) {
                theoryAcf = autocorrelationRows(thyMean, r, lags.length);
                simAcf = autocorrelationRows(simMean, r, lags.length);
                theoryLabels = theoryDrawLabels;
                simLabels = modal(simDrawLabels, r);
            }
        }
        comparisons.sort(java.util.Comparator.comparing(ObservableComparison::observable)
                .thenComparingInt(ObservableComparison::region).thenComparingInt(ObservableComparison::neurons));
        List<ErrorScaling> scalings = new ArrayList<>();
        for (int i = 0; i < comparisons.size(); i += sizes.length) {
            scalings.add(ErrorScaling.of(comparisons.subList(i, i + sizes.length)));
        }
        // labels are reported, not judged: the paper's peak-counting rule reads sampling noise in a simulated
        // autocorrelation as oscillation (a chaotic region can come out as limit-cycle+chaos)
        boolean pass = scalings.stream().allMatch(ErrorScaling::pass);
        SpectralCheck spectrum = v.spectrumNeurons() >= 2
                ? SpectralCheck.of(config.model(), v.spectrumNeurons(), base.seed()) : null;
        return new ValidationReport(List.copyOf(comparisons), List.copyOf(scalings), spectrum, lags, theoryAcf,
                simAcf, theoryLabels, simLabels, pass);
    }

    /** Each region's label by the paper's rule on the simulated autocorrelation, normalised by its lag 0. */
    private static List<DynamicsLabel> labels(double[][] acf) {
        List<DynamicsLabel> out = new ArrayList<>();
        for (double[] c : acf) {
            double[] norm = new double[c.length];
            for (int k = 0; k < c.length; k++) {
                norm[k] = c[0] > 0 ? c[k] / c[0] : 1.0;
            }
            out.add(PaperClassifier.classify(norm));
        }
        return out;
    }

    /** Per region, the label most draws gave (ties: the first in enum order). */
    private static List<DynamicsLabel> modal(List<List<DynamicsLabel>> perDraw, int r) {
        List<DynamicsLabel> out = new ArrayList<>();
        for (int mu = 0; mu < r; mu++) {
            int[] counts = new int[DynamicsLabel.values().length];
            for (List<DynamicsLabel> d : perDraw) {
                counts[d.get(mu).ordinal()]++;
            }
            int best = 0;
            for (int k = 1; k < counts.length; k++) {
                if (counts[k] > counts[best]) {
                    best = k;
                }
            }
            out.add(DynamicsLabel.values()[best]);
        }
        return out;
    }

    /** Observable rows: 0 row norms, 1 gains, 2 variances, 3.. Delta(lag_k); each [R]. */
    private static double[][] observables(LateAverages late, double[][] acf) {
        double[][] out = new double[3 + acf.length][];
        out[0] = late.rowNorms();
        out[1] = late.gains();
        out[2] = late.variances();
        System.arraycopy(acf, 0, out, 3, acf.length);
        return out;
    }

    private static String name(int o, double[] lags) {
        return switch (o) {
            case 0 -> "rowNorm";
            case 1 -> "gain";
            case 2 -> "variance";
            default -> "autocorrelation(" + lags[o - 3] + ")";
        };
    }

    private static double tolerance(ValidationSettings v, int o, double[][] theory, int mu) {
        double floor = 1e-2;
        return switch (o) {
            case 0 -> v.rowNormTolerance() * Math.max(Math.abs(theory[0][mu]), floor);
            case 1 -> v.gainTolerance() * Math.max(Math.abs(theory[1][mu]), floor);
            case 2 -> v.varianceTolerance() * Math.max(Math.abs(theory[2][mu]), floor);
            default -> v.autocorrelationTolerance() * Math.max(Math.abs(theory[3][mu]), floor);
        };
    }

    private TransientResult theory(NetworkModel model, double[][] initialCurrents) {
        SimulationSettings s = config.simulation();
        DmftSettings d = config.dmft();
        int steps = (int) Math.round(s.duration() / d.dt()) + 1;
        DmftSettings settings = new DmftSettings(d.mode(), d.dt(), steps, d.scheme(), initialCurrents, d.seed(),
                d.window(), new double[model.regions()], new double[] {s.burnIn()}, d.twoTimeStride(), d.classifier());
        TransientProblem problem = new TransientProblem(model, settings);
        return TransientSolvers.forProblem(problem).solve(problem);
    }

    private LateAverages late(TransientResult r) {
        return LateAverages.of(r.currents(), r.gain(), r.variance(), r.dt(), config.simulation().burnIn());
    }

    /** Delta(t0, t0 + lag) of the theory at t0 = burn-in, per lag [lags][R]. */
    private static double[][] theoryAutocorrelation(TransientResult r, double[] lags) {
        LagSlice slice = r.lagSlices().get(0);
        double[][] out = new double[lags.length][r.regions()];
        for (int k = 0; k < lags.length; k++) {
            int idx = (int) Math.round(lags[k] / r.dt());
            for (int mu = 0; mu < r.regions(); mu++) {
                out[k][mu] = idx < slice.lags() ? slice.raw()[mu][idx] : Double.NaN;
            }
        }
        return out;
    }

    /** The simulated autocorrelation [R][lag index] sampled at the requested lags, as [lags][R]. */
    private static double[][] sample(double[][] acf, double step, double[] lags) {
        double[][] out = new double[lags.length][acf.length];
        for (int k = 0; k < lags.length; k++) {
            int idx = (int) Math.round(lags[k] / step);
            for (int mu = 0; mu < acf.length; mu++) {
                out[k][mu] = idx < acf[mu].length ? acf[mu][idx] : Double.NaN;
            }
        }
        return out;
    }

    private static double[][] mean(double[][][] x) {
        double[][] m = new double[x[0].length][x[0][0].length];
        for (double[][] draw : x) {
            for (int o = 0; o < m.length; o++) {
                for (int mu = 0; mu < m[o].length; mu++) {
                    m[o][mu] += draw[o][mu] / x.length;
                }
            }
        }
        return m;
    }

    private static double[][] standardError(double[][][] x) {
        double[][] m = mean(x);
        double[][] se = new double[m.length][m[0].length];
        if (x.length < 2) {
            return se;
        }
        for (int o = 0; o < m.length; o++) {
            for (int mu = 0; mu < m[o].length; mu++) {
                double ss = 0.0;
                for (double[][] draw : x) {
                    double dlt = draw[o][mu] - m[o][mu];
                    ss += dlt * dlt;
                }
                se[o][mu] = Math.sqrt(ss / (x.length - 1) / x.length);
            }
        }
        return se;
    }

    private static double[][] autocorrelationRows(double[][] observables, int r, int nLags) {
        double[][] out = new double[r][nLags];
        for (int k = 0; k < nLags; k++) {
            for (int mu = 0; mu < r; mu++) {
                out[mu][k] = observables[3 + k][mu];
            }
        }
        return out;
    }
}
