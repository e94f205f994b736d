package org.mrdmft.validation;

import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.simulation.SimulationSettings;

/**
 * What a theory-versus-simulation check needs: the network that is simulated, the network the theory
 * describes (normally the same; another one shows that a mismatch is detected) and the settings of the
 * DMFT, of the simulation and of the comparison.
 *
 * @param model the simulated network
 * @param theory the network the theory describes
 * @param dmft settings of the theory's transient solves
 * @param simulation settings of the finite-N simulations (N is replaced by each size of the check)
 * @param validation sizes, lags and tolerances of the comparison
 * @param lyapunovTheory the theory's maximal Lyapunov exponent ({@link LyapunovTheory#NONE}: not judged)
 */
public record ValidationProblem(NetworkModel model, NetworkModel theory, DmftSettings dmft,
                                SimulationSettings simulation, ValidationSettings validation,
                                LyapunovTheory lyapunovTheory) {
    public ValidationProblem {
        lyapunovTheory = lyapunovTheory == null ? LyapunovTheory.NONE : lyapunovTheory;
    }

    /** A check without a theory of the Lyapunov exponent. */
    public ValidationProblem(NetworkModel model, NetworkModel theory, DmftSettings dmft,
                             SimulationSettings simulation, ValidationSettings validation) {
        this(model, theory, dmft, simulation, validation, LyapunovTheory.NONE);
    }

    /** A copy whose measured Lyapunov exponents are compared with {@code exponent}. */
    public ValidationProblem withLyapunovTheory(LyapunovTheory exponent) {
        return new ValidationProblem(model, theory, dmft, simulation, validation, exponent);
    }
    /** The usual check: the theory describes the simulated network itself. */
    public static ValidationProblem of(NetworkModel model, DmftSettings dmft, SimulationSettings simulation,
                                       ValidationSettings validation) {
        return new ValidationProblem(model, model, dmft, simulation, validation);
    }
}
