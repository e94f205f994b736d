package org.mrdmft.dynamics;

import java.util.ArrayList;
import java.util.List;
import org.mrdmft.dmft.DynamicsClassifier;
import org.mrdmft.dmft.ReplicaResult;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.model.NetworkModel;

/**
 * Labels every region of a transient solve with the chosen rule ({@code dmft.classifier}). The currents'
 * measurements (period, amplitude, settling rate, decay) are always those of {@link CurrentsClassifier};
 * with {@link DynamicsClassifier#PAPER} only the label comes from {@link PaperClassifier}; with
 * {@link DynamicsClassifier#LYAPUNOV} the currents' behaviour names the structured part and the replica
 * distance ({@link ReplicaResult}) decides chaos: a region is chaotic iff its distance grows or saturated.
 */
public final class DynamicsClassification {
    /** Fewest time points a solve needs before its dynamics are classified. */
    public static final int MIN_STEPS = 8;

    private DynamicsClassification() {
    }

    /** Whether a solve can be classified: it kept a lag slice and has at least {@link #MIN_STEPS} time points. */
    public static boolean canClassify(TransientResult result) {
        return !result.lagSlices().isEmpty() && result.steps() >= MIN_STEPS;
    }

    /**
     * One entry per region of a solve of {@code model}.
     *
     * @throws IllegalArgumentException if the result holds no lag slice, or the rule is
     *     {@link DynamicsClassifier#LYAPUNOV} (it needs the replica: {@link #classify(ReplicaResult, NetworkModel,
     *     DynamicsClassifier)})
     */
    public static List<RegionDynamics> classify(TransientResult result, NetworkModel model,
                                                DynamicsClassifier classifier) {
        if (classifier == DynamicsClassifier.LYAPUNOV) {
            throw new IllegalArgumentException("the lyapunov rule needs the replica DMFT (dmft.lyapunov: true)");
        }
        List<RegionDynamics> measured = CurrentsClassifier.classify(result, model);
        if (classifier == DynamicsClassifier.CURRENTS) {
            return measured;
        }
        List<DynamicsLabel> paper = PaperClassifier.classify(result);
        List<RegionDynamics> out = new ArrayList<>(measured.size());
        for (int mu = 0; mu < measured.size(); mu++) {
            out.add(measured.get(mu).withLabel(paper.get(mu)));
        }
        return List.copyOf(out);
    }

    /**
     * One entry per region of a replica solve of {@code model}, labelled by any rule (the replica's solution is
     * an ordinary transient solve, so {@code currents} and {@code paper} label it too).
     *
     * @throws IllegalArgumentException if the result holds no lag slice
     */
    public static List<RegionDynamics> classify(ReplicaResult replica, NetworkModel model,
                                                DynamicsClassifier classifier) {
        if (classifier != DynamicsClassifier.LYAPUNOV) {
            return classify(replica.solution(), model, classifier);
        }
        List<RegionDynamics> measured = CurrentsClassifier.classify(replica.solution(), model);
        List<RegionDynamics> out = new ArrayList<>(measured.size());
        for (int mu = 0; mu < measured.size(); mu++) {
            RegionDynamics m = measured.get(mu);
            boolean chaotic = replica.exponents().get(mu).trend().chaotic();
            out.add(m.withLabel(CurrentsClassifier.label(m.currents(), chaotic)));
        }
        return List.copyOf(out);
    }

    /** The labels alone. */
    public static List<DynamicsLabel> labels(List<RegionDynamics> dynamics) {
        return dynamics.stream().map(RegionDynamics::label).toList();
    }
}
