package org.mrdmft.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mrdmft.dmft.TransientResult;

/**
 * Writes {@code currents.csv}: one row per time point with columns
 * {@code time,S_1_1,S_1_2,...,S_R_R,gain_1..gain_R,variance_1..variance_R,rowNorm_1..rowNorm_R} (S_mu_nu is the
 * current nu -&gt; mu, regions labelled from 1, row-major; rowNorm_mu = ||S^{mu .}||; the names of result.h5 and
 * summary.json), time in units of the neuronal time constant, every number at full double precision
 * ({@link Double#toString(double)}). A simulation writes the sign-free means over draws instead of S:
 * columns {@code absS_mu_nu} = mean |S^{mu nu}| and rowNorm_mu = mean ||S^{mu .}||.
 */
public final class CurrentsCsvWriter {
    /** The file name in an output directory. */
    public static final String FILE = "currents.csv";

    private CurrentsCsvWriter() {
    }

    /** Prefix of the current columns of a single run: S_mu_nu. */
    public static final String SIGNED = "S";
    /** Prefix of the current columns of a simulation's mean over draws of |S|: absS_mu_nu. */
    public static final String MEAN_ABS = "absS";

    /** The header line for R regions with signed currents S_mu_nu. */
    public static String header(int regions) {
        return header(regions, SIGNED);
    }

    /** The header line for R regions, current columns named {@code prefix}_mu_nu. */
    public static String header(int regions, String prefix) {
        StringBuilder h = new StringBuilder("time");
        for (int mu = 1; mu <= regions; mu++) {
            for (int nu = 1; nu <= regions; nu++) {
                h.append(',').append(prefix).append('_').append(mu).append('_').append(nu);
            }
        }
        for (int mu = 1; mu <= regions; mu++) {
            h.append(",gain_").append(mu);
        }
        for (int mu = 1; mu <= regions; mu++) {
            h.append(",variance_").append(mu);
        }
        for (int mu = 1; mu <= regions; mu++) {
            h.append(",rowNorm_").append(mu);
        }
        return h.toString();
    }

    /** Writes the time series of a transient result. */
    public static void write(Path file, TransientResult r) throws IOException {
        write(file, r.dt(), SIGNED, r.currents(), r.gain(), r.variance(),
                org.mrdmft.simulation.SignFree.rowNorms(r.currents()));
    }

    /**
     * Writes time series on the grid t_k = k * step.
     *
     * @param prefix name of the current columns, {@link #SIGNED} or {@link #MEAN_ABS}
     * @param currents S (or mean |S|) [Nt][R][R]
     * @param gain psi [Nt][R]
     * @param variance Delta(t, t) [Nt][R]
     * @param rowNorms ||S^{mu .}|| (or its mean) [Nt][R]
     */
    public static void write(Path file, double step, String prefix, double[][][] currents, double[][] gain,
                             double[][] variance, double[][] rowNorms) throws IOException {
        int regions = gain[0].length;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(header(regions, prefix));
            w.write('\n');
            StringBuilder line = new StringBuilder();
            for (int k = 0; k < gain.length; k++) {
                line.setLength(0);
                line.append(k * step);
                for (double[] row : currents[k]) {
                    for (double s : row) {
                        line.append(',').append(s);
                    }
                }
                for (double psi : gain[k]) {
                    line.append(',').append(psi);
                }
                for (double delta : variance[k]) {
                    line.append(',').append(delta);
                }
                for (double norm : rowNorms[k]) {
                    line.append(',').append(norm);
                }
                line.append('\n');
                w.append(line);
            }
        }
    }
}
