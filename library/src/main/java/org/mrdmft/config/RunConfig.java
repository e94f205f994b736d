package org.mrdmft.config;

import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.simulation.SimulationSettings;
import org.mrdmft.stationary.StationarySettings;
import org.mrdmft.validation.ValidationSettings;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mrdmft.model.NetworkModel;

/**
 * A validated run configuration: the model, the numerical settings, and the fully resolved config tree
 * (defaults filled in, overrides applied) that every output records.
 *
 * @param name run name (config {@code name}, or the file name without extension)
 * @param model the network
 * @param dmft DMFT settings
 * @param simulation finite-N simulation settings
 * @param stationary stationary-theory settings
 * @param validation settings of the theory-versus-simulation check
 * @param resolved the resolved config as a JSON tree (camelCase keys)
 */
public record RunConfig(String name, NetworkModel model, DmftSettings dmft, SimulationSettings simulation,
                        StationarySettings stationary, ValidationSettings validation, ObjectNode resolved) {
    public RunConfig {
        resolved = resolved.deepCopy();
    }

    @Override
    public ObjectNode resolved() {
        return resolved.deepCopy();
    }
}
