package org.mrdmft.sweep;

import java.util.List;
import org.mrdmft.config.ConfigException;
import org.mrdmft.dmft.DmftMode;
import org.mrdmft.config.RunConfig;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dynamics.RegionDynamics;
import org.mrdmft.failure.DivergenceException;

/**
 * The standard row: a transient DMFT solve of the row's config (its dmft settings), each region classified
 * by the rule of {@code dmft.classifier} (with the currents' period, amplitude and decay), and the final
 * gain, variance and currents' row norms.
 */
public final class TransientRowSolver implements RowSolver {
    @Override
    public SweepRow solve(SweepPlan plan, int point, int draw) {
        long start = System.nanoTime();
        SweepPlan.RowConfig row = plan.rowConfig(point, draw);
        RunConfig cfg = row.config();
        if (cfg.dmft().mode() != DmftMode.TRANSIENT) {
            throw new ConfigException("dmft.mode", "sweeps run the transient DMFT: set dmft.mode: transient");
        }
        TransientResult result;
        List<RegionDynamics> dynamics;
        try {
            ClassifiedSolve solved = ClassifiedSolve.of(cfg.model(), cfg.dmft());
            result = solved.result();
            dynamics = solved.dynamics();
        } catch (DivergenceException e) {
            // the same failure, said of the row (a sweep of many points must say which one diverged)
            throw new DivergenceException("sweep point " + point + " (draw " + draw + "): " + e.quantity(),
                    e.region(), e.time(), e.value(), e.suggestion());
        }
        int r = result.regions();
        double[][] s = result.finalCurrents();
        double[] norms = new double[r];
        for (int mu = 0; mu < r; mu++) {
            double ss = 0.0;
            for (double v : s[mu]) {
                ss += v * v;
            }
            norms[mu] = Math.sqrt(ss);
        }
        int last = result.steps() - 1;
        var d = row.draw();
        return new SweepRow(point, draw, row.seed(), d == null ? 0 : d.tries(),
                d == null ? Double.NaN : d.leading().getReal(), d == null ? Double.NaN : d.leading().getImaginary(),
                dynamics.stream().map(x -> x.label().configName()).toList(),
                dynamics.stream().map(x -> x.currents().configName()).toList(),
                dynamics.stream().mapToDouble(RegionDynamics::period).toArray(),
                dynamics.stream().mapToDouble(RegionDynamics::amplitude).toArray(),
                dynamics.stream().mapToDouble(RegionDynamics::decay).toArray(),
                result.gain()[last], result.variance()[last], norms, (System.nanoTime() - start) / 1e9);
    }
}
