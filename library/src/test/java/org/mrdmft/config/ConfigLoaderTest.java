package org.mrdmft.config;

import org.mrdmft.dmft.DmftMode;
import org.mrdmft.dmft.DmftScheme;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.simulation.SimulationScheme;
import org.mrdmft.simulation.SimulationSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mrdmft.model.InputPhase;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.model.Nonlinearity;

class ConfigLoaderTest {
    static final String FULL_YAML = """
            name: two-region-routing
            description: every key set
            regions: 2
            nonlinearity: tanh
            disorder: [1.5, 0.5]
            crossDisorder: [[0, 0.3], [0.2, 0]]
            interactions:
              reciprocal: {a: [0.5, 0.8], b: [2.0, 1.0], signs: [1, -1]}
            overlaps:
              tensor: [[[1, 0.2], [0.2, 1]], [[2, 0], [0, 1]]]
            inputs:
              overlaps: [[1, 0], [0.5, 1]]
              schedule:
                - {from: 0, to: 50, amplitude: [1, 0]}
                - {from: 50, amplitude: [0, 2]}
              gainScaled: false
            dmft:
              mode: stationary
              dt: 0.1
              steps: 100
              scheme: reference-euler
              initialCurrents: [[0.1, 0.2], [0.3, 0.4]]
              seed: 3
              window: 50
              initialVariance: 0.5
              lagReferenceTimes: [0, 5.0]
              twoTimeStride: 2
            simulation: {neurons: 500, dt: 0.02, duration: 20, draws: 3, seed: 9}
            """;

    static final String FULL_JSON = """
            {"simulation": {"seed": 9, "draws": 3, "duration": 20.0, "dt": 0.02, "neurons": 500},
             "dmft": {"twoTimeStride": 2, "lagReferenceTimes": [0.0, 5], "initialVariance": 0.5, "window": 50,
                      "seed": 3, "initialCurrents": [[0.1, 0.2], [0.3, 0.4]], "scheme": "reference-euler",
                      "steps": 100, "dt": 0.1, "mode": "stationary"},
             "inputs": {"gainScaled": false, "overlaps": [[1, 0], [0.5, 1]],
                        "schedule": [{"amplitude": [1, 0], "to": 50, "from": 0}, {"from": 50, "amplitude": [0, 2]}]},
             "overlaps": {"tensor": [[[1, 0.2], [0.2, 1]], [[2, 0], [0, 1]]]},
             "interactions": {"reciprocal": {"signs": [1, -1], "b": [2, 1], "a": [0.5, 0.8]}},
             "crossDisorder": [[0, 0.3], [0.2, 0]],
             "disorder": [1.5, 0.5], "nonlinearity": "tanh", "regions": 2,
             "description": "every key set", "name": "two-region-routing"}
            """;

    static final String MINIMAL = """
            regions: 2
            disorder: 1.2
            interactions: {tensor: [[[1, 0], [0, 0]], [[0, 0], [0, 2]]]}
            """;

