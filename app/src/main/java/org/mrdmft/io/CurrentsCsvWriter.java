package org.mrdmft.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mrdmft.dmft.TransientResult;

/**
 * Writes {@code currents.csv}: one row per time point with columns
 * {@code time,S_1_1,S_1_2,...,S_R_R,gain_1..gain_R,variance_1..variance_R} (S_mu_nu is the current
 * nu -&gt; mu, regions labelled from 1, row-major; the names of result.h5 and summary.json), time in units of
 * the neuronal time constant, every number at full double precision ({@link Double#toString(double)}).
 */
public final class CurrentsCsvWriter {
    /** The file name in an output directory. */
    public static final String FILE = "currents.csv";

    private CurrentsCsvWriter() {
    }

    /** The header line for R regions. */
    public static String header(int regions) {
        StringBuilder h = new StringBuilder("time");
        for (int mu = 1; mu <= regions; mu++) {
            for (int nu = 1; nu <= regions; nu++) {
                h.append(",S_").append(mu).append('_').append(nu);
            }
        }
        for (int mu = 1; mu <= regions; mu++) {
            h.append(",gain_").append(mu);
        }
        for (int mu = 1; mu <= regions; mu++) {
            h.append(",variance_").append(mu);
        }
        return h.toString();
    }

    /** Writes the time series of a transient result. */
    public static void write(Path file, TransientResult r) throws IOException {
        write(file, r.dt(), r.currents(), r.gain(), r.variance());
    }

    /**
     * Writes time series on the grid t_k = k * step.
     *
     * @param currents S [Nt][R][R]
     * @param gain psi [Nt][R]
     * @param variance Delta(t, t) [Nt][R]
     */
    public static void write(Path file, double step, double[][][] currents, double[][] gain, double[][] variance)
            throws IOException {
        int regions = gain[0].length;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(header(regions));
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
                line.append('\n');
                w.append(line);
            }
        }
    }
}
