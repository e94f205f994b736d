package org.mrdmft.dmft;

import org.mrdmft.kernel.ErfKernel;
import org.mrdmft.kernel.GaussianKernel;
import org.mrdmft.model.Nonlinearity;

/**
 * The source of the replica deficit, C(D11, D22, D12) - C(D11, D22, D12 - delta): the correlation of one replica
 * with itself minus that with the other, whose covariance is smaller by the deficit delta. Where delta is tiny
 * next to D12 the two correlations are nearly equal, so the difference is formed without subtracting them.
 *
 * <p>For erf, C = c asin(D12 a) with a = 1 / sqrt((D11 + c)(D22 + c)); with x = D12 a and y = x - delta a,
 * asin x - asin y = atan2(sin, cos) where cos = sqrt(1 - x^2) sqrt(1 - y^2) + x y and, for x and y of the same
 * sign (compared as signs, not as the product x y, which underflows for tiny x and y),
 * sin = (x - y)(x + y) / (x sqrt(1 - y^2) + y sqrt(1 - x^2)) (no cancellation; for opposite signs the plain
 * x sqrt(1 - y^2) - y sqrt(1 - x^2) has none either), the product reordered only where it would be subnormal:
 * full relative precision for any delta, down to the smallest normal doubles. Other
 * nonlinearities subtract two quadratures, which resolves delta down to about 1e-16 absolute.
 */
abstract class KernelDifference {

    /** The difference for the network's nonlinearity. */
    static KernelDifference of(Nonlinearity phi, GaussianKernel kernel) {
        return phi == Nonlinearity.ERF ? new Erf() : new Subtracted(kernel);
    }

    /** Whether the difference keeps full relative precision for any deficit. */
    abstract boolean exact();

    /** C(d11, d22, d12) - C(d11, d22, d12 - deficit). */
    abstract double of(double d11, double d22, double d12, double deficit);

    /**
     * out[i] = C(diag[i], dNew, cross[i]) - C(diag[i], dNew, cross[i] - deficit[i]) for from &lt;= i &lt; to, with the
     * kernel's row auxiliaries (aux[i] of diag[i], auxNew of dNew) as {@link GaussianKernel#correlationColumn}.
     */
    void column(double[] diag, double[] aux, double dNew, double auxNew, double[] cross, double[] deficit,
                int from, int to, double[] out) {
        for (int i = from; i < to; i++) {
            out[i] = of(diag[i], dNew, cross[i], deficit[i]);
        }
    }

    /**
     * sin(asin x - asin y) with dx = x - y, cx = sqrt(1 - x^2), cy = sqrt(1 - y^2), as in the class comment. The
     * signs are compared, not the product x y, and the deficit multiplies the ratio (x + y) / (x cy + y cx) (about
     * 1) where its product with x + y would fall below the smallest normal double: both underflow once Delta is
     * tiny (a static state's Delta decays to 1e-150 and below in long runs), and the source would then vanish.
     * Elsewhere the operations are those of the plain formula.
     */
    private static double sine(double x, double y, double dx, double cx, double cy) {
        if (x > 0.0 ? y > 0.0 : x < 0.0 && y < 0.0) {
            double num = dx * (x + y);
            double den = x * cy + y * cx;
            return Math.abs(num) >= Double.MIN_NORMAL ? num / den : dx * ((x + y) / den);
        }
        return x * cy - y * cx;
    }

    private static final class Erf extends KernelDifference {
        @Override
        boolean exact() {
            return true;
        }

        @Override
        double of(double d11, double d22, double d12, double deficit) {
            double a = 1.0 / Math.sqrt((d11 + ErfKernel.C) * (d22 + ErfKernel.C));
            double x = d12 * a;
            double dx = deficit * a;
            double y = x - dx;
            double cx = Math.sqrt(Math.max(0.0, (1.0 - x) * (1.0 + x)));
            double cy = Math.sqrt(Math.max(0.0, (1.0 - y) * (1.0 + y)));
            double sin = sine(x, y, dx, cx, cy);
            return ErfKernel.C * Math.atan2(sin, cx * cy + x * y);
        }

        /**
         * The column with a = aux[i] auxNew (aux = 1 / sqrt(D + c), the erf kernel's row auxiliary) and, where the
         * angle is small (|tan| &lt; 1e-3, every cell while the replicas are close), atan by its series to z^5,
         * exact to 1e-19 relative, instead of atan2.
         */
        @Override
        void column(double[] diag, double[] aux, double dNew, double auxNew, double[] cross, double[] deficit,
                    int from, int to, double[] out) {
            for (int i = from; i < to; i++) {
                double a = aux[i] * auxNew;
                double x = cross[i] * a;
                double dx = deficit[i] * a;
                double y = x - dx;
                double cx = Math.sqrt(Math.max(0.0, (1.0 - x) * (1.0 + x)));
                double cy = Math.sqrt(Math.max(0.0, (1.0 - y) * (1.0 + y)));
                double sin = sine(x, y, dx, cx, cy);
                double cos = cx * cy + x * y;
                double z = sin / cos;
                if (cos > 0.0 && Math.abs(z) < 1e-3) {
                    double z2 = z * z;
                    out[i] = ErfKernel.C * z * (1.0 - z2 * (1.0 / 3.0 - 0.2 * z2));
                } else {
                    out[i] = ErfKernel.C * Math.atan2(sin, cos);
                }
            }
        }
    }

    private static final class Subtracted extends KernelDifference {
        private final GaussianKernel kernel;
        private double[] shifted = new double[0];
        private double[] lower = new double[0];

        Subtracted(GaussianKernel kernel) {
            this.kernel = kernel;
        }

        /** Two calls of the kernel's own column (tabulated for tanh) instead of 2 (to - from) quadratures. */
        @Override
        void column(double[] diag, double[] aux, double dNew, double auxNew, double[] cross, double[] deficit,
                    int from, int to, double[] out) {
            if (shifted.length < to) {
                shifted = new double[cross.length];
                lower = new double[cross.length];
            }
            for (int i = from; i < to; i++) {
                shifted[i] = cross[i] - deficit[i];
            }
            kernel.correlationColumn(diag, aux, dNew, auxNew, cross, from, to, out);
            kernel.correlationColumn(diag, aux, dNew, auxNew, shifted, from, to, lower);
            for (int i = from; i < to; i++) {
                out[i] -= lower[i];
            }
        }

        @Override
        boolean exact() {
            return false;
        }

        @Override
        double of(double d11, double d22, double d12, double deficit) {
            return kernel.correlation(d11, d22, d12) - kernel.correlation(d11, d22, d12 - deficit);
        }
    }
}
