package org.mrdmft.model;

/** Deep copies of small nested arrays, for the defensive copies of immutable records. */
public final class Arrays2 {
    private Arrays2() {
    }

    public static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    public static double[][][] copy(double[][][] a) {
        double[][][] c = new double[a.length][][];
        for (int i = 0; i < a.length; i++) {
            c[i] = copy(a[i]);
        }
        return c;
    }
}
