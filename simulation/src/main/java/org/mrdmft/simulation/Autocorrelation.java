package org.mrdmft.simulation;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The autocorrelation &lt;x(t) x(t + tau)&gt; of stationary time series, averaged over series, by the FFT
 * periodogram: each series is zero-padded to at least twice its length (no wrap-around), its power
 * spectrum transformed back gives sum_k x_k x_{k+l}, and the unbiased normalisation divides by the
 * number of products L - l. Not mean-subtracted, like the DMFT's Delta(tau).
 */
public final class Autocorrelation {
    private Autocorrelation() {
    }

    /**
     * @param series [neurons][L] equally spaced samples
     * @param maxLag lags 0..maxLag (&lt; L) are returned
     * @return the neuron-averaged autocorrelation at lags 0..maxLag
     */
    public static double[] average(double[][] series, int maxLag) {
        int len = series[0].length;
        if (maxLag >= len) {
            throw new IllegalArgumentException("maxLag " + maxLag + " must be < series length " + len);
        }
        int n = Integer.highestOneBit(Math.max(2, 2 * len - 1) - 1) << 1;
        DoubleFFT_1D fft = new DoubleFFT_1D(n);
        double[] buf = new double[n];
        double[] sum = new double[maxLag + 1];
        for (double[] x : series) {
            java.util.Arrays.fill(buf, 0.0);
            System.arraycopy(x, 0, buf, 0, len);
            fft.realForward(buf);
            buf[0] = buf[0] * buf[0];
            buf[1] = buf[1] * buf[1];
            for (int k = 1; k < n / 2; k++) {
                double re = buf[2 * k];
                double im = buf[2 * k + 1];
                buf[2 * k] = re * re + im * im;
                buf[2 * k + 1] = 0.0;
            }
            fft.realInverse(buf, true);
            for (int l = 0; l <= maxLag; l++) {
                sum[l] += buf[l];
            }
        }
        for (int l = 0; l <= maxLag; l++) {
            sum[l] /= (double) series.length * (len - l);
        }
        return sum;
    }
}