    @Test
    void fullYamlAndJsonGiveEqualRuns() {
        RunConfig yaml = ConfigLoader.parse(FULL_YAML, "ignored", List.of());
        RunConfig json = ConfigLoader.parse(FULL_JSON, "ignored", List.of());

        assertThat(json).usingRecursiveComparison().isEqualTo(yaml);
        assertThat(json.resolved()).isEqualTo(yaml.resolved());

        NetworkModel m = yaml.model();
        assertThat(yaml.name()).isEqualTo("two-region-routing");
        assertThat(m.regions()).isEqualTo(2);
        assertThat(m.nonlinearity()).isEqualTo(Nonlinearity.TANH);
        assertThat(m.disorder()).containsExactly(1.5, 0.5);
        assertThat(m.crossDisorder()[0][1]).isEqualTo(0.3);
        assertThat(m.overlap(0, 0, 1)).isEqualTo(0.2);
        assertThat(m.overlap(1, 0, 0)).isEqualTo(2.0);
        assertThat(m.inputs().gainScaled()).isFalse();
        assertThat(m.inputs().overlap(1, 0)).isEqualTo(0.5);
        List<InputPhase> phases = m.inputs().phases();
        assertThat(phases).hasSize(2);
        assertThat(phases.get(0).to()).isEqualTo(50.0);
        assertThat(phases.get(1).from()).isEqualTo(50.0);
        assertThat(phases.get(1).to()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(phases.get(1).amplitude()).containsExactly(0.0, 2.0);

        DmftSettings d = yaml.dmft();
        assertThat(d.mode()).isEqualTo(DmftMode.STATIONARY);
        assertThat(d.dt()).isEqualTo(0.1);
        assertThat(d.steps()).isEqualTo(100);
        assertThat(d.scheme()).isEqualTo(DmftScheme.REFERENCE_EULER);
        assertThat(d.initialCurrents()[1]).containsExactly(0.3, 0.4);
        assertThat(d.seed()).isEqualTo(3L);
        assertThat(d.window()).isEqualTo(50);
        assertThat(d.initialVariance()).containsExactly(0.5, 0.5);
        assertThat(d.lagReferenceTimes()).containsExactly(0.0, 5.0);
        assertThat(d.twoTimeStride()).isEqualTo(2);
        assertThat(yaml.simulation()).isEqualTo(new SimulationSettings(500, 0.02, 20.0, 3, 9L,
                SimulationScheme.RK4, 1, 5.0, 0, false));
    }

    @Test
    void defaultsAreFilledInAndScalarDisorderIsBroadcast() {
        RunConfig c = ConfigLoader.parse(MINIMAL, "my-run", List.of());

        assertThat(c.name()).isEqualTo("my-run");
        assertThat(c.model().nonlinearity()).isEqualTo(Nonlinearity.ERF);
        assertThat(c.model().disorder()).containsExactly(1.2, 1.2);
        assertThat(c.model().crossDisorder()).isDeepEqualTo(new double[2][2]);
        assertThat(c.model().overlaps()).isDeepEqualTo(NetworkModel.identityOverlaps(2));
        assertThat(c.model().inputs().isActive()).isFalse();
        assertThat(c.dmft()).usingRecursiveComparison().isEqualTo(DmftSettings.defaults());
        assertThat(c.simulation()).isEqualTo(SimulationSettings.defaults());

        ObjectNode r = c.resolved();
        assertThat(r.get("disorder").toString()).isEqualTo("[1.2,1.2]");
        assertThat(r.get("nonlinearity").asText()).isEqualTo("erf");
        assertThat(r.at("/dmft/dt").doubleValue()).isEqualTo(0.05);
        assertThat(r.at("/dmft/steps").intValue()).isEqualTo(2500);
        assertThat(r.at("/dmft/scheme").asText()).isEqualTo("exp-trapezoid");
        assertThat(r.at("/dmft/mode").asText()).isEqualTo("transient");
        assertThat(r.at("/dmft/initialCurrents").isNull()).isTrue();
        assertThat(r.at("/simulation/neurons").intValue()).isEqualTo(2000);
        assertThat(r.at("/simulation/duration").doubleValue()).isEqualTo(200.0);
        assertThat(r.at("/overlaps/tensor/1/1/1").doubleValue()).isEqualTo(1.0);
        assertThat(r.at("/interactions/resolvedTensor/1/1/1").doubleValue()).isEqualTo(2.0);
        assertThat(r.has("inputs")).isFalse();
    }

    @Test
    void simulationKeysAreReadAndBurnInDefaultsToAQuarterOfTheDuration() {
        RunConfig c = ConfigLoader.parse(MINIMAL + "simulation: {duration: 40, scheme: euler, recordEvery: 5, "
                + "threads: 2, sharedMatrix: true}\n", "x", List.of());
        assertThat(c.simulation()).isEqualTo(new SimulationSettings(2000, 0.05, 40.0, 1, 1L, SimulationScheme.EULER,
                5, 10.0, 2, true));
        assertThat(c.resolved().at("/simulation/burnIn").doubleValue()).isEqualTo(10.0);
        assertThat(c.resolved().at("/simulation/scheme").asText()).isEqualTo("euler");
        RunConfig set = ConfigLoader.parse(MINIMAL, "x", List.of("simulation.burnIn=3"));
        assertThat(set.simulation().burnIn()).isEqualTo(3.0);
        assertThat(set.simulation().scheme()).isEqualTo(SimulationScheme.RK4);
    }

    @Test
    void constantInputAmplitudeIsOnePhaseForAllTime() {
        RunConfig c = ConfigLoader.parse(MINIMAL + "inputs: {overlaps: [[1, 0], [0, 1]], amplitude: [2, 0]}\n",
                "x", List.of());
        List<InputPhase> phases = c.model().inputs().phases();
        assertThat(phases).hasSize(1);
        assertThat(phases.get(0).from()).isZero();
        assertThat(phases.get(0).to()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(phases.get(0).amplitude()).containsExactly(2.0, 0.0);
        assertThat(c.model().inputs().gainScaled()).isTrue();
    }

    @Test
    void reciprocalInteractionsFollowCEqualsUUtPlusDiagAMinusB() {
        RunConfig c = ConfigLoader.parse(FULL_YAML, "x", List.of());
        // u = (+sqrt 2, -1), c = u u^T + diag(a - b) = [[2 + 0.5 - 2, -sqrt 2], [-sqrt 2, 1 + 0.8 - 1]]
        double[][][] t = c.model().interactions();
        assertThat(t[0][0][0]).isCloseTo(0.5, within(1e-14));
        assertThat(t[0][1][0]).isCloseTo(-Math.sqrt(2), within(1e-14));
        assertThat(t[1][0][1]).isCloseTo(-Math.sqrt(2), within(1e-14));
        assertThat(t[1][1][1]).isCloseTo(0.8, within(1e-14));
        assertThat(t[0][1][1]).isZero();
        assertThat(t[1][0][0]).isZero();
        assertThat(c.resolved().at("/interactions/reciprocal/signs").toString()).isEqualTo("[1.0,-1.0]");
        assertThat(c.resolved().at("/interactions/resolvedTensor/0/1/0").doubleValue())
                .isCloseTo(-Math.sqrt(2), within(1e-14));
    }

    @Test
    void reciprocalSignsDefaultToPlusOne() {
        RunConfig c = ConfigLoader.parse("""
                regions: 2
                disorder: 0
                interactions: {reciprocal: {a: [1, 1], b: [4, 1]}}
                """, "x", List.of());
        assertThat(c.model().interaction(0, 1, 0)).isCloseTo(2.0, within(1e-14));
        assertThat(c.model().interaction(0, 0, 0)).isCloseTo(1.0, within(1e-14));
        assertThat(c.resolved().at("/interactions/reciprocal/signs").toString()).isEqualTo("[1.0,1.0]");
    }

    @Test
    void randomInteractionsAreReproducibleAndDependOnTheSeed() {
        String random = "regions: 3\ndisorder: 1\ninteractions: {random: {scale: 2.0, seed: 7}}\n";
        RunConfig a = ConfigLoader.parse(random, "x", List.of());
        RunConfig b = ConfigLoader.parse(random, "x", List.of());
        RunConfig other = ConfigLoader.parse(random, "x", List.of("interactions.random.seed=8"));

        assertThat(a.model().interactions()).isDeepEqualTo(b.model().interactions());
        assertThat(a.model().interactions()).isDeepEqualTo(InteractionTensors.random(3, 2.0, 7));
        assertThat(other.model().interaction(0, 0, 0)).isNotEqualTo(a.model().interaction(0, 0, 0));
        assertThat(a.resolved().at("/interactions/resolvedTensor/2/1/0").doubleValue())
                .isEqualTo(a.model().interaction(2, 1, 0));
        assertThat(a.resolved().at("/interactions/random/seed").longValue()).isEqualTo(7L);
    }

    @Test
    void overridesChangeScalarsListsAndNestedKeys() {
        RunConfig c = ConfigLoader.parse(FULL_YAML, "x", List.of("dmft.dt=0.025", "dmft.steps=1000", "disorder=[2, 3]",
                "interactions.reciprocal.b=[2,2]", "simulation.seed=11", "nonlinearity=erf",
                "dmft.scheme=exp-trapezoid", "inputs.schedule[1].amplitude=[5, 6]"));

        assertThat(c.dmft().dt()).isEqualTo(0.025);
        assertThat(c.model().disorder()).containsExactly(2.0, 3.0);
        assertThat(c.model().interaction(0, 1, 0)).isCloseTo(-2.0, within(1e-14));
        assertThat(c.simulation().seed()).isEqualTo(11L);
        assertThat(c.model().nonlinearity()).isEqualTo(Nonlinearity.ERF);
        assertThat(c.dmft().scheme()).isEqualTo(DmftScheme.EXP_TRAPEZOID);
        assertThat(c.model().inputs().phases().get(1).amplitude()).containsExactly(5.0, 6.0);
        assertThat(c.resolved().at("/dmft/dt").doubleValue()).isEqualTo(0.025);
        assertThat(c.resolved().at("/interactions/reciprocal/b").toString()).isEqualTo("[2.0,2.0]");
    }

    @Test
    void overridesCreateMissingSectionsAndIndexIntoLists() {
        RunConfig c = ConfigLoader.parse(MINIMAL, "x",
                List.of("inputs.overlaps=[[1,0],[0,1]]", "inputs.amplitude=[2,0]", "disorder=[1,1]", "disorder.0=3"));
        assertThat(c.model().inputs().phases().get(0).amplitude()).containsExactly(2.0, 0.0);
        assertThat(c.model().disorder()).containsExactly(3.0, 1.0);
    }

    @Test
    void overridingOneInteractionKindReplacesTheOther() {
        RunConfig c = ConfigLoader.parse(MINIMAL, "x", List.of("interactions.random={scale: 1, seed: 2}"));
        assertThat(c.model().interactions()).isDeepEqualTo(InteractionTensors.random(2, 1.0, 2));
        assertThat(c.resolved().get("interactions").has("tensor")).isFalse();
    }

    @Test
    void laterOverridesWin() {
        RunConfig c = ConfigLoader.parse(MINIMAL, "x", List.of("dmft.steps=10", "dmft.steps=20"));
        assertThat(c.dmft().steps()).isEqualTo(20);
    }

    @Test
    void unknownOverrideKeyFailsLikeAnUnknownKey() {
        assertThatThrownBy(() -> ConfigLoader.parse(MINIMAL, "x", List.of("dmft.dtt=0.1")))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.key()).isEqualTo("dmft.dtt");
                    assertThat(e.getMessage()).contains("unknown key 'dtt'").contains("did you mean 'dt'");
                });
        assertThatThrownBy(() -> ConfigLoader.parse(MINIMAL, "x", List.of("regionz=3")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.key()).isEqualTo("regionz"));
    }

    @Test
    void resolvedTreeReloadsToTheSameRun() {
        for (String text : List.of(FULL_YAML, MINIMAL, "regions: 3\ndisorder: 1\ninteractions: {random: {scale: 2}}\n")) {
            RunConfig c = ConfigLoader.parse(text, "x", List.of());
            RunConfig again = ConfigLoader.parse(c.resolved().toString(), "other", List.of());
            assertThat(again.resolved()).isEqualTo(c.resolved());
            assertThat(again).usingRecursiveComparison().isEqualTo(c);
        }
    }

    @Test
    void loadsFilesByExtensionAndNamesTheRunAfterTheFile(@TempDir Path dir) throws IOException {
        Path yaml = dir.resolve("routing.v2.yaml");
        Files.writeString(yaml, MINIMAL);
        Path json = dir.resolve("routing.json");
        Files.writeString(json, """
                {"regions": 2, "disorder": 1.2, "interactions": {"tensor": [[[1, 0], [0, 0]], [[0, 0], [0, 2]]]}}
                """);
        Path other = dir.resolve("routing.cfg");
        Files.writeString(other, MINIMAL);

        RunConfig fromYaml = ConfigLoader.load(yaml, List.of());
        RunConfig fromJson = ConfigLoader.load(json, List.of("name=routing.v2"));
        RunConfig fromOther = ConfigLoader.load(other, List.of("dmft.seed=4"));

        assertThat(fromYaml.name()).isEqualTo("routing.v2");
        assertThat(fromJson.resolved()).isEqualTo(fromYaml.resolved());
        assertThat(fromOther.name()).isEqualTo("routing");
        assertThat(fromOther.dmft().seed()).isEqualTo(4L);
    }

    @Test
    void resolvedTreeIsACopy() {
        RunConfig c = ConfigLoader.parse(MINIMAL, "x", List.of());
        c.resolved().put("regions", 7);
        JsonNode regions = c.resolved().get("regions");
        assertThat(regions.intValue()).isEqualTo(2);
    }
}
