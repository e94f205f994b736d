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
 * measured on that draw's vectors. Compared, as averages after the burn-in: current row norms (sign-free,
 * per draw), gains, variances, Delta(tau) at the configured lags (the theory's two-time function averaged
 * over the same window as the simulation's), and the network's maximal Lyapunov exponent when a
 * {@link LyapunovTheory} is connected. Sampling error is the standard error over draws of the paired
 * differences (simulation minus the theory of the same draw); the verdict per observable is
 * {@link ErrorScaling}'s (closure against the finite-N theory, trend against the N -&gt; infinity one). The
 * dynamics label (the paper's rule, on the theory's lag slice nearest a third of the run and on the simulated
 * autocorrelation; the modal label over draws at the largest N) is reported beside the verdict, not in it.
 */
public final class ValidationRun {
    /** The observable name of the network's maximal Lyapunov exponent (reported as region 1). */
    public static final String LYAPUNOV = "lyapunovExponent";
    /** Reference times t0 of the theory's Delta(t0, t0 + tau) averaged over the measurement window, at most. */
    static final int MAX_REFERENCE_TIMES = 200;

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
        SimulationSettings base = config.simulation().withDraws(v.draws());
        int r = theoryModel.regions();
        int[] sizes = v.neurons();
        int draws = v.draws();
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
        double lyapunovTheory = base.lyapunov() ? config.lyapunovTheory().exponent(theoryModel) : Double.NaN;
        for (int s = 0; s < sizes.length; s++) {
            NetworkSimulator simulator = simulator(base.withNeurons(sizes[s]));
            double[][][] sim = new double[draws][][];
            double[][][] thy = new double[draws][][];
            double[][][] finite = new double[draws][][];
            double[][] lyapunov = new double[3][draws];
            List<List<DynamicsLabel>> simDrawLabels = new ArrayList<>();
            List<DynamicsLabel> theoryDrawLabels = List.of();
            for (int d = 0; d < draws; d++) {
                SampledNetwork net = simulator.sampler().sample(base.seed(), d);
                SimulationResult result = simulator.run(net, d, ProgressListener.NONE);
                double step = result.recordStep();
                LateAverages simLate = LateAverages.of(result.currents(), result.gain(), result.variance(), step,
                        base.burnIn());
                NetworkModel finiteModel = FiniteNOverlaps.model(theoryModel, net);
                TransientResult theory = theory(theoryModel, net.initialCurrents());
                TransientResult finiteN = theory(finiteModel, net.initialCurrents());
                sim[d] = observables(simLate, sample(result.autocorrelation(), step, lags));
                thy[d] = observables(late(theory), theoryAutocorrelation(theory, lags));
                finite[d] = observables(late(finiteN), theoryAutocorrelation(finiteN, lags));
                if (result.lyapunov() != null) {
                    lyapunov[0][d] = result.lyapunov().exponent();
                    lyapunov[1][d] = lyapunovTheory;
                    lyapunov[2][d] = Double.isNaN(lyapunovTheory) ? Double.NaN
                            : config.lyapunovTheory().exponent(finiteModel);
                }
                simDrawLabels.add(labels(result.autocorrelation()));
                if (d == 0) {
                    theoryDrawLabels = PaperClassifier.classify(theory);
                }
                progress.onProgress(++done, total);
            }
            double[][] thyMean = mean(thy);
            double[][] simMean = mean(sim);
            double[][] simSe = pairedStandardError(sim, thy);
            double[][] finiteMean = mean(finite);
            double[][] finiteSe = pairedStandardError(sim, finite);
            for (int o = 0; o < thyMean.length; o++) {
                for (int mu = 0; mu < r; mu++) {
                    double tol = tolerance(v, o, thyMean, mu);
                    comparisons.add(new ObservableComparison(name(o, lags), mu, sizes[s], draws, thyMean[o][mu],
                            finiteMean[o][mu], simMean[o][mu], simSe[o][mu], finiteSe[o][mu], tol));
                }
            }
            if (base.lyapunov()) {
                // without a theory the standard error is the simulation's own (the exponent is reported, not judged)
                double[] reference = Double.isNaN(lyapunovTheory) ? new double[draws] : lyapunov[1];
                comparisons.add(new ObservableComparison(LYAPUNOV, 0, sizes[s], draws, lyapunovTheory,
                        meanOf(lyapunov[2]), meanOf(lyapunov[0]), pairedStandardError(lyapunov[0], reference),
                        pairedStandardError(lyapunov[0], lyapunov[2]), v.lyapunovTolerance()));
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
            List<ObservableComparison> bySize = comparisons.subList(i, i + sizes.length);
            if (Double.isFinite(bySize.get(0).theory())) { // an exponent without a theory is reported, not judged
                scalings.add(ErrorScaling.of(bySize));
            }
        }
        // labels are reported, not judged: the paper's peak-counting rule reads sampling noise in a simulated
        // autocorrelation as oscillation (a chaotic region can come out as limit-cycle+chaos)
        Verdict outcome = Verdict.combine(scalings.stream().map(ErrorScaling::verdict).toList());
        SpectralCheck spectrum = v.spectrumNeurons() >= 2
                ? SpectralCheck.of(config.model(), v.spectrumNeurons(), base.seed()) : null;
        return new ValidationReport(List.copyOf(comparisons), List.copyOf(scalings), spectrum, lags, theoryAcf,
                simAcf, theoryLabels, simLabels, outcome);
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
                d.window(), new double[model.regions()], referenceTimes(s.burnIn(), (steps - 1) * d.dt(), d.dt()),
                d.twoTimeStride(), d.classifier());
        TransientProblem problem = new TransientProblem(model, settings);
        return TransientSolvers.forProblem(problem).solve(problem);
    }

    private LateAverages late(TransientResult r) {
        return LateAverages.of(r.currents(), r.gain(), r.variance(), r.dt(), config.simulation().burnIn());
    }

    /**
     * Reference times from the burn-in to the end, evenly spaced on the DMFT grid (at most
     * {@link #MAX_REFERENCE_TIMES}); the first is the burn-in, whose slice the dynamics label reads.
     */
    static double[] referenceTimes(double burnIn, double end, double dt) {
        int first = (int) Math.ceil(burnIn / dt - 1e-9);
        int last = (int) Math.floor(end / dt + 1e-9);
        int stride = Math.max(1, (int) Math.ceil((last - first) / (double) MAX_REFERENCE_TIMES));
        List<Double> times = new ArrayList<>();
        for (int k = first; k <= last; k += stride) {
            times.add(k * dt);
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The theory's Delta(t0, t0 + lag) averaged over the reference times t0 with t0 + lag inside the run, per
     * lag [lags][R]: the same time average over the measurement window as the simulation's autocorrelation
     * (which averages x(t) x(t + lag) over t from the burn-in to the end minus the lag), so that a state that
     * still changes after the burn-in is compared like with like.
     */
    private static double[][] theoryAutocorrelation(TransientResult r, double[] lags) {
        double[][] out = new double[lags.length][r.regions()];
        for (int k = 0; k < lags.length; k++) {
            int idx = (int) Math.round(lags[k] / r.dt());
            for (int mu = 0; mu < r.regions(); mu++) {
                double sum = 0;
                int count = 0;
                for (LagSlice slice : r.lagSlices()) {
                    if (idx < slice.lags()) {
                        sum += slice.raw()[mu][idx];
                        count++;
                    }
                }
                out[k][mu] = count > 0 ? sum / count : Double.NaN;
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

    /** Standard error over draws of the mean of a[d] - b[d], per observable and region (NaN with one draw). */
    private static double[][] pairedStandardError(double[][][] a, double[][][] b) {
        double[][] se = new double[a[0].length][a[0][0].length];
        for (int o = 0; o < se.length; o++) {
            for (int mu = 0; mu < se[o].length; mu++) {
                double[] x = new double[a.length];
                double[] y = new double[a.length];
                for (int d = 0; d < a.length; d++) {
                    x[d] = a[d][o][mu];
                    y[d] = b[d][o][mu];
                }
                se[o][mu] = pairedStandardError(x, y);
            }
        }
        return se;
    }

    /** Standard error of the mean of a[d] - b[d] (NaN with one draw). */
    static double pairedStandardError(double[] a, double[] b) {
        int n = a.length;
        if (n < 2) {
            return Double.NaN;
        }
        double m = 0;
        for (int d = 0; d < n; d++) {
            m += (a[d] - b[d]) / n;
        }
        double ss = 0;
        for (int d = 0; d < n; d++) {
            double dev = a[d] - b[d] - m;
            ss += dev * dev;
        }
        return Math.sqrt(ss / (n - 1) / n);
    }

    private static double meanOf(double[] x) {
        double m = 0;
        for (double v : x) {
            m += v / x.length;
        }
        return m;
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
