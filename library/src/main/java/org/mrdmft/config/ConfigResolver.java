package org.mrdmft.config;

import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.simulation.SimulationSettings;
import org.mrdmft.stationary.StationarySettings;
import org.mrdmft.validation.ValidationSettings;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import org.mrdmft.model.InvalidNetworkException;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.model.NetworkRules;
import org.mrdmft.model.Nonlinearity;

/**
 * Validates a parsed config tree (overrides already applied) against the schema of docs/CONFIG.md and builds the
 * {@link RunConfig}, with the resolved tree: every default filled in, camelCase keys, in schema order.
 * The first problem found is thrown as a {@link ConfigException} naming its dotted key.
 *
 * <p>{@code crossDisorder}: an R x R matrix of g^{mu nu} &gt;= 0 (default zeros) whose diagonal must be 0: the
 * within-region strength g^{mu mu} is {@code disorder[mu]} alone. (Accepting a diagonal equal to
 * {@code disorder} would make {@code --set disorder=...} fail on such files, so only 0 is accepted.)
 */
final class ConfigResolver {
    static final List<String> TOP_KEYS = List.of("name", "description", "regions", "nonlinearity", "disorder",
            "crossDisorder", "interactions", "overlaps", "inputs", "dmft", "simulation", "stationary", "validation");

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

        String name = root.get("name").isPresent() ? name(root.get("name")) : defaultName;
        out.put("name", name);
        if (root.get("description").isPresent()) {
            out.put("description", root.get("description").text());
        }
        int r = root.get("regions").intAtLeast(1);
        out.put("regions", r);
        List<String> phis = Arrays.stream(Nonlinearity.values()).map(Nonlinearity::configName).toList();
        Nonlinearity phi = Nonlinearity.values()[phis.indexOf(
                root.get("nonlinearity").choice(phis, Nonlinearity.ERF.configName()))];
        out.put("nonlinearity", phi.configName());

        double[] g = root.get("disorder").nonNegativeVectorOrScalar(r, ConfigNode.shape(r, 1));
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
        DmftSettings dmft = SettingsSections.dmft(root.get("dmft"), r, out.putObject("dmft"));
        SimulationSettings simulation = SettingsSections.simulation(root.get("simulation"), out.putObject("simulation"));
        StationarySettings stationary = SettingsSections.stationary(root.get("stationary"), out.putObject("stationary"));
        ValidationSettings validation = SettingsSections.validation(root.get("validation"), out.putObject("validation"));

        NetworkModel model = new NetworkModel(r, phi, g, cross, interactions.tensor, overlaps.tensor, inputs.drive);
        return new RunConfig(name, model, dmft, simulation, stationary, validation, out);
    }

    private static String name(ConfigNode n) {
        String name = n.text().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")) {
            throw n.error("must be a non-empty name usable as a directory name (no '/' or '\\'), got '" + name + "'");
        }
        return name;
    }

    private static double[][] crossDisorder(ConfigNode n, double[] g) {
        int r = g.length;
        if (!n.isPresent()) {
            return new double[r][r];
        }
        return NetworkRules.crossDisorder(n.matrix(r, r, ConfigNode.shape(r, 2)));
    }
}
