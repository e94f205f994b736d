package org.mrdmft.io;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.mrdmft.dmft.LagSlice;
import org.mrdmft.dmft.ReplicaExponent;
import org.mrdmft.dmft.ReplicaResult;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.simulation.SignFree;
import org.mrdmft.dmft.TwoTimeSample;

/**
 * Writes {@code result.h5} of a transient run (HDF5 through jhdf, readable by h5py), every dataset described
 * by {@link H5Group} (description, units, axes; time first):
 * <ul>
 *   <li>axis datasets {@code time} [Nt] and {@code region} [R] (labels 1..R);</li>
 *   <li>{@code currents} and {@code drives} [Nt][R][R] (row mu receives from column nu), {@code gain} and
 *       {@code variance} [Nt][R];</li>
 *   <li>when kept, group {@code twoTime}: {@code time} [m] (its own time axis), {@code timeIndex} [m] (0-based
 *       positions in {@code /time}) and {@code delta} [m][m][R]; attribute {@code stride};</li>
 *   <li>group {@code lagSlices} with one group per (non-empty) slice, labelled from 1, holding {@code lag} [L],
 *       {@code normalised} and {@code raw} [L][R], attributes {@code referenceTime} and {@code referenceIndex};</li>
 *   <li>with {@code dmft.lyapunov}, group {@code replica} (on the root's time axis): {@code distance} and
 *       {@code relativeDistance} [Nt][R], {@code exponent}, {@code fitStart}, {@code fitEnd} [R]; attributes
 *       {@code separation} and {@code trend};</li>
 *   <li>root attributes of {@link H5Group#provenance} plus {@code mode}, {@code scheme}, {@code dt} and
 *       {@code dynamics} (one label per region, an array).</li>
 * </ul>
 */
public final class ResultH5Writer {
    /** The file name in an output directory. */
    public static final String FILE = "result.h5";

    private ResultH5Writer() {
    }

    /** Writes the arrays and metadata of a run. */
    public static void write(Path file, RunRecord run) {
        TransientResult r = run.result();
        double[] time = new double[r.steps()];
        for (int k = 0; k < time.length; k++) {
            time[k] = r.time(k);
        }
        try (H5File file5 = H5File.create(file)) {
            H5Group h5 = file5.root();
            h5.put("time", time, H5Group.TIME, "time t of each step of the DMFT", "time");
            regionAxis(h5, r.regions());
            h5.put("currents", r.currents(), H5Group.ONE,
                    "filtered currents S^{mu nu}(t): row mu receives, column nu sends (nu -> mu)",
                    "time", "region", "region");
            h5.put("drives", r.drives(), H5Group.ONE,
                    "instantaneous currents J^{mu nu}(t) that drive S: row mu receives, column nu sends",
                    "time", "region", "region");
            h5.put("rowNorms", SignFree.rowNorms(r.currents()), H5Group.ONE,
                    "row norms ||S^{mu .}(t)|| of the currents each region receives", "time", "region");
            h5.put("gain", r.gain(), H5Group.ONE, "gain psi^mu(t) = <phi'(h^mu(t))> of each region",
                    "time", "region");
            h5.put("variance", r.variance(), H5Group.ONE,
                    "variance Delta^mu(t, t) of each region's preactivation", "time", "region");
            writeTwoTime(h5, r.twoTime(), time);
            writeLagSlices(h5, r.lagSlices(), r.dt());
            if (run.replica() != null) {
                writeReplica(h5, run.replica());
            }
            h5.provenance(TidyConfig.of(run.config().resolved()).toString(), run.provenance(), run.fingerprint());
            h5.attribute("mode", "transient");
            h5.attribute("scheme", r.scheme().configName());
            h5.attribute("dt", r.dt());
            h5.attribute("dynamics", run.labels().stream().map(d -> d.configName()).toList());
        }
    }

