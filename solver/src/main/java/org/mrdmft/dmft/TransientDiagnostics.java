package org.mrdmft.dmft;

import java.util.List;

/**
 * How a transient solve went, beside its numbers: the effort of the default engine's implicit diagonal
 * iteration (Q(n,n) solved by fixed-point passes, at most {@code diagonalPassCap} per step) and the warnings
 * a caller should see. The explicit engines (reference-euler, the g = 0 fast path) iterate nothing.
 *
 * @param diagonalPassCap the most passes allowed per step (0: the engine has no implicit iteration)
 * @param maxDiagonalPasses the most passes any step used
 * @param cappedSteps how many steps stopped at the cap without meeting the tolerance
 * @param maxCappedResidual the largest change between the last two passes of a capped step (0 when none)
 * @param warnings one line per problem worth telling the user (empty when all went well)
 */
public record TransientDiagnostics(int diagonalPassCap, int maxDiagonalPasses, int cappedSteps,
                                   double maxCappedResidual, List<String> warnings) {
    public TransientDiagnostics {
        warnings = List.copyOf(warnings);
    }

    /** The diagnostics of an engine without implicit iteration: nothing iterated, nothing to warn of. */
    public static TransientDiagnostics explicit() {
        return new TransientDiagnostics(0, 0, 0, 0.0, List.of());
    }

    /** Whether every implicit iteration met its tolerance. */
    public boolean converged() {
        return cappedSteps == 0;
    }
}
