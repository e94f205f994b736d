package org.mrdmft.model;

import java.util.List;

/**
 * Constant or piecewise-constant inputs I^nu(t) along unit-variance patterns w^nu (docs/MODEL.md section 6).
 * The input adds I^nu(t)^2 to the variance of x^nu (and I(t) I(t') to its two-time function) and
 * psi^nu V^{mu nu} I^nu to J^{mu nu}; with {@code gainScaled = false} the drive is V I without psi,
 * as in the authors' script.
 *
 * @param overlaps V[mu][nu] = &lt;n^{mu nu} w^nu&gt;
 * @param phases non-overlapping phases sorted by start; outside every phase the input is zero
 * @param gainScaled whether the current drive is psi V I (default, Stein's lemma) or V I
 */
public record InputDrive(double[][] overlaps, List<InputPhase> phases, boolean gainScaled) {
    public InputDrive {
        overlaps = Arrays2.copy(overlaps);
        phases = List.copyOf(phases);
        for (int k = 1; k < phases.size(); k++) {
            if (phases.get(k).from() < phases.get(k - 1).to()) {
                throw new IllegalArgumentException("input schedule phases overlap at t = " + phases.get(k).from());
            }
        }
    }

    /** No input at all. */
    public static InputDrive none(int regions) {
        return new InputDrive(new double[regions][regions], List.of(), true);
    }

    @Override
    public double[][] overlaps() {
        return Arrays2.copy(overlaps);
    }

    /** V[mu][nu] without copying. */
    public double overlap(int mu, int nu) {
        return overlaps[mu][nu];
    }

    /** Whether any input is ever nonzero. */
    public boolean isActive() {
        for (InputPhase p : phases) {
            for (double a : p.amplitude()) {
                if (a != 0.0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The times t &gt; 0 at which the input jumps: the ends of the phases where the amplitude just before
     * differs from the amplitude from then on, sorted.
     */
    public double[] switchTimes() {
        int r = overlaps.length;
        double[] before = new double[r];
        double[] after = new double[r];
        java.util.TreeSet<Double> times = new java.util.TreeSet<>();
        for (InputPhase p : phases) {
            for (double t : new double[] {p.from(), p.to()}) {
                if (t > 0 && Double.isFinite(t)) {
                    leftLimitAt(t, before);
                    amplitudeAt(t, after);
                    if (!java.util.Arrays.equals(before, after)) {
                        times.add(t);
                    }
                }
            }
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Writes the left limit of I^nu at t, the amplitude on a short interval ending at t, into out. */
    public void leftLimitAt(double t, double[] out) {
        java.util.Arrays.fill(out, 0.0);
        for (InputPhase p : phases) {
            if (p.from() < t && t <= p.to()) {
                for (int nu = 0; nu < out.length; nu++) {
                    out[nu] = p.amplitude(nu);
                }
                return;
            }
        }
    }

    /** Writes I^nu(t) into out (zeros outside every phase). */
    public void amplitudeAt(double t, double[] out) {
        java.util.Arrays.fill(out, 0.0);
        for (InputPhase p : phases) {
            if (p.contains(t)) {
                for (int nu = 0; nu < out.length; nu++) {
                    out[nu] = p.amplitude(nu);
                }
                return;
            }
        }
    }
}