    /** The group {@code replica}: the replica DMFT's distances over time and each region's exponent and fit. */
    private static void writeReplica(H5Group h5, ReplicaResult replica) {
        H5Group g = h5.group("replica", "two replicas of the network (shared couplings and structured vectors)"
                + " started a small distance apart (docs/MODEL.md section 11); attributes separation (initial"
                + " deficit relative to Delta(0, 0)) and trend (per region: grows, saturates, decays or marginal)");
        g.put("distance", replica.distance(), H5Group.ONE,
                "squared replica distance d^mu(t) = Delta^11 + Delta^22 - 2 Delta^12 at equal times", "time", "region");
        g.put("relativeDistance", replica.relativeDistance(), H5Group.ONE,
                "d^mu(t) / (2 Delta^mu(t, t)): 0 for identical replicas, 1 for uncorrelated ones "
                        + "(NaN where Delta is 0)", "time", "region");
        List<ReplicaExponent> e = replica.exponents();
        g.put("exponent", e.stream().mapToDouble(ReplicaExponent::exponent).toArray(), H5Group.RATE,
                "maximal Lyapunov exponent of each region: half the growth rate of d over the fit window (for a "
                        + "decaying d, with its power-law prefactor where that fit is clean)", "region");
        g.put("fitStart", e.stream().mapToDouble(ReplicaExponent::fitStart).toArray(), H5Group.TIME,
                "first time of each region's fit window", "region");
        g.put("fitEnd", e.stream().mapToDouble(ReplicaExponent::fitEnd).toArray(), H5Group.TIME,
                "last time of each region's fit window (end of run, or where d left the small regime)", "region");
        g.attribute("separation", replica.separation());
        g.attribute("trend", e.stream().map(x -> x.trend().configName()).toList());
    }

    /** The dataset {@code region}: labels 1..R, the coordinate of every region axis. */
    static void regionAxis(H5Group h5, int regions) {
        h5.put("region", IntStream.rangeClosed(1, regions).toArray(), H5Group.LABEL,
                "region labels mu = 1..R; a region axis of any dataset runs over them in this order", "region");
    }

    private static void writeTwoTime(H5Group h5, TwoTimeSample sample, double[] time) {
        if (sample == null || sample.indices().length == 0) {
            return;
        }
        H5Group g = h5.group("twoTime", "the two-time function on a strided grid of times");
        g.attribute("stride", sample.stride());
        double[] t = new double[sample.indices().length];
        for (int a = 0; a < t.length; a++) {
            t[a] = time[sample.indices()[a]];
        }
        g.put("time", t, H5Group.TIME, "times of the strided grid (both axes of delta)", "time");
        g.put("timeIndex", sample.indices(), "1 (0-based position in /time)",
                "position of each strided time in /time", "time");
        g.put("delta", regionLast(sample), H5Group.ONE,
                "two-time function Delta^mu(t, t') of each region; NaN outside a kept window",
                "time", "time", "region");
    }

    /**
     * The two-time function as [a][b][mu] (time, time, region), block a filled straight from the sample's upper
     * triangle as {@link TwoTimeSample#value} reads it.
     */
    static DoubleBlocks regionLast(TwoTimeSample sample) {
        double[][][] upper = sample.upperColumns();
        int r = upper.length;
        int m = sample.indices().length;
        int[] shape = {m, m, r};
        return new DoubleBlocks() {
            @Override
            public int[] shape() {
                return shape.clone();
            }

            @Override
            public double[] block(int a, double[] scratch) {
                for (int mu = 0; mu < r; mu++) {
                    double[][] columns = upper[mu];
                    double[] row = columns[a];
                    for (int b = 0; b < a; b++) {
                        scratch[b * r + mu] = row[b];
                    }
                    for (int b = a; b < m; b++) {
                        scratch[b * r + mu] = columns[b][a];
                    }
                }
                return scratch;
            }
        };
    }

    private static void writeLagSlices(H5Group h5, List<LagSlice> slices, double dt) {
        if (slices.isEmpty()) {
            return;
        }
        H5Group all = h5.group("lagSlices", "Delta(t0, t0 + lag) from reference times t0, one group per t0, "
                + "labelled from 1");
        for (int k = 0; k < slices.size(); k++) {
            LagSlice s = slices.get(k);
            if (s.lags() == 0) {
                continue;
            }
            H5Group g = all.group(Integer.toString(k + 1), "lag slice from reference time t0 = "
                    + s.referenceTime());
            g.attribute("referenceTime", s.referenceTime());
            g.attribute("referenceIndex", s.referenceIndex());
            double[] lag = new double[s.lags()];
            for (int i = 0; i < lag.length; i++) {
                lag[i] = i * dt;
            }
            g.put("lag", lag, H5Group.TIME, "lag tau after the reference time t0", "lag");
            g.put("normalised", H5Group.transpose(s.normalised()), H5Group.ONE,
                    "normalised lag slice Dhat^mu(t0, t0 + lag)", "lag", "region");
            g.put("raw", H5Group.transpose(s.raw()), H5Group.ONE,
                    "two-time function Delta^mu(t0, t0 + lag)", "lag", "region");
        }
    }
}
