package org.mrdmft.io;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import java.nio.file.Path;
import org.mrdmft.simulation.LyapunovSummary;
import org.mrdmft.simulation.SimulationEnsemble;
import org.mrdmft.simulation.SimulationResult;

/**
 * Writes {@code result.h5} for a simulation, with the dataset names of {@code solve} where they exist:
 * {@code time} [Nt], {@code currents} and {@code drives} [Nt][R][R], {@code gain} and {@code variance} [Nt][R]
 * (all averaged over draws), {@code autocorrelation} [R][lags] (averaged; attribute {@code lagStep},
 * {@code burnIn}), {@code participationRatio} [R], {@code traces} [R][neurons][Nt] of the first draw, and
 * per draw the group {@code draws/<d>} with its own {@code currents}, {@code drives}, {@code gain},
 * {@code variance}, {@code autocorrelation}, {@code participationRatio}, {@code traces} and
 * {@code readOutVariance}; root attributes as for solve ({@code config}, {@code version}, {@code gitCommit},
 * {@code schemaVersion}, {@code configFingerprint}, {@code scheme}, {@code dt}) plus {@code recordStep}; with
 * {@code simulation.lyapunov} the group {@code lyapunov}: {@code exponent} [draws], {@code shares} [draws][R],
 * attributes {@code mean}, {@code standardError}, {@code renormalisationInterval}.
 */
public final class SimulationH5Writer {
    private SimulationH5Writer() {
    }

    /** Writes the arrays and metadata of a simulation run. */
    public static void write(Path file, SimulationRecord run) {
        SimulationEnsemble e = run.ensemble();
        SimulationResult first = e.first();
        double[] time = new double[first.steps()];
        for (int k = 0; k < time.length; k++) {
            time[k] = first.time(k);
        }
        try (WritableHdfFile h5 = HdfFile.write(file)) {
            h5.putDataset("time", time);
            h5.putDataset("currents", e.meanCurrents());
            h5.putDataset("drives", e.meanDrives());
            h5.putDataset("gain", e.meanGain());
            h5.putDataset("variance", e.meanVariance());
            var ac = h5.putDataset("autocorrelation", e.meanAutocorrelation());
            ac.putAttribute("lagStep", first.recordStep());
            ac.putAttribute("burnIn", first.burnIn());
            h5.putDataset("participationRatio", e.meanParticipationRatio());
            h5.putDataset("traces", first.traces());
            var draws = h5.putGroup("draws");
            for (int d = 0; d < e.draws().size(); d++) {
                SimulationResult r = e.draws().get(d);
                var g = draws.putGroup(Integer.toString(d));
                g.putDataset("currents", r.currents());
                g.putDataset("drives", r.drives());
                g.putDataset("gain", r.gain());
                g.putDataset("variance", r.variance());
                g.putDataset("autocorrelation", r.autocorrelation());
                g.putDataset("participationRatio", r.participationRatio());
                g.putDataset("traces", r.traces());
                g.putDataset("readOutVariance", r.readOutVariance());
            }
            LyapunovSummary lyapunov = LyapunovSummary.of(e);
            if (lyapunov != null) {
                var ly = h5.putGroup("lyapunov");
                ly.putDataset("exponent", lyapunov.exponents());
                double[][] shares = new double[e.draws().size()][];
                for (int d = 0; d < shares.length; d++) {
                    shares[d] = e.draws().get(d).lyapunov().shares();
                }
                ly.putDataset("shares", shares);
                ly.putAttribute("mean", lyapunov.exponent());
                ly.putAttribute("standardError", lyapunov.standardError());
                ly.putAttribute("renormalisationInterval", run.config().simulation().lyapunovInterval());
            }
            h5.putAttribute("config", run.config().resolved().toString());
            h5.putAttribute("version", run.provenance().version());
            h5.putAttribute("gitCommit", run.provenance().gitCommit());
            h5.putAttribute("schemaVersion", SummaryJsonWriter.SCHEMA_VERSION);
            h5.putAttribute("configFingerprint", run.fingerprint());
            h5.putAttribute("scheme", first.scheme().configName());
            h5.putAttribute("dt", first.dt());
            h5.putAttribute("recordStep", first.recordStep());
        }
    }
}
