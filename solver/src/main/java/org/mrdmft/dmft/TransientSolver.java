package org.mrdmft.dmft;

/** Integrates the causal two-time DMFT of docs/MODEL.md section 2 forward in time. */
public interface TransientSolver {

    /** Solves the problem, reporting progress per time step. */
    TransientResult solve(TransientProblem problem, ProgressListener progress);

    /** Solves the problem without progress reports. */
    default TransientResult solve(TransientProblem problem) {
        return solve(problem, ProgressListener.NONE);
    }
}
