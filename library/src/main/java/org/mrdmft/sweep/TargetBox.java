package org.mrdmft.sweep;

import org.hipparchus.complex.Complex;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;

/**
 * The accepted region of a leading eigenvalue, |Re z - re| &lt;= tol and ||Im z| - im| &lt;= tol, and the
 * geometry {@link LeadingEigenvalueSampler} needs: where a ray from the origin crosses it, and a bound on the
 * chance that a chi-distributed radius lands there.
 */
record TargetBox(double re, double im, double tol) {
    /**
     * The radii r &gt; 0 with r (c + i s) in the box, for a direction with cos c and |sin| s, as {a, b}
     * (b may be infinite), or null when the ray misses it.
     */
    double[] rayInterval(double c, double s) {
        double[] re = linear(c, this.re - tol, this.re + tol);
        double[] im = linear(s, this.im - tol, this.im + tol);
        if (re == null || im == null) {
            return null;
        }
        double a = Math.max(0.0, Math.max(re[0], im[0]));
        double b = Math.min(re[1], im[1]);
        return a < b ? new double[] {a, b} : null;
    }

    /** Whether z lies in the box. */
    boolean contains(Complex z) {
        return Math.abs(z.getReal() - re) <= tol && Math.abs(Math.abs(z.getImaginary()) - im) <= tol;
    }

    /**
     * An upper bound M on P(s chi in [a, b]) over every scale s and every ray interval [a, b] of the box:
     * the largest probability of an interval of log(chi) of length log(max |z| / min |z|) over the box
     * (1 when the box reaches the origin).
     */
    double chiBound(ChiSquaredDistribution chi2) {
        double minRe = Math.max(0.0, Math.abs(re) - tol);
        double minIm = Math.max(0.0, im - tol);
        double min = Math.hypot(minRe, minIm);
        double max = Math.hypot(Math.abs(re) + tol, im + tol);
        if (!(min > 0.0)) {
            return 1.0;
        }
        double width = Math.log(max / min);
        // P(log chi in [x, x + width]) = F(e^{2 (x + width)}) - F(e^{2x}), unimodal in x
        UnivariateObjectiveFunction p = new UnivariateObjectiveFunction(x ->
                chi2.cumulativeProbability(Math.exp(2.0 * (x + width))) - chi2.cumulativeProbability(Math.exp(2.0 * x)));
        double mode = 0.5 * Math.log(Math.max(chi2.getDegreesOfFreedom() - 1.0, 0.5)) - 0.5 * width;
        double best = new BrentOptimizer(1e-12, 1e-14).optimize(new MaxEval(500), p, GoalType.MAXIMIZE,
                new SearchInterval(mode - 5.0, mode + 5.0, mode)).getValue();
        return Math.min(1.0, best * (1.0 + 1e-6));
    }

    /** {r &gt; 0 : lo &lt;= r k &lt;= hi} as {from, to} (to may be infinite), or null when empty. */
    private static double[] linear(double k, double lo, double hi) {
        if (k > 0.0) {
            return new double[] {lo / k, hi / k};
        }
        if (k < 0.0) {
            return new double[] {hi / k, lo / k};
        }
        return lo <= 0.0 && 0.0 <= hi ? new double[] {0.0, Double.POSITIVE_INFINITY} : null;
    }
}
