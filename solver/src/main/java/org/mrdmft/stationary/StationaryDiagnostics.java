package org.mrdmft.stationary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a stationary analysis went, beside its numbers: the Levenberg-Marquardt effort and the residual left at
 * each fixed point (in the order of {@link FixedPointSearch#fixedPoints()}), how many starts reached no fixed
 * point, and the warnings a caller should see.
 *
 * @param iterations per fixed point, the iterations of the first start that reached it
 * @param residuals per fixed point, max |-S + J| left there
 * @param missedStarts starts that reached no fixed point (common where several attractors compete)
 * @param closestMiss the smallest residual among the missed starts (NaN when none ended at a point)
 * @param warnings one line per problem worth telling the user (empty when all went well)
 */
public record StationaryDiagnostics(List<Integer> iterations, List<Double> residuals, int missedStarts,
                                    double closestMiss, List<String> warnings) {
    public StationaryDiagnostics {
        iterations = List.copyOf(iterations);
        residuals = List.copyOf(residuals);
        warnings = List.copyOf(warnings);
    }

    /** The diagnostics of a search: its effort, and a warning when no fixed point found is stable. */
    public static StationaryDiagnostics of(FixedPointSearch search) {
        List<Integer> iterations = new ArrayList<>();
        List<Double> residuals = new ArrayList<>();
        for (FixedPoint fp : search.fixedPoints()) {
            iterations.add(fp.iterations());
            residuals.add(fp.residual());
        }
        List<String> warnings = new ArrayList<>();
        if (!search.fixedPoints().isEmpty() && search.fixedPoints().stream().noneMatch(FixedPoint::stable)) {
            warnings.add(String.format(Locale.ROOT, "none of the %d fixed point%s found is stable: the network "
                            + "may not settle (dmft.mode: transient shows what it does)",
                    search.fixedPoints().size(), search.fixedPoints().size() == 1 ? "" : "s"));
        }
        return new StationaryDiagnostics(iterations, residuals, search.starts() - search.converged(),
                search.closestMiss(), warnings);
    }

    /** The most iterations any fixed point needed (0 when none was found). */
    public int maxIterations() {
        return iterations.stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
