package org.mrdmft.model;

/**
 * A constant input amplitude per region on the half-open time interval [from, to).
 *
 * @param from start time (inclusive)
 * @param to end time (exclusive); {@code Double.POSITIVE_INFINITY} for "until the end"
 * @param amplitude I^nu per region
 */
public record InputPhase(double from, double to, double[] amplitude) {
    public InputPhase {
        if (!(to > from)) {
            throw new IllegalArgumentException("input phase must have to > from, got [" + from + ", " + to + ")");
        }
        amplitude = amplitude.clone();
    }

    @Override
    public double[] amplitude() {
        return amplitude.clone();
    }

    /** Whether t lies in [from, to). */
    public boolean contains(double t) {
        return t >= from && t < to;
    }

    /** Amplitude of region nu without copying. */
    public double amplitude(int nu) {
        return amplitude[nu];
    }
}
