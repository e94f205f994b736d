package org.mrdmft.figures;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The paper's parameter tables of its five-region reciprocal networks (docs/FIGURES.md (fig3), (fig4c),
 * (input-switch)), kept in one place for the figure data, the tests and the benchmarks. The loop strengths a, b
 * (and disorder g) are the published numbers; the signs s^mu are random in the paper, so each case here draws
 * its own from a fixed seed.
 */
public final class PaperNetworks {
    /** Seed of the case signs: case k (1-based) draws its signs from SIGN_SEED + k. */
    public static final long SIGN_SEED = 20250300L;
    /** The signs of the input-switch network (the fig3 case 2 loops). */
    private static final double[] INPUT_SWITCH_SIGNS = {1, -1, 1, -1, 1};

    private static final double[][] FIG3_A = {
        {2.07056209, 2.01600629, 2.03914952, 2.08963573, 2.07470232},
        {2.56497381, 1.97552974, 1.97887313, 1.95708126, 2.03461631},
        {2.48332969, 2.49774933, 1.91455216, 2.06561083, 1.92826258}};
    private static final double[][] FIG3_B = {
        {2.46090888, 2.53800354, 2.49394571, 2.49587125, 2.51642394},
        {1.90793845, 2.56979247, 2.46955172, 2.51276156, 2.49002518},
        {1.96633011, 2.02011526, 2.45018848, 2.45768191, 2.4636397}};
    private static final double[][] FIG4C_A = {
        {2.07056209, 2.01600629, 2.03914952, 2.08963573, 2.07470232},
        {2.06497381, 1.97552974, 1.97887313, 1.95708126, 2.03461631},
        {1.98332969, 1.99774933, 1.91455216, 2.06561083, 1.92826258}};
    private static final double[][] FIG4C_B = {
        {2.46090888, 2.53800354, 2.49394571, 2.49587125, 2.51642394},
        {2.40793845, 2.56979247, 2.46955172, 2.51276156, 2.49002518},
        {2.46633011, 2.52011526, 2.45018848, 2.45768191, 2.4636397}};
    private static final double[][] FIG4C_G = {
        {1.5, 1.25817094, 1.23044151, 1.204867, 1.21775453},
        {2.25, 1.11759437, 1.18710331, 1.18463783, 1.24535078},
        {2.65, 1.29168832, 1.20166158, 1.15528298, 1.22156233}};

    private PaperNetworks() {
    }

    /** The three cases of fig3 (g = 0): every region routes; region 1; regions 1 and 2 with a &gt; b. */
    public static List<ReciprocalCase> fig3() {
        return List.of(of("fig3", 1, FIG3_A[0], FIG3_B[0], new double[5]),
                of("fig3", 2, FIG3_A[1], FIG3_B[1], new double[5]),
                of("fig3", 3, FIG3_A[2], FIG3_B[2], new double[5]));
    }

    /** The three cases of fig4c (disorder rising in region 1: 1.5, 2.25, 2.65). */
    public static List<ReciprocalCase> fig4c() {
        return List.of(of("fig4c", 1, FIG4C_A[0], FIG4C_B[0], FIG4C_G[0]),
                of("fig4c", 2, FIG4C_A[1], FIG4C_B[1], FIG4C_G[1]),
                of("fig4c", 3, FIG4C_A[2], FIG4C_B[2], FIG4C_G[2]));
    }

    /** The input-switch network: the loops of fig3 case 2 (region 1 has a &gt; b), g = 0, signs (+ - + - +). */
    public static ReciprocalCase inputSwitch() {
        return new ReciprocalCase("input-switch", FIG3_A[1], FIG3_B[1], new double[5], INPUT_SWITCH_SIGNS);
    }

    private static ReciprocalCase of(String figure, int k, double[] a, double[] b, double[] g) {
        SplittableRandom rng = new SplittableRandom(SIGN_SEED + k);
        double[] s = new double[a.length];
        for (int mu = 0; mu < s.length; mu++) {
            s[mu] = rng.nextBoolean() ? 1.0 : -1.0;
        }
        return new ReciprocalCase(figure + "-case" + k, a, b, g, s);
    }
}
