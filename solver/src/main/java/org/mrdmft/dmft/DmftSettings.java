package org.mrdmft.dmft;


import org.mrdmft.model.Arrays2;

/**
 * Numerical settings of the DMFT ({@code dmft:} in the config).
 *
 * @param mode transient or stationary
 * @param dt time step &gt; 0
 * @param steps number of time points Nt &gt;= 2 (times 0, dt, ..., (Nt-1) dt)
 * @param scheme time discretisation
 * @param initialCurrents S(0) as R x R, or null for seeded Uniform(0, 1)
 * @param seed seed of every random draw the DMFT makes
 * @param window keep only the most recent {@code window} lags (0 = all): O(Nt window R) work
 * @param initialVariance the random part of Delta(0,0) per region, or null for the scheme's default
 * @param lagReferenceTimes reference times t0 of the lag slices Dhat(t0, t0 + tau), or null for the default
 * @param twoTimeStride stride of the stored two-time matrix (0 = automatic, at most 1000 points per axis)
 * @param classifier the rule that labels each region's dynamics
 * @param lyapunov whether a transient solve carries a second replica (docs/MODEL.md section 11) and reports each
 *     region's Lyapunov exponent; the {@link DynamicsClassifier#LYAPUNOV} rule needs it and switches it on
 */
public record DmftSettings(DmftMode mode, double dt, int steps, DmftScheme scheme, double[][] initialCurrents,
                           long seed, int window, double[] initialVariance, double[] lagReferenceTimes,
                           int twoTimeStride, DynamicsClassifier classifier, boolean lyapunov) {
    public DmftSettings {
        classifier = classifier == null ? DynamicsClassifier.CURRENTS : classifier;
        lyapunov = lyapunov || classifier == DynamicsClassifier.LYAPUNOV;
        initialCurrents = initialCurrents == null ? null : Arrays2.copy(initialCurrents);
        initialVariance = initialVariance == null ? null : initialVariance.clone();
        lagReferenceTimes = lagReferenceTimes == null ? null : lagReferenceTimes.clone();
    }

    /** Settings without the replica ({@code lyapunov} false unless the classifier needs it). */
    public DmftSettings(DmftMode mode, double dt, int steps, DmftScheme scheme, double[][] initialCurrents,
                        long seed, int window, double[] initialVariance, double[] lagReferenceTimes,
                        int twoTimeStride, DynamicsClassifier classifier) {
        this(mode, dt, steps, scheme, initialCurrents, seed, window, initialVariance, lagReferenceTimes,
                twoTimeStride, classifier, false);
    }

    /** Settings with the default classifier ({@link DynamicsClassifier#CURRENTS}). */
    public DmftSettings(DmftMode mode, double dt, int steps, DmftScheme scheme, double[][] initialCurrents,
                        long seed, int window, double[] initialVariance, double[] lagReferenceTimes,
                        int twoTimeStride) {
        this(mode, dt, steps, scheme, initialCurrents, seed, window, initialVariance, lagReferenceTimes,
                twoTimeStride, DynamicsClassifier.CURRENTS);
    }

    /** Defaults (docs/CONFIG.md (dmft)): transient, dt = 0.05, 2500 steps, default scheme, seed 0. */
    public static DmftSettings defaults() {
        return new DmftSettings(DmftMode.TRANSIENT, 0.05, 2500, DmftScheme.EXP_TRAPEZOID, null, 0L, 0, null, null, 0);
    }

    @Override
    public double[][] initialCurrents() {
        return initialCurrents == null ? null : Arrays2.copy(initialCurrents);
    }

    @Override
    public double[] initialVariance() {
        return initialVariance == null ? null : initialVariance.clone();
    }

    @Override
    public double[] lagReferenceTimes() {
        return lagReferenceTimes == null ? null : lagReferenceTimes.clone();
    }

    /** Final time (Nt - 1) dt. */
    public double duration() {
        return (steps - 1) * dt;
    }

    /** A copy with another number of time points (same dt). */
    public DmftSettings withSteps(int newSteps) {
        return withDt(dt, newSteps);
    }

    public DmftSettings withSeed(long newSeed) {
        return new DmftSettings(mode, dt, steps, scheme, initialCurrents, newSeed, window, initialVariance,
                lagReferenceTimes, twoTimeStride, classifier, lyapunov);
    }

    public DmftSettings withClassifier(DynamicsClassifier c) {
        return new DmftSettings(mode, dt, steps, scheme, initialCurrents, seed, window, initialVariance,
                lagReferenceTimes, twoTimeStride, c, lyapunov);
    }

    /** A copy that does (or does not) carry the replica of docs/MODEL.md section 11. */
    public DmftSettings withLyapunov(boolean on) {
        return new DmftSettings(mode, dt, steps, scheme, initialCurrents, seed, window, initialVariance,
                lagReferenceTimes, twoTimeStride, classifier, on);
    }

    public DmftSettings withDt(double newDt, int newSteps) {
        return new DmftSettings(mode, newDt, newSteps, scheme, initialCurrents, seed, window, initialVariance,
                lagReferenceTimes,
                twoTimeStride, classifier, lyapunov);
    }

    public DmftSettings withScheme(DmftScheme s) {
        return new DmftSettings(mode, dt, steps, s, initialCurrents, seed, window, initialVariance,
                lagReferenceTimes,
                twoTimeStride, classifier, lyapunov);
    }

    public DmftSettings withInitialCurrents(double[][] s0) {
        return new DmftSettings(mode, dt, steps, scheme, s0, seed, window, initialVariance, lagReferenceTimes,
                twoTimeStride, classifier, lyapunov);
    }

    public DmftSettings withWindow(int w) {
        return new DmftSettings(mode, dt, steps, scheme, initialCurrents, seed, w, initialVariance,
                lagReferenceTimes,
                twoTimeStride, classifier, lyapunov);
    }

    public DmftSettings withInitialVariance(double[] q0) {
        return new DmftSettings(mode, dt, steps, scheme, initialCurrents, seed, window, q0, lagReferenceTimes,
                twoTimeStride, classifier, lyapunov);
    }
}
