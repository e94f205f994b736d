package org.mrdmft.plot;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.mrdmft.sweep.RowSolver;
import org.mrdmft.sweep.SweepSpec;
import org.mrdmft.sweep.SweepSpecReader;
import org.mrdmft.sweep.TransientRowSolver;

/**
 * The sweeps behind fig5 (docs/FIGURES.md (fig5)): two regions, U = I, g = 1.5, random T rejection-sampled until the
 * leading eigenvalue of That is within 0.01875 of the target, transient DMFT with Nt = 2500, dt = 0.05, S(0) ~ U(0, 1).
 * The published grid is examples/sweeps/fig5.yaml (same resolved sweep, same fingerprint, so the same rows as
 * {@code mrdmft sweep examples/sweeps/fig5.yaml}); the quick grid is coarser with fewer draws; each of the five
 * example points is a one-point sweep of its own.
 */
final class Fig5Sweep {
    /**
     * The dynamics classifier of fig5: the paper's rule on the normalised lag slice at t0 = (Nt - 1) dt / 3 = 41.65
     * ({@link org.mrdmft.dynamics.PaperClassifier}). This is the one place it is chosen: {@link #rowSolver()} labels
     * with it: {@link #base()} sets {@code dmft.classifier} to this value, as examples/sweeps/fig5-base.yaml does.
     */
    static final String CLASSIFIER = "paper";
    /** Accepted distance of the drawn leading eigenvalue from the target, in Re and |Im| (docs/FIGURES.md (fig5)). */
    static final double TOLERANCE = 0.01875;
    /**
     * Proposals before a target counts as unreachable: the sweep default. The sampler integrates the radius out
     * (LeadingEigenvalueSampler), so even the hardest fig5 targets near the real axis (Im = 0.0385, Re = 2.5;
     * about 115,000 draws per hit for plain rejection) take about 5,000 proposals on average.
     */
    static final int MAX_TRIES = org.mrdmft.sweep.LeadingEigenvalueAxis.DEFAULT_MAX_TRIES;
    /** The five example points (Re, Im) of docs/FIGURES.md (fig5) and their published labels. */
    static final double[][] EXAMPLES = {{1.25, 0.6}, {1.575, 0.025}, {2.3, 0.1}, {1.6, 1.1}, {2.1, 0.5}};
    static final String[] PUBLISHED = {"chaos", "fixed-point+chaos", "fixed-point", "limit-cycle+chaos", "limit-cycle"};
    /** The transient DMFT of every row: Nt and dt (docs/FIGURES.md (fig5)). */
    static final int STEPS = 2500;
    static final double DT = 0.05;
    /** Example k is a one-point sweep seeded EXAMPLE_SEED + k (the grid's seed is 0). */
    static final long EXAMPLE_SEED = 101L;

    private Fig5Sweep() {
    }

    /** The reference time t0 of the classified lag slice: one third of the run, as PaperClassifier takes it. */
    static double referenceTime() {
        return (STEPS - 1) * DT / 3.0;
    }

    /**
     * The row solver: a transient solve labelled by the rule of the base config's dmft.classifier, which
     * {@link #base()} sets to {@link #CLASSIFIER}; fig5's test checks that the labels are PaperClassifier's.
     */
    static RowSolver rowSolver() {
        return new TransientRowSolver();
    }

    /** examples/sweeps/fig5-base.yaml: the network and DMFT settings every row starts from. */
    static ObjectNode base() {
        return base(CLASSIFIER);
    }

    /** The base with another dynamics classifier. */
    static ObjectNode base(String classifier) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode base = f.objectNode();
        base.put("name", "fig5-base");
        base.put("regions", 2);
        base.put("disorder", 1.5);
        base.putObject("interactions").putObject("random").put("scale", 1.0).put("seed", 0);
        base.putObject("dmft").put("mode", "transient").put("dt", DT).put("steps", STEPS)
                .put("classifier", classifier);
        return base;
    }

    /** The phase-diagram grid: Re in linspace(1, 2.5, n), Im in linspace(0, 1.5, n), {@code draws} draws each. */
    static SweepSpec grid(boolean full) {
        return full ? grid("fig5", 40, 50) : grid("fig5-figure-quick", 12, 3);
    }

    static SweepSpec grid(String name, int points, int draws) {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        tree.put("name", name);
        tree.set("base", base());
        ObjectNode eig = tree.putArray("axes").addObject().put("key", "interactions").putObject("leadingEigenvalue");
        eig.putObject("re").putArray("linspace").add(1.0).add(2.5).add(points);
        eig.putObject("im").putArray("linspace").add(0.0).add(1.5).add(points);
        eig.put("tolerance", TOLERANCE).put("scale", "|lambda|").put("maxTries", MAX_TRIES);
        tree.put("draws", draws);
        tree.put("seed", 0);
        return SweepSpecReader.parse(tree, Path.of("."), name);
    }

    /** Example {@code k} (0-based) as a one-point sweep with {@code draws} draws. */
    static SweepSpec example(int k, int draws) {
        return example(k, draws, CLASSIFIER);
    }

    /** Example {@code k} labelled by another dynamics classifier. */
    static SweepSpec example(int k, int draws, String classifier) {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        String name = "fig5-example-" + (k + 1);
        tree.put("name", name);
        tree.set("base", base(classifier));
        ObjectNode eig = tree.putArray("axes").addObject().put("key", "interactions").putObject("leadingEigenvalue");
        eig.putArray("re").add(EXAMPLES[k][0]);
        eig.putArray("im").add(EXAMPLES[k][1]);
        eig.put("tolerance", TOLERANCE).put("scale", "|lambda|").put("maxTries", MAX_TRIES);
        tree.put("draws", draws);
        tree.put("seed", EXAMPLE_SEED + k);
        return SweepSpecReader.parse(tree, Path.of("."), name);
    }
}
