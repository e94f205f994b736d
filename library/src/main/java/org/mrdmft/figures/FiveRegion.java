package org.mrdmft.figures;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.complex.Complex;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.dmft.LagSlice;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.dmft.TransientProblem;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dmft.TransientSolvers;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.stationary.Spectra;

/**
 * The data of the five-region figure (docs/FIGURES.md (five-region)): disorder and the complexity of current
 * dynamics in five regions (U = I, the tensor {@code five-region} of {@link PaperTensors}). The eigenvalues of
 * That, and for a common disorder g of every region the transient DMFT (default settings: dt = 0.05,
 * Nt = 2500): the current magnitude ||S(t)|| (Frobenius norm), the mean gain psi(t) over the regions and the
 * region-mean normalised lag slice Dhat(tau) at the midpoint reference time. The currents are irregular at
 * g = 0 and 1, weaker at 2 and gone at 3.
 */
public final class FiveRegion {
    /** The regions. */
    public static final int REGIONS = 5;

    private FiveRegion() {
    }

    /**
     * The knobs.
     *
     * @param disorders the common disorders g, one solve each
     */
    public record Options(double[] disorders) {
        public Options {
            disorders = disorders.clone();
        }

        @Override
        public double[] disorders() {
            return disorders.clone();
        }

        /** g = 0, 1, 2, 3 (the command line's default). */
        public static Options quick() {
            return new Options(new double[] {0, 1, 2, 3});
        }

        /** The same as {@link #quick()}: the figure has no coarser default. */
        public static Options full() {
            return quick();
        }
    }

    /**
     * The time courses at one disorder.
     *
     * @param disorder g
     * @param time t_k
     * @param currentNorm ||S(t_k)||
     * @param meanGain the mean over regions of psi^mu(t_k)
     * @param referenceTime the lag slice's reference time (the midpoint)
     * @param lag tau_k
     * @param meanDhat the mean over regions of Dhat^mu(tau_k)
     */
    public record Course(double disorder, double[] time, double[] currentNorm, double[] meanGain,
                         double referenceTime, double[] lag, double[] meanDhat) {
        public Course {
            time = time.clone();
            currentNorm = currentNorm.clone();
            meanGain = meanGain.clone();
            lag = lag.clone();
            meanDhat = meanDhat.clone();
        }

        @Override
        public double[] time() {
            return time.clone();
        }

        @Override
        public double[] currentNorm() {
            return currentNorm.clone();
        }

        @Override
        public double[] meanGain() {
            return meanGain.clone();
        }

        @Override
        public double[] lag() {
            return lag.clone();
        }

        @Override
        public double[] meanDhat() {
            return meanDhat.clone();
        }
    }

    /**
     * The figure's numbers.
     *
     * @param options what was computed
     * @param spectrum the eigenvalues of That
     * @param courses one per disorder, in the order of the options
     */
    public record Data(Options options, List<Complex> spectrum, List<Course> courses) {
        public Data {
            spectrum = List.copyOf(spectrum);
            courses = List.copyOf(courses);
        }

        /** The CSV tables of {@code mrdmft figure five-region}: five-region-spectrum, -time and -lags. */
        public List<DataTable> tables() {
            DataTable spec = DataTable.named("five-region-spectrum")
                    .column("re", spectrum.stream().mapToDouble(Complex::getReal).toArray())
                    .column("im", spectrum.stream().mapToDouble(Complex::getImaginary).toArray()).build();
            DataTable.Builder time = DataTable.named("five-region-time").column("t", courses.get(0).time);
            DataTable.Builder lags = DataTable.named("five-region-lags").column("tau", courses.get(0).lag);
            for (Course c : courses) {
                time.column("currentNorm_g" + c.disorder, c.currentNorm).column("meanGain_g" + c.disorder,
                        c.meanGain);
                lags.column("meanDhat_g" + c.disorder, c.meanDhat);
            }
            return List.of(spec, time.build(), lags.build());
        }
    }

    /** The figure at g = 0, 1, 2, 3. */
    public static Data compute() {
        return compute(Options.quick());
    }

    /** The figure with these options. */
    public static Data compute(Options options) {
        return compute(options, ProgressListener.NONE);
    }

    /** The figure with these options, reporting finished disorders to {@code progress}. */
    public static Data compute(Options options, ProgressListener progress) {
        double[][][] t = PaperTensors.load("five-region");
        List<Complex> spectrum = List.of(Spectra.outliers(NetworkModel.of(new double[REGIONS], t)));
        List<Course> courses = new ArrayList<>();
        for (double g : options.disorders) {
            double[] disorder = new double[REGIONS];
            java.util.Arrays.fill(disorder, g);
            TransientProblem p = new TransientProblem(NetworkModel.of(disorder, t), DmftSettings.defaults());
            courses.add(course(g, TransientSolvers.forProblem(p).solve(p)));
            progress.onProgress(courses.size(), options.disorders.length);
        }
        return new Data(options, spectrum, courses);
    }

    private static Course course(double g, TransientResult r) {
        int n = r.steps();
        double[] time = new double[n];
        double[] norm = new double[n];
        double[] psi = new double[n];
        for (int i = 0; i < n; i++) {
            time[i] = r.time(i);
            double acc = 0;
            for (double[] row : r.currents()[i]) {
                for (double s : row) {
                    acc += s * s;
                }
            }
            norm[i] = Math.sqrt(acc);
            double mean = 0;
            for (double v : r.gain()[i]) {
                mean += v / REGIONS;
            }
            psi[i] = mean;
        }
        LagSlice mid = r.lagSlices().get(r.lagSlices().size() - 1);
        double[] lag = new double[mid.lags()];
        double[] dhat = new double[mid.lags()];
        for (int i = 0; i < lag.length; i++) {
            lag[i] = i * r.dt();
            for (int mu = 0; mu < REGIONS; mu++) {
                dhat[i] += mid.normalised()[mu][i] / REGIONS;
            }
        }
        return new Course(g, time, norm, psi, mid.referenceTime(), lag, dhat);
    }
}
