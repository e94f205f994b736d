package org.mrdmft.io;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;
import java.nio.file.Path;
import java.util.List;
import org.mrdmft.dmft.LagSlice;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.simulation.SignFree;
import org.mrdmft.dmft.TwoTimeSample;

/**
 * Writes {@code result.h5} (HDF5, readable by h5py) with jhdf:
 * <ul>
 *   <li>datasets {@code time} [Nt], {@code currents} [Nt][R][R] and {@code drives} [Nt][R][R] (nu -&gt; mu),
 *       {@code gain} [Nt][R], {@code variance} [Nt][R];</li>
 *   <li>when kept, group {@code twoTime}: {@code indices} [m] (time indices), {@code delta} [R][m][m],
 *       attribute {@code stride};</li>
 *   <li>group {@code lagSlices} with one group per (non-empty) slice, {@code lagSlices/<k>}, holding {@code normalised}
 *       and {@code raw} [R][lags]; the group and its {@code normalised} dataset carry the attributes
 *       {@code referenceTime} and {@code referenceIndex};</li>
 *   <li>root attributes {@code config} (the resolved config as a JSON string), {@code version},
 *       {@code gitCommit}, {@code schemaVersion}, {@code configFingerprint}, {@code scheme}, {@code dt},
 *       {@code dynamics} (labels, comma separated).</li>
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
        try (WritableHdfFile h5 = HdfFile.write(file)) {
            h5.putDataset("time", time);
            h5.putDataset("currents", r.currents());
            h5.putDataset("drives", r.drives());
            double[][] norms = new double[r.steps()][];
            for (int k = 0; k < norms.length; k++) {
                norms[k] = SignFree.rowNorms(r.currents()[k]);
            }
            h5.putDataset("rowNorms", norms);
            h5.putDataset("gain", r.gain());
            h5.putDataset("variance", r.variance());
            writeTwoTime(h5, r.twoTime());
            writeLagSlices(h5, r.lagSlices());
            h5.putAttribute("config", run.config().resolved().toString());
            h5.putAttribute("version", run.provenance().version());
            h5.putAttribute("gitCommit", run.provenance().gitCommit());
            h5.putAttribute("schemaVersion", SummaryJsonWriter.SCHEMA_VERSION);
            h5.putAttribute("configFingerprint", run.fingerprint());
            h5.putAttribute("scheme", r.scheme().configName());
            h5.putAttribute("dt", r.dt());
            h5.putAttribute("dynamics", String.join(",",
                    run.labels().stream().map(d -> d.configName()).toList()));
        }
    }

    private static void writeTwoTime(WritableGroup h5, TwoTimeSample sample) {
        if (sample == null || sample.indices().length == 0) {
            return;
        }
        WritableGroup g = h5.putGroup("twoTime");
        g.putAttribute("stride", sample.stride());
        g.putDataset("indices", sample.indices());
        g.putDataset("delta", sample.values());
    }

    private static void writeLagSlices(WritableGroup h5, List<LagSlice> slices) {
        if (slices.isEmpty()) {
            return;
        }
        WritableGroup all = h5.putGroup("lagSlices");
        for (int k = 0; k < slices.size(); k++) {
            LagSlice s = slices.get(k);
            if (s.lags() == 0) {
                continue;
            }
            WritableGroup g = all.putGroup(Integer.toString(k));
            g.putAttribute("referenceTime", s.referenceTime());
            g.putAttribute("referenceIndex", s.referenceIndex());
            WritableDataset normalised = g.putDataset("normalised", s.normalised());
            normalised.putAttribute("referenceTime", s.referenceTime());
            normalised.putAttribute("referenceIndex", s.referenceIndex());
            g.putDataset("raw", s.raw());
        }
    }
}
