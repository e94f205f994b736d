package org.mrdmft.validation;

import org.mrdmft.simulation.SampledNetwork;

import org.mrdmft.model.NetworkModel;

/**
 * The overlaps measured on one sampled network: T_emp^{mu nu rho} = (1/N) n^{mu nu} . m^{nu rho} and
 * U_emp^{mu rho rho'} = (1/N) m^{mu rho} . m^{mu rho'}. The DMFT evaluated with them (the finite-N theory)
 * explains most of what separates a finite network from the N -&gt; infinity theory.
 */
public final class FiniteNOverlaps {
    private FiniteNOverlaps() {
    }

    public static double[][][] interactions(SampledNetwork net) {
        int r = net.regions();
        double[][][] t = new double[r][r][r];
        for (int mu = 0; mu < r; mu++) {
            for (int nu = 0; nu < r; nu++) {
                for (int rho = 0; rho < r; rho++) {
                    t[mu][nu][rho] = mean(net.readOut()[mu][nu], net.landing()[nu][rho]);
                }
            }
        }
        return t;
    }

    public static double[][][] overlaps(SampledNetwork net) {
        int r = net.regions();
        double[][][] u = new double[r][r][r];
        for (int mu = 0; mu < r; mu++) {
            for (int rho = 0; rho < r; rho++) {
                for (int rho2 = rho; rho2 < r; rho2++) {
                    double m = mean(net.landing()[mu][rho], net.landing()[mu][rho2]);
                    u[mu][rho][rho2] = m;
                    u[mu][rho2][rho] = m;
                }
            }
        }
        return u;
    }

    /** The model with the measured T and U in place of the population ones. */
    public static NetworkModel model(NetworkModel base, SampledNetwork net) {
        return new NetworkModel(base.regions(), base.nonlinearity(), base.disorder(), base.crossDisorder(),
                interactions(net), overlaps(net), base.inputs());
    }

    private static double mean(double[] a, double[] b) {
        double acc = 0.0;
        for (int i = 0; i < a.length; i++) {
            acc += a[i] * b[i];
        }
        return acc / a.length;
    }
}
