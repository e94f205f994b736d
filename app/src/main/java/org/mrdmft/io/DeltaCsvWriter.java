package org.mrdmft.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mrdmft.stationary.StationaryResult;

/**
 * Writes {@code delta.csv}: the stationary two-time function on the lag grid, one column per fixed point and
 * region, header {@code lag,delta_1_1,...,delta_1_R,delta_2_1,...} where delta_k_mu is Delta^mu(tau) at
 * fixed point k (fixed points and regions labelled from 1, as in summary.json and result.h5), the lag
 * in units of the neuronal time constant.
 */
public final class DeltaCsvWriter {
    /** The file name in an output directory. */
    public static final String FILE = "delta.csv";

    private DeltaCsvWriter() {
    }

    public static void write(Path file, StationaryResult r) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder("lag");
            for (int k = 0; k < r.correlations().size(); k++) {
                for (int mu = 0; mu < r.correlations().get(k).length; mu++) {
                    header.append(",delta_").append(k + 1).append('_').append(mu + 1);
                }
            }
            w.write(header.toString());
            w.newLine();
            double[] lags = r.lags();
            for (int i = 0; i < lags.length; i++) {
                StringBuilder line = new StringBuilder(Double.toString(lags[i]));
                for (double[][] perFixedPoint : r.correlations()) {
                    for (double[] region : perFixedPoint) {
                        line.append(',').append(region[i]);
                    }
                }
                w.write(line.toString());
                w.newLine();
            }
        }
    }
}
