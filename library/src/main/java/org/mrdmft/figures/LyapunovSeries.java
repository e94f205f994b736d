package org.mrdmft.figures;

/**
 * One curve of maximal Lyapunov exponents against a parameter, labelled with where its numbers come from. The
 * lyapunov figure keeps its curves as a list of these, so that a theory added later (the two-replica DMFT) joins the
 * finite-N and stationary curves as one more series without changing the data's shape.
 *
 * @param name short name, used in CSV column names (letters and digits only)
 * @param source what computed the numbers, in words (written to the figure's series table)
 * @param x the parameter values
 * @param exponent lambda per x; NaN where the source does not apply
 * @param standardError the standard error of lambda per x; NaN where there is none (theories)
 */
public record LyapunovSeries(String name, String source, double[] x, double[] exponent, double[] standardError) {
    public LyapunovSeries {
        if (!name.matches("[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("series name must be letters and digits, got '" + name + "'");
        }
        if (x.length != exponent.length || x.length != standardError.length) {
            throw new IllegalArgumentException("series " + name + ": x, exponent and standardError differ in length");
        }
        x = x.clone();
        exponent = exponent.clone();
        standardError = standardError.clone();
    }

    /** A theory's series: no standard errors. */
    public static LyapunovSeries theory(String name, String source, double[] x, double[] exponent) {
        double[] none = new double[x.length];
        java.util.Arrays.fill(none, Double.NaN);
        return new LyapunovSeries(name, source, x, exponent, none);
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] exponent() {
        return exponent.clone();
    }

    @Override
    public double[] standardError() {
        return standardError.clone();
    }

    /** The exponent at {@code value} of x (NaN when x does not hold it). */
    public double at(double value) {
        for (int i = 0; i < x.length; i++) {
            if (Math.abs(x[i] - value) < 1e-9) {
                return exponent[i];
            }
        }
        return Double.NaN;
    }

    /** The standard error at {@code value} of x (NaN when x does not hold it). */
    public double standardErrorAt(double value) {
        for (int i = 0; i < x.length; i++) {
            if (Math.abs(x[i] - value) < 1e-9) {
                return standardError[i];
            }
        }
        return Double.NaN;
    }
}
