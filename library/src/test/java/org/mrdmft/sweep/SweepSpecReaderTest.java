package org.mrdmft.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mrdmft.config.ConfigException;
import org.mrdmft.config.ConfigLoader;

/** A sweep file is checked with the validators of run configs: the same value, the same verdict and words. */
class SweepSpecReaderTest {
    private static final String BASE = "{regions: 2, disorder: 1, interactions: {random: {scale: 1}}, dmft: {steps: 20}}";
    private static final String RUN = "regions: 2\ndisorder: 1\ninteractions: {random: {scale: 1}}\n";

    private static SweepSpec sweep(String body) {
        try {
            ObjectNode tree = (ObjectNode) new YAMLMapper().readTree("base: " + BASE + "\n" + body + "\n");
            return SweepSpecReader.parse(tree, Path.of("."), "s");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConfigException sweepError(String body) {
        return (ConfigException) org.assertj.core.api.Assertions.catchThrowable(() -> sweep(body));
    }

    private static ConfigException runError(String yaml) {
        return (ConfigException) org.assertj.core.api.Assertions.catchThrowable(
                () -> ConfigLoader.parse(RUN + yaml + "\n", "run", List.of()));
    }

    /** The problem as stated after the key. */
    private static String problem(ConfigException e) {
        assertThat(e).as("refused").isNotNull();
        return e.getMessage().substring(e.key().length() + 2);
    }

    @ParameterizedTest(name = "{0} / {2}")
    @CsvSource(delimiter = '|', value = {
        "draws: 0|draws|simulation: {draws: 0}|simulation.draws",
        "draws: 2.5|draws|simulation: {draws: 2.5}|simulation.draws",
        "draws: many|draws|simulation: {draws: many}|simulation.draws",
        "seed: x|seed|dmft: {seed: x}|dmft.seed",
        "seed: 1e30|seed|dmft: {seed: 1e30}|dmft.seed",
        "name: a/b|name|name: a/b|name",
        "name: 5|name|name: 5|name",
        "axes: [{key: interactions, leadingEigenvalue: {re: [1], im: [0], tolerance: -0.5}}]"
                + "|axes[0].leadingEigenvalue.tolerance|dmft: {dt: -0.5}|dmft.dt",
        "axes: [{key: interactions, leadingEigenvalue: {re: [1], im: [0], tolerance: x}}]"
                + "|axes[0].leadingEigenvalue.tolerance|dmft: {dt: x}|dmft.dt",
        "axes: [{key: interactions, leadingEigenvalue: {re: [1], im: [0], maxTries: 0}}]"
                + "|axes[0].leadingEigenvalue.maxTries|simulation: {draws: 0}|simulation.draws",
        "axes: [{key: interactions, leadingEigenvalue: {re: [1, x], im: [0]}}]"
                + "|axes[0].leadingEigenvalue.re[1]|validation: {lags: [1, x]}|validation.lags[1]",
        "axes: [{key: disorder, linspace: [0, x, 3]}]|axes[0].linspace[1]|dmft: {dt: x}|dmft.dt",
    })
    void aProblemIsStatedAsForARunConfig(String body, String sweepKey, String run, String runKey) {
        ConfigException s = sweepError(body);
        ConfigException r = runError(run);
        assertThat(s.key()).isEqualTo(sweepKey);
        assertThat(r.key()).isEqualTo(runKey);
        assertThat(problem(s)).isEqualTo(problem(r));
    }

    @Test
    void integralNumbersAreIntegersAsInRunConfigs() {
        assertThat(ConfigLoader.parse(RUN + "dmft: {seed: 3.0}\nsimulation: {draws: 2.0}\n", "run", List.of())
                .dmft().seed()).isEqualTo(3L);
        SweepSpec spec = sweep("seed: 3.0\ndraws: 2.0\naxes: [{key: disorder, linspace: [1, 2, 3.0]}]");
        assertThat(spec.seed()).isEqualTo(3L);
        assertThat(spec.draws()).isEqualTo(2);
        assertThat(spec.axes().get(0).size()).isEqualTo(3);
    }

    @Test
    void unknownKeysGetTheRunConfigsHint() {
        ConfigException e = sweepError("draw: 2");
        assertThat(e.key()).isEqualTo("draw");
        assertThat(e.getMessage()).contains("unknown key 'draw'; did you mean 'draws'?");
        assertThat(sweepError("axes: [{key: disorder, value: [1]}]").getMessage())
                .contains("axes[0].value: unknown key 'value'; did you mean 'values'?");
    }

    @Test
    void anAxisValueARunConfigRefusesIsRefusedWhenTheSweepIsRead() {
        String runProblem = problem((ConfigException) org.assertj.core.api.Assertions.catchThrowable(
                () -> ConfigLoader.parse(RUN, "run", List.of("disorder=-1.0"))));
        ConfigException e = sweepError("axes: [{key: disorder, values: [1.0, -1.0]}]");
        assertThat(e.key()).isEqualTo("axes");
        assertThat(e.getMessage()).contains("point 1 (disorder=-1.0): disorder: " + runProblem);
    }

    @Test
    void aMisspeltAxisKeyIsRefusedWhenTheSweepIsRead() {
        assertThatThrownBy(() -> sweep("axes: [{key: dmft.dtt, values: [0.05]}]"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("dmft.dtt: unknown key 'dtt'; did you mean 'dt'?");
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        SweepSpec spec = sweep("axes: [{key: interactions, leadingEigenvalue: {re: [1], im: [0]}}]");
        assertThat(spec.draws()).isEqualTo(1);
        assertThat(spec.seed()).isZero();
        assertThat(spec.observables()).containsExactly(Observable.values());
        LeadingEigenvalueAxis axis = (LeadingEigenvalueAxis) spec.axes().get(0);
        assertThat(axis.tolerance()).isEqualTo(0.01875);
        assertThat(axis.scale()).isNaN();
        assertThat(axis.maxTries()).isEqualTo(200_000);
    }
}
