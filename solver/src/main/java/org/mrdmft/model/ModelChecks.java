package org.mrdmft.model;

import org.mrdmft.failure.InvalidInputException;

/**
 * Checks, before an engine allocates anything, that a network's numbers do not overflow in the arithmetic
 * every engine starts with: the disorder strengths enter the mean-field sources squared.
 */
public final class ModelChecks {
    private ModelChecks() {
    }

    /**
     * @throws InvalidInputException naming {@code disorder} or {@code crossDisorder} when some (g^{mu nu})^2
     *     is not a finite number
     */
    public static void requireFiniteDisorderWeights(NetworkModel model) {
        for (int mu = 0; mu < model.regions(); mu++) {
            for (int nu = 0; nu < model.regions(); nu++) {
                if (!Double.isFinite(model.disorderWeight(mu, nu))) {
                    boolean own = mu == nu;
                    double g = own ? model.disorder(mu) : model.crossDisorder()[mu][nu];
                    String name = own ? "g^" + (mu + 1) : "g^{" + (mu + 1) + (nu + 1) + "}";
                    throw new InvalidInputException(own ? "disorder" : "crossDisorder",
                            name + " = " + g + " is too large: its square overflows");
                }
            }
        }
    }
}
