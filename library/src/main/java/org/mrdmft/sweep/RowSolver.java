package org.mrdmft.sweep;

/** Computes one (point, draw) of a sweep; the runner calls it from several threads at once. */
@FunctionalInterface
public interface RowSolver {
    /** The row's result. */
    SweepRow solve(SweepPlan plan, int point, int draw);
}
