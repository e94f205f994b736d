package org.mrdmft.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrdmft.config.ConfigException;
import org.mrdmft.config.ConfigLoader;
import org.mrdmft.model.InvalidNetworkException;

/**
 * Each invalid value makes {@link Network#build()} throw one {@link InvalidNetworkException} naming the field in
 * the config's spelling; where a config file can say the same wrong thing, the config reader names the same key
 * with the same words (the rules are shared).
 */
class NetworkErrorsTest {
    private static final double[] A = {0, 0};
    private static final double[] B = {2, 2};
    private static final Network ROUTING = Network.regions(2).disorder(1.0).reciprocal(A, B);

    private static InvalidNetworkException failure(Runnable r) {
        InvalidNetworkException e = catchThrowableOfType(r::run, InvalidNetworkException.class);
        assertThat(e).as("an InvalidNetworkException").isNotNull();
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
        assertThat(e.getMessage()).isEqualTo(e.field() + ": " + e.problem());
        return e;
    }

    private static ConfigException configFailure(String yaml) {
        ConfigException e = catchThrowableOfType(() -> ConfigLoader.parse(yaml, "x", List.of()), ConfigException.class);
        assertThat(e).as("a ConfigException").isNotNull();
        return e;
    }

    @Test
    void regionsAndDisorder() {
        assertThat(failure(() -> Network.regions(0)).field()).isEqualTo("regions");
        InvalidNetworkException missing = failure(() -> Network.regions(2).reciprocal(A, B).build());
        assertThat(missing.field()).isEqualTo("disorder");
        assertThat(missing.problem()).contains("missing");
        InvalidNetworkException negative = failure(() -> ROUTING.disorder(1.0, -0.5).build());
        assertThat(negative.field()).isEqualTo("disorder[1]");
        assertThat(negative.problem()).isEqualTo("must be >= 0, got -0.5");
        assertThat(failure(() -> ROUTING.disorder(1, 2, 3).build()).field()).isEqualTo("disorder");
        assertThat(failure(() -> ROUTING.disorder(Double.NaN).build()).field()).isEqualTo("disorder");
    }

    @Test
    void crossDisorderDiagonalAsInTheConfig() {
        InvalidNetworkException built = failure(() -> ROUTING.crossDisorder(new double[][] {{0, 0.1}, {0.1, 0.5}})
                .build());
        assertThat(built.field()).isEqualTo("crossDisorder[1][1]");
        ConfigException read = configFailure("""
                regions: 2
                disorder: 1.0
                crossDisorder: [[0, 0.1], [0.1, 0.5]]
                interactions: {reciprocal: {a: [0, 0], b: [2, 2]}}
                """);
        assertThat(read.key()).isEqualTo(built.field());
        assertThat(read.getMessage()).isEqualTo(built.getMessage());
        assertThat(failure(() -> ROUTING.crossDisorder(new double[][] {{0, -0.1}, {0, 0}}).build()).field())
                .isEqualTo("crossDisorder[0][1]");
    }

    @Test
    void interactions() {
        InvalidNetworkException none = failure(() -> Network.regions(2).disorder(1.0).build());
        assertThat(none.field()).isEqualTo("interactions");
        InvalidNetworkException sign = failure(() -> ROUTING.reciprocal(A, B, new double[] {1, 0.5}).build());
        assertThat(sign.field()).isEqualTo("interactions.reciprocal.signs[1]");
        ConfigException read = configFailure("""
                regions: 2
                disorder: 1.0
                interactions: {reciprocal: {a: [0, 0], b: [2, 2], signs: [1, 0.5]}}
                """);
        assertThat(read.getMessage()).isEqualTo(sign.getMessage());
        assertThat(failure(() -> ROUTING.reciprocal(A, new double[] {2, -1}).build()).field())
                .isEqualTo("interactions.reciprocal.b[1]");
        assertThat(failure(() -> ROUTING.reciprocal(A, new double[] {2}).build()).field())
                .isEqualTo("interactions.reciprocal.b");
        assertThat(failure(() -> ROUTING.random(-1.0, 0).build()).field()).isEqualTo("interactions.random.scale");
        assertThat(failure(() -> ROUTING.tensor(new double[][][] {{{1, 0}, {0, 1}}, {{1, 0}}}).build()).field())
                .isEqualTo("interactions.tensor[1]");
        assertThat(failure(() -> ROUTING.tensor(new double[][][] {{{1, 0}, {0, 1}}, {{1, 0}, {0, Double.NaN}}})
                .build()).field()).isEqualTo("interactions.tensor[1][1][1]");
    }

    @Test
    void overlapsMustBeSymmetricPositiveDefinite() {
        InvalidNetworkException asymmetric = failure(() -> ROUTING
                .overlaps(new double[][][] {{{1, 0}, {0, 1}}, {{1, 0.3}, {0.1, 1}}}).build());
        assertThat(asymmetric.field()).isEqualTo("overlaps.tensor[1]");
        assertThat(asymmetric.problem()).contains("symmetric");
        InvalidNetworkException indefinite = failure(() -> ROUTING
                .overlaps(new double[][][] {{{1, 2}, {2, 1}}, {{1, 0}, {0, 1}}}).build());
        assertThat(indefinite.field()).isEqualTo("overlaps.tensor[0]");
        assertThat(indefinite.problem()).contains("positive-definite");
        ConfigException read = configFailure("""
                regions: 2
                disorder: 1.0
                interactions: {reciprocal: {a: [0, 0], b: [2, 2]}}
                overlaps: {tensor: [[[1, 2], [2, 1]], [[1, 0], [0, 1]]]}
                """);
        assertThat(read.getMessage()).isEqualTo(indefinite.getMessage());
    }

    @Test
    void inputs() {
        double[][] v = {{0, 0}, {0.1, 0}};
        assertThat(failure(() -> ROUTING.constantInput(1, 0).build()).field()).isEqualTo("inputs.overlaps");
        assertThat(failure(() -> ROUTING.inputOverlaps(v).build()).field()).isEqualTo("inputs");
        assertThat(failure(() -> ROUTING.inputOverlaps(v).constantInput(1, 0).inputFrom(0, 1, 0).build()).problem())
                .endsWith("got both");
        assertThat(failure(() -> ROUTING.inputOverlaps(v).constantInput(1).build()).field())
                .isEqualTo("inputs.amplitude");
        InvalidNetworkException reversed = failure(() -> ROUTING.inputOverlaps(v).inputPhase(5, 2, 1, 0).build());
        assertThat(reversed.field()).isEqualTo("inputs.schedule[0].to");
        InvalidNetworkException open = failure(() -> ROUTING.inputOverlaps(v).inputFrom(0, 1, 0).inputFrom(5, 0, 0)
                .build());
        assertThat(open.field()).isEqualTo("inputs.schedule[0].to");
        InvalidNetworkException overlapping = failure(() -> ROUTING.inputOverlaps(v).inputPhase(0, 10, 1, 0)
                .inputPhase(5, 20, 0, 1).build());
        assertThat(overlapping.field()).isEqualTo("inputs.schedule[1]");
        ConfigException read = configFailure("""
                regions: 2
                disorder: 1.0
                interactions: {reciprocal: {a: [0, 0], b: [2, 2]}}
                inputs:
                  overlaps: [[0, 0], [0.1, 0]]
                  schedule:
                    - {from: 0, to: 10, amplitude: [1, 0]}
                    - {from: 5, to: 20, amplitude: [0, 1]}
                """);
        assertThat(read.getMessage()).isEqualTo(overlapping.getMessage());
    }
}
