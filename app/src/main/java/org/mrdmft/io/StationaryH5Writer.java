package org.mrdmft.io;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.mrdmft.simulation.SignFree;
import org.mrdmft.stationary.FixedPoint;
import org.mrdmft.stationary.RegionState;
import org.mrdmft.stationary.StationaryResult;

/**
 * Writes {@code result.h5} of a stationary run, every dataset described by {@link H5Group}: axis datasets
 * {@code lag} [L] and {@code region} [R]; per fixed point, labelled k = 1..K in the order of summary.json's
 * {@code fixedPoints}, a group {@code fixedPoints/<k>} with {@code currents} [R][R], {@code gain},
 * {@code delta0}, {@code deltaInf}, {@code structuredVariance} [R], {@code delta} [L][R] (Delta^mu(tau)),
 * {@code rowNorms} [R], and the attributes {@code branch} (one per region, an array) and {@code stability}
 * (stable, marginal or unstable: a growth rate within the marginal tolerance of 0 is marginal); beside the groups, arrays over the fixed
 * points: {@code fixedPoints/fixedPoint} (the labels), {@code stable} (1/0), {@code starts} and
 * {@code growthRate}; root attributes of {@link H5Group#provenance} plus {@code mode} =
 * "stationary" and {@code representative} (the label of the representative fixed point).
 */
public final class StationaryH5Writer {
    private StationaryH5Writer() {
    }

    /** Writes the fixed points and their correlation functions. */
    public static void write(Path file, StationaryRecord run) {
        StationaryResult r = run.result();
        try (H5File file5 = H5File.create(file)) {
            H5Group h5 = file5.root();
            h5.put("lag", r.lags(), H5Group.TIME, "lag tau of the stationary two-time function Delta(tau)", "lag");
            ResultH5Writer.regionAxis(h5, r.representative().gain().length);
            H5Group all = h5.group("fixedPoints", "the fixed points of the currents, labelled from 1 "
                    + "(the order of summary.json's fixedPoints)");
            List<FixedPoint> fps = r.search().fixedPoints();
            all.put("fixedPoint", IntStream.rangeClosed(1, fps.size()).toArray(), H5Group.LABEL,
                    "fixed-point labels k = 1..K: the group names, and the coordinate of the fixedPoint axis",
                    "fixedPoint");
            byte[] stable = new byte[fps.size()];
            for (int k = 0; k < stable.length; k++) {
                stable[k] = (byte) (fps.get(k).stable() ? 1 : 0);
            }
            all.put("stable", stable, H5Group.FLAG,
                    "1 when the fixed point is linearly stable (growth rate below 0), 0 when not", "fixedPoint");
            all.put("starts", fps.stream().mapToInt(FixedPoint::starts).toArray(), H5Group.ONE,
                    "number of search starts that reached each fixed point", "fixedPoint");
            all.put("growthRate", fps.stream().mapToDouble(FixedPoint::growthRate).toArray(), H5Group.RATE,
                    "largest real part of the eigenvalues of the linearised current dynamics", "fixedPoint");
            for (int k = 0; k < fps.size(); k++) {
                FixedPoint fp = fps.get(k);
                H5Group g = all.group(Integer.toString(k + 1), "fixed point " + (k + 1));
                g.put("currents", fp.currents(), H5Group.ONE,
                        "currents S^{mu nu} at the fixed point: row mu receives, column nu sends", "region",
                        "region");
                g.put("rowNorms", SignFree.rowNorms(fp.currents()), H5Group.ONE,
                        "row norms ||S^{mu .}|| of the currents each region receives", "region");
                g.put("gain", fp.gain(), H5Group.ONE, "gain psi^mu of each region", "region");
                g.put("delta0", fp.regions().stream().mapToDouble(RegionState::delta0).toArray(), H5Group.ONE,
                        "variance Delta^mu(0) of each region's preactivation", "region");
                g.put("deltaInf", fp.regions().stream().mapToDouble(RegionState::deltaInf).toArray(),
                        H5Group.ONE, "long-lag limit Delta^mu(infinity) of each region", "region");
                g.put("structuredVariance",
                        fp.regions().stream().mapToDouble(RegionState::structuredVariance).toArray(), H5Group.ONE,
                        "structured variance A^mu (the currents' share of Delta) of each region", "region");
                g.put("delta", H5Group.transpose(r.correlations().get(k)), H5Group.ONE,
                        "stationary two-time function Delta^mu(tau) of each region", "lag", "region");
                g.attribute("branch", fp.regions().stream().map(s -> s.branch().label()).toList());
                g.attribute("stability", fp.stability().label());
            }
            h5.provenance(TidyConfig.of(run.config().resolved()).toString(), run.provenance(), run.fingerprint());
            h5.attribute("mode", "stationary");
            h5.attribute("representative", r.representativeIndex() + 1);
        }
    }
}
