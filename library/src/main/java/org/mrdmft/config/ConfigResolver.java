package org.mrdmft.config;

import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.simulation.SimulationSettings;
import org.mrdmft.stationary.StationarySettings;
import org.mrdmft.validation.ValidationSettings;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.mrdmft.model.InvalidNetworkException;
import org.mrdmft.model.MemoryEstimate;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.model.NetworkRules;
import org.mrdmft.model.Nonlinearity;

/**
 * Validates a parsed config tree (overrides already applied) against the schema of docs/CONFIG.md and builds the
 * {@link RunConfig}, with the resolved tree: every default filled in, camelCase keys, in schema order.
 * The first problem found is thrown as a {@link ConfigException} naming its dotted key. The keys are described
 * in {@link NetworkKeys} and, per settings section, in {@link ConfigReference#settingsSections()}.
 *
 * <p>{@code crossDisorder}: an R x R matrix of g^{mu nu} &gt;= 0 (default zeros) whose diagonal must be 0: the
 * within-region strength g^{mu mu} is {@code disorder[mu]} alone. (Accepting a diagonal equal to
 * {@code disorder} would make {@code --set disorder=...} fail on such files, so only 0 is accepted.)
 */
final class ConfigResolver {
    static final List<String> TOP_KEYS = ConfigReference.topLevelKeys();

    private ConfigResolver() {
    }

    static RunConfig resolve(ObjectNode tree, String defaultName) {
        try {
            return resolveTree(tree, defaultName);
        } catch (InvalidNetworkException e) { // a rule of NetworkRules, its field spelt as the config's key
            throw new ConfigException(e.field(), e.problem());
        }
    }

    private static RunConfig resolveTree(ObjectNode tree, String defaultName) {
        ConfigNode root = ConfigNode.root(tree).requireMapping(TOP_KEYS);
        ObjectNode out = JsonNodeFactory.instance.objectNode();

        SettingValues network = new SettingValues(0);
        String name = read(NetworkKeys.NAME, root, network);
        out.put("name", name != null ? name : defaultName);
        String description = read(NetworkKeys.DESCRIPTION, root, network);
        if (description != null) {
            out.put("description", description);
        }
        int r = read(NetworkKeys.REGIONS, root, network);
        RegionsLimit.require(r, MemoryEstimate.heap());
        out.put("regions", r);
        SettingValues regional = new SettingValues(r);
        Nonlinearity phi = read(NetworkKeys.NONLINEARITY, root, regional);
        out.put("nonlinearity", phi.configName());

        double[] g = read(NetworkKeys.DISORDER, root, regional);
        out.set("disorder", JsonArrays.of(g));
        double[][] cross = crossDisorder(root.get("crossDisorder"), g);
        out.set("crossDisorder", JsonArrays.of(cross));

        InteractionsSection interactions = new InteractionsSection(root.get("interactions"), r);
        out.set("interactions", interactions.resolved);
        OverlapsSection overlaps = new OverlapsSection(root.get("overlaps"), r);
        out.set("overlaps", overlaps.resolved);
        InputsSection inputs = new InputsSection(root.get("inputs"), r);
        if (inputs.resolved != null) {
            out.set("inputs", inputs.resolved);
        }
        DmftSettings dmft = DmftSection.SECTION.read(root.get("dmft"), r, out.putObject("dmft"));
        SimulationSettings simulation = SimulationSection.SECTION.read(root.get("simulation"), r,
                out.putObject("simulation"));
        StationarySettings stationary = StationarySection.SECTION.read(root.get("stationary"), r,
                out.putObject("stationary"));
        ValidationSettings validation = ValidationSection.SECTION.read(root.get("validation"), r,
                out.putObject("validation"));

        NetworkModel model = new NetworkModel(r, phi, g, cross, interactions.tensor, overlaps.tensor, inputs.drive);
        return new RunConfig(name != null ? name : defaultName, model, dmft, simulation, stationary, validation, out);
    }

    private static <V> V read(Setting<Void, V> key, ConfigNode root, SettingValues values) {
        V value = key.read(root, null, values);
        values.put(key, value);
        return value;
    }

    private static double[][] crossDisorder(ConfigNode n, double[] g) {
        int r = g.length;
        if (!n.isPresent()) {
            return new double[r][r];
        }
        return NetworkRules.crossDisorder(n.matrix(r, r, ConfigNode.shape(r, 2)));
    }
}
