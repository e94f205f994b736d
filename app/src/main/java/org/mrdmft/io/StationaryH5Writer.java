package org.mrdmft.io;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import java.nio.file.Path;
import org.mrdmft.simulation.SignFree;
import org.mrdmft.stationary.FixedPoint;
import org.mrdmft.stationary.RegionState;
import org.mrdmft.stationary.StationaryResult;

/**
 * Writes {@code result.h5} of a stationary run: {@code lags} [L], and per fixed point k a group
 * {@code fixedPoints/<k>} with {@code currents} [R][R], {@code rowNorms} [R], {@code gain}, {@code delta0}, {@code deltaInf},
 * {@code structuredVariance} [R], {@code delta} [R][L] (Delta^mu(tau)) and attributes {@code stable},
 * {@code stability} (stable, marginal or unstable), {@code starts}, {@code branch} (comma separated); root attributes as for transient runs
 * ({@code config}, {@code version}, {@code gitCommit}, {@code schemaVersion}, {@code configFingerprint}) plus
 * {@code mode} = "stationary" and {@code representative}.
 */
public final class StationaryH5Writer {
    private StationaryH5Writer() {
    }

    public static void write(Path file, StationaryRecord run) {
        StationaryResult r = run.result();
        try (WritableHdfFile h5 = HdfFile.write(file)) {
            h5.putDataset("lags", r.lags());
            WritableGroup all = h5.putGroup("fixedPoints");
            for (int k = 0; k < r.search().fixedPoints().size(); k++) {
                FixedPoint fp = r.search().fixedPoints().get(k);
                WritableGroup g = all.putGroup(Integer.toString(k));
                g.putDataset("currents", fp.currents());
                g.putDataset("rowNorms", SignFree.rowNorms(fp.currents()));
                g.putDataset("gain", fp.gain());
                g.putDataset("delta0", fp.regions().stream().mapToDouble(RegionState::delta0).toArray());
                g.putDataset("deltaInf", fp.regions().stream().mapToDouble(RegionState::deltaInf).toArray());
                g.putDataset("structuredVariance",
                        fp.regions().stream().mapToDouble(RegionState::structuredVariance).toArray());
                g.putDataset("delta", r.correlations().get(k));
                g.putAttribute("stable", fp.stable() ? 1 : 0);
                g.putAttribute("stability", fp.stability().label());
                g.putAttribute("starts", fp.starts());
                g.putAttribute("branch", String.join(",", fp.regions().stream().map(s -> s.branch().label()).toList()));
            }
            h5.putAttribute("config", run.config().resolved().toString());
            h5.putAttribute("version", run.provenance().version());
            h5.putAttribute("gitCommit", run.provenance().gitCommit());
            h5.putAttribute("schemaVersion", SummaryJsonWriter.SCHEMA_VERSION);
            h5.putAttribute("configFingerprint", run.fingerprint());
            h5.putAttribute("mode", "stationary");
            h5.putAttribute("representative", r.representativeIndex());
        }
    }
}
