package org.mrdmft.dynamics;

import java.util.ArrayList;
import java.util.List;
import org.mrdmft.dmft.TransientResult;

/**
 * Groups transient solves from several initial currents by the attractor they reach, so that bistable current
 * dynamics are reported as every attractor with the share of starts reaching it rather than as one arbitrary
 * answer. Two starts reach the same attractor when every region has the same label and
 * <ul>
 *   <li>with periodic currents somewhere: their periods and amplitudes agree to {@value #RELATIVE_TOLERANCE}
 *       (relative; a cycle seen at another phase is the same cycle);</li>
 *   <li>with irregular or slow currents somewhere: always (they are not told apart);</li>
 *   <li>otherwise (static or absent currents): their final currents agree entry by entry to
 *       {@value #CURRENT_TOLERANCE} (so sign-flipped images of a fixed point are distinct attractors).</li>
 * </ul>
 */
public final class AttractorCensus {
    /** Relative agreement of periods and amplitudes of one limit cycle. */
    public static final double RELATIVE_TOLERANCE = 0.02;
    /** Absolute agreement of the final currents of one fixed point. */
    public static final double CURRENT_TOLERANCE = 1e-3;

    private AttractorCensus() {
    }

    /**
     * The attractors reached by the given solves (one per start, in start order) with their classifications,
     * in order of first appearance.
     */
    public static List<Attractor> of(List<TransientResult> results, List<List<RegionDynamics>> dynamics) {
        if (results.size() != dynamics.size() || results.isEmpty()) {
            throw new IllegalArgumentException("need one classification per result, at least one result");
        }
        List<Integer> representative = new ArrayList<>();
        List<List<Integer>> members = new ArrayList<>();
        for (int k = 0; k < results.size(); k++) {
            int found = -1;
            for (int a = 0; a < representative.size() && found < 0; a++) {
                int rep = representative.get(a);
                if (same(results.get(rep), dynamics.get(rep), results.get(k), dynamics.get(k))) {
                    found = a;
                }
            }
            if (found < 0) {
                representative.add(k);
                members.add(new ArrayList<>(List.of(k)));
            } else {
                members.get(found).add(k);
            }
        }
        List<Attractor> out = new ArrayList<>();
        for (int a = 0; a < representative.size(); a++) {
            int rep = representative.get(a);
            List<RegionDynamics> d = dynamics.get(rep);
            out.add(new Attractor(DynamicsClassification.labels(d), period(d), amplitude(d),
                    results.get(rep).finalCurrents(), members.get(a),
                    members.get(a).size() / (double) results.size()));
        }
        return List.copyOf(out);
    }

    static boolean same(TransientResult ra, List<RegionDynamics> a, TransientResult rb, List<RegionDynamics> b) {
        if (!DynamicsClassification.labels(a).equals(DynamicsClassification.labels(b))) {
            return false;
        }
        boolean periodic = false;
        boolean irregular = false;
        for (int mu = 0; mu < a.size(); mu++) {
            CurrentBehaviour ca = a.get(mu).currents();
            CurrentBehaviour cb = b.get(mu).currents();
            periodic |= ca == CurrentBehaviour.PERIODIC || cb == CurrentBehaviour.PERIODIC;
            irregular |= ca == CurrentBehaviour.IRREGULAR || cb == CurrentBehaviour.IRREGULAR
                    || ca == CurrentBehaviour.SLOW || cb == CurrentBehaviour.SLOW;
        }
        if (irregular) {
            return true;
        }
        if (periodic) {
            return close(period(a), period(b)) && close(amplitude(a), amplitude(b));
        }
        double[][] sa = ra.finalCurrents();
        double[][] sb = rb.finalCurrents();
        for (int mu = 0; mu < sa.length; mu++) {
            for (int nu = 0; nu < sa[mu].length; nu++) {
                if (Math.abs(sa[mu][nu] - sb[mu][nu]) > CURRENT_TOLERANCE) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean close(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.isNaN(x) && Double.isNaN(y);
        }
        return Math.abs(x - y) <= RELATIVE_TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
    }

    private static double period(List<RegionDynamics> d) {
        double p = Double.NaN;
        for (RegionDynamics x : d) {
            if (Double.isFinite(x.period()) && !(p >= x.period())) {
                p = x.period();
            }
        }
        return p;
    }

    private static double amplitude(List<RegionDynamics> d) {
        double a = 0.0;
        for (RegionDynamics x : d) {
            a = Math.max(a, x.amplitude());
        }
        return a;
    }
}
