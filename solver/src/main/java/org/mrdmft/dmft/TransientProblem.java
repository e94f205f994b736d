package org.mrdmft.dmft;

import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.model.NetworkModel;

/**
 * A transient DMFT problem: a network and the numerical settings to integrate its mean-field
 * equations forward from the initial currents.
 */
public record TransientProblem(NetworkModel model, DmftSettings settings) {
}
