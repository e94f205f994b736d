package org.mrdmft.sweep;

import java.util.List;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.dmft.ProgressListener;
import org.mrdmft.dmft.ReplicaResult;
import org.mrdmft.dmft.ReplicaSolver;
import org.mrdmft.dmft.TransientProblem;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dmft.TransientSolvers;
import org.mrdmft.dynamics.DynamicsClassification;
import org.mrdmft.dynamics.RegionDynamics;
import org.mrdmft.model.NetworkModel;

/**
 * A transient solve labelled by its settings' classifier: with {@code dmft.lyapunov} (which the {@code lyapunov}
 * rule switches on) the replica DMFT, whose distances decide chaos, otherwise the plain engine.
 *
 * @param result the transient solution
 * @param replica the replica's distances and exponents, or null without {@code dmft.lyapunov}
 * @param dynamics one entry per region
 */
public record ClassifiedSolve(TransientResult result, ReplicaResult replica, List<RegionDynamics> dynamics) {
    public ClassifiedSolve {
        dynamics = List.copyOf(dynamics);
    }

    /** Solves and labels a network with the given settings. */
    public static ClassifiedSolve of(NetworkModel model, DmftSettings settings) {
        TransientProblem problem = new TransientProblem(model, settings);
        if (settings.lyapunov()) {
            ReplicaResult replica = new ReplicaSolver().solve(problem, ProgressListener.NONE);
            return new ClassifiedSolve(replica.solution(), replica,
                    DynamicsClassification.classify(replica, model, settings.classifier()));
        }
        TransientResult result = TransientSolvers.forProblem(problem).solve(problem);
        return new ClassifiedSolve(result, null, DynamicsClassification.classify(result, model, settings.classifier()));
    }
}
