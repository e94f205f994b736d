package org.mrdmft.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrdmft.config.ConfigLoader;
import org.mrdmft.model.InputPhase;
import org.mrdmft.model.NetworkModel;
import org.mrdmft.model.Nonlinearity;

/** The builder describes the same network as the equivalent config text, for every kind of parameter. */
class NetworkTest {
    private static NetworkModel config(String yaml) {
        return ConfigLoader.parse(yaml, "test", List.of()).model();
    }

    /** Every field of two models is equal, entry by entry (records compare arrays by identity). */
    static void assertSameModel(NetworkModel actual, NetworkModel expected) {
        assertThat(actual.regions()).isEqualTo(expected.regions());
        assertThat(actual.nonlinearity()).isEqualTo(expected.nonlinearity());
        assertThat(actual.disorder()).containsExactly(expected.disorder());
        assertThat(actual.crossDisorder()).isDeepEqualTo(expected.crossDisorder());
        assertThat(actual.interactions()).isDeepEqualTo(expected.interactions());
        assertThat(actual.overlaps()).isDeepEqualTo(expected.overlaps());
        assertThat(actual.inputs().overlaps()).isDeepEqualTo(expected.inputs().overlaps());
        assertThat(actual.inputs().gainScaled()).isEqualTo(expected.inputs().gainScaled());
        List<InputPhase> a = actual.inputs().phases();
        List<InputPhase> e = expected.inputs().phases();
        assertThat(a).hasSameSizeAs(e);
        for (int k = 0; k < a.size(); k++) {
            assertThat(a.get(k).from()).isEqualTo(e.get(k).from());
            assertThat(a.get(k).to()).isEqualTo(e.get(k).to());
            assertThat(a.get(k).amplitude()).containsExactly(e.get(k).amplitude());
        }
    }

    @Test
    void reciprocalWithSignsTanhAndCrossDisorder() {
        NetworkModel built = Network.regions(2).nonlinearity(Nonlinearity.TANH).disorder(1.5, 0.5)
                .crossDisorder(new double[][] {{0, 0.3}, {0.2, 0}})
                .reciprocal(new double[] {0.5, 0.8}, new double[] {2.0, 1.0}, new double[] {1, -1}).build();
        assertSameModel(built, config("""
                regions: 2
                nonlinearity: tanh
                disorder: [1.5, 0.5]
                crossDisorder: [[0, 0.3], [0.2, 0]]
                interactions:
                  reciprocal: {a: [0.5, 0.8], b: [2.0, 1.0], signs: [1, -1]}
                """));
        // the reciprocal formula itself: c = u u^T + diag(a - b), u = s sqrt(b); T^{mu nu mu} = c^{mu nu}
        assertThat(built.interaction(0, 1, 0)).isCloseTo(-Math.sqrt(2.0), org.assertj.core.api.Assertions.within(1e-15));
        assertThat(built.interaction(0, 0, 0)).isCloseTo(0.5, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(built.interaction(0, 1, 1)).isZero();
    }

    @Test
    void reciprocalSignsDefaultToPlusOne() {
        assertSameModel(Network.regions(2).disorder(1.0).reciprocal(new double[] {0, 0}, new double[] {2, 2}).build(),
                config("""
                        regions: 2
                        disorder: 1.0
                        interactions: {reciprocal: {a: [0, 0], b: [2, 2]}}
                        """));
    }

    @Test
    void explicitTensorAndOneDisorderForAll() {
        double[][][] t = {{{0.1, -0.2}, {0.3, 0.4}}, {{-0.5, 0.6}, {0.7, -0.8}}};
        NetworkModel built = Network.regions(2).disorder(0.7).tensor(t).build();
        assertSameModel(built, config("""
                regions: 2
                disorder: 0.7
                interactions:
                  tensor: [[[0.1, -0.2], [0.3, 0.4]], [[-0.5, 0.6], [0.7, -0.8]]]
                """));
        t[0][0][0] = 99; // the description keeps its own copy
        assertThat(built.interaction(0, 0, 0)).isEqualTo(0.1);
    }

    @Test
    void randomWithSeedDrawsTheConfigsTensor() {
        NetworkModel built = Network.regions(3).disorder(1.0).random(1.7, 42).build();
        assertSameModel(built, config("""
                regions: 3
                disorder: 1.0
                interactions: {random: {scale: 1.7, seed: 42}}
                """));
        assertThat(built.interactions())
                .isNotEqualTo(Network.regions(3).disorder(1.0).random(1.7, 43).build().interactions());
    }

    @Test
    void overlaps() {
        assertSameModel(Network.regions(2).disorder(0.0)
                        .reciprocal(new double[] {1, 1}, new double[] {2, 2})
                        .overlaps(new double[][][] {{{1, 0.2}, {0.2, 1}}, {{2, 0}, {0, 1}}}).build(),
                config("""
                        regions: 2
                        disorder: 0
                        interactions: {reciprocal: {a: [1, 1], b: [2, 2]}}
                        overlaps: {tensor: [[[1, 0.2], [0.2, 1]], [[2, 0], [0, 1]]]}
                        """));
    }

    @Test
    void constantInput() {
        assertSameModel(Network.regions(2).disorder(0.0).reciprocal(new double[] {1, 1}, new double[] {2, 2})
                        .inputOverlaps(new double[][] {{0, 0}, {0.1, 0}}).constantInput(2.0, 0.0).build(),
                config("""
                        regions: 2
                        disorder: 0
                        interactions: {reciprocal: {a: [1, 1], b: [2, 2]}}
                        inputs: {overlaps: [[0, 0], [0.1, 0]], amplitude: [2.0, 0.0]}
                        """));
    }

    @Test
    void inputScheduleWithoutGainScaling() {
        NetworkModel built = Network.regions(2).disorder(0.0).reciprocal(new double[] {1, 1}, new double[] {2, 2})
                .inputOverlaps(new double[][] {{1, 0}, {0.5, 1}}).inputPhase(0, 50, 1, 0).inputFrom(50, 0, 2)
                .gainScaledInputs(false).build();
        assertSameModel(built, config("""
                regions: 2
                disorder: 0
                interactions: {reciprocal: {a: [1, 1], b: [2, 2]}}
                inputs:
                  overlaps: [[1, 0], [0.5, 1]]
                  schedule:
                    - {from: 0, to: 50, amplitude: [1, 0]}
                    - {from: 50, amplitude: [0, 2]}
                  gainScaled: false
                """));
        double[] at = new double[2];
        built.inputs().amplitudeAt(60.0, at);
        assertThat(at).containsExactly(0, 2);
    }

    @Test
    void eachCallLeavesTheBaseDescriptionUnchanged() {
        Network base = Network.regions(1).reciprocal(new double[] {2}, new double[] {2});
        NetworkModel weak = base.disorder(0.5).build();
        NetworkModel strong = base.disorder(1.5).build();
        assertThat(weak.disorder(0)).isEqualTo(0.5);
        assertThat(strong.disorder(0)).isEqualTo(1.5);
    }
}
