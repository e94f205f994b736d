package org.mrdmft.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mrdmft.validation.ObservableComparison;
import org.mrdmft.validation.ValidationReport;

/**
 * Writes {@code result.h5} of a validate run: the comparison of theory and simulation as arrays, every dataset
 * described by {@link H5Group}. Axis datasets {@code neurons} [n] (the network sizes), {@code region} [R] and,
 * when Delta(tau) is compared, {@code lag} [L]; one group per observable ({@code rowNorm}, {@code gain},
 * {@code variance}: arrays [n][R]; {@code autocorrelation}: arrays [L][n][R], lag first) holding {@code theory},
 * {@code finiteNTheory}, {@code simulation}, {@code standardError}, {@code error}, {@code tolerance} and
 * {@code pass} (1/0); root attributes of {@link H5Group#provenance} plus {@code mode} = "validation" and
 * {@code verdict} (and {@code theoryOverrides} when the theory's network was changed).
 */
public final class ValidationH5Writer {
    private static final String AUTOCORRELATION = "autocorrelation";

    private ValidationH5Writer() {
    }

    /** Writes the comparison of a validate run. */
    public static void write(Path file, ValidationRecord run) {
        ValidationReport r = run.report();
        List<Integer> sizes = r.comparisons().stream().map(ObservableComparison::neurons).distinct().sorted().toList();
        List<Double> lags = new ArrayList<>();
        Map<String, List<ObservableComparison>> byObservable = new LinkedHashMap<>();
        for (ObservableComparison c : r.comparisons()) {
            String name = base(c.observable());
            byObservable.computeIfAbsent(name, k -> new ArrayList<>()).add(c);
            if (name.equals(AUTOCORRELATION) && !lags.contains(lag(c.observable()))) {
                lags.add(lag(c.observable()));
            }
        }
        int regions = run.config().model().regions();
        try (H5File file5 = H5File.create(file)) {
            H5Group h5 = file5.root();
            h5.put("neurons", sizes.stream().mapToInt(Integer::intValue).toArray(), H5Group.ONE,
                    "network sizes N (neurons per region) that were simulated", "neurons");
            ResultH5Writer.regionAxis(h5, regions);
            if (!lags.isEmpty()) {
                h5.put("lag", lags.stream().mapToDouble(Double::doubleValue).toArray(), H5Group.TIME,
                        "lags tau at which Delta(tau) is compared", "lag");
            }
            for (Map.Entry<String, List<ObservableComparison>> e : byObservable.entrySet()) {
                boolean lagged = e.getKey().equals(AUTOCORRELATION);
                H5Group g = h5.group(e.getKey(), "theory against simulation for " + what(e.getKey()));
                Table t = new Table(lagged ? lags.size() : 1, sizes.size(), regions);
                for (ObservableComparison c : e.getValue()) {
                    t.add(lagged ? lags.indexOf(lag(c.observable())) : 0, sizes.indexOf(c.neurons()), c);
                }
                String[] axes = lagged ? new String[] {"lag", "neurons", "region"} : new String[] {"neurons", "region"};
                g.put("theory", t.shape(t.theory, lagged), H5Group.ONE, "the DMFT (N to infinity)", axes);
                g.put("finiteNTheory", t.shape(t.finiteN, lagged), H5Group.ONE,
                        "the DMFT with the overlaps measured on the sampled vectors, mean over draws", axes);
                g.put("simulation", t.shape(t.simulation, lagged), H5Group.ONE, "the simulation, mean over draws",
                        axes);
                g.put("standardError", t.shape(t.standardError, lagged), H5Group.ONE,
                        "standard error of the simulated mean over draws (0 with one draw)", axes);
                g.put("error", t.shape(t.error, lagged), H5Group.ONE, "|simulation - theory|", axes);
                g.put("tolerance", t.shape(t.tolerance, lagged), H5Group.ONE,
                        "allowed error besides 3 standard errors", axes);
                g.put("pass", t.flags(lagged), H5Group.FLAG,
                        "1 where the error is within the tolerance plus 3 standard errors, 0 where not", axes);
            }
            h5.provenance(TidyConfig.of(run.config().resolved()).toString(), run.provenance(), run.fingerprint());
            h5.attribute("mode", "validation");
            h5.attribute("verdict", r.verdict());
            if (!run.theoryOverrides().isEmpty()) {
                h5.attribute("theoryOverrides", run.theoryOverrides());
            }
        }
    }

    private static String base(String observable) {
        int p = observable.indexOf('(');
        return p < 0 ? observable : observable.substring(0, p);
    }

    private static double lag(String observable) {
        return Double.parseDouble(observable.substring(observable.indexOf('(') + 1, observable.indexOf(')')));
    }

    private static String what(String observable) {
        return switch (observable) {
            case "rowNorm" -> "each region's current row norm ||S^{mu .}||";
            case "gain" -> "each region's gain psi^mu";
            case "variance" -> "each region's variance Delta^mu(t, t)";
            case AUTOCORRELATION -> "each region's autocorrelation Delta^mu(tau)";
            default -> observable;
        };
    }

    /** The values of one observable as [lag][size][region] (one lag for the observables without one). */
    private static final class Table {
        final double[][][] theory;
        final double[][][] finiteN;
        final double[][][] simulation;
        final double[][][] standardError;
        final double[][][] error;
        final double[][][] tolerance;
        final byte[][][] pass;

        Table(int lags, int sizes, int regions) {
            theory = nan(lags, sizes, regions);
            finiteN = nan(lags, sizes, regions);
            simulation = nan(lags, sizes, regions);
            standardError = nan(lags, sizes, regions);
            error = nan(lags, sizes, regions);
            tolerance = nan(lags, sizes, regions);
            pass = new byte[lags][sizes][regions];
        }

        void add(int l, int n, ObservableComparison c) {
            theory[l][n][c.region()] = c.theory();
            finiteN[l][n][c.region()] = c.finiteNTheory();
            simulation[l][n][c.region()] = c.simulation();
            standardError[l][n][c.region()] = c.standardError();
            error[l][n][c.region()] = c.error();
            tolerance[l][n][c.region()] = c.tolerance();
            pass[l][n][c.region()] = (byte) (c.pass() ? 1 : 0);
        }

        Object shape(double[][][] values, boolean lagged) {
            return lagged ? values : values[0];
        }

        Object flags(boolean lagged) {
            return lagged ? pass : pass[0];
        }

        private static double[][][] nan(int a, int b, int c) {
            double[][][] m = new double[a][b][c];
            for (double[][] x : m) {
                for (double[] y : x) {
                    java.util.Arrays.fill(y, Double.NaN);
                }
            }
            return m;
        }
    }
}
