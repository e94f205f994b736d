package org.mrdmft.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every user error names its dotted key and says what is wrong. */
class ConfigErrorsTest {
    private static final String R = "regions: 2\n";
    private static final String G = "disorder: [1, 1]\n";
    private static final String T = "interactions: {tensor: [[[0, 0], [0, 0]], [[0, 0], [0, 0]]]}\n";
    private static final String BASE = R + G + T;
    private static final String V = "  overlaps: [[1, 0], [0, 1]]\n";

    static Stream<Arguments> yamlErrors() {
        return Stream.of(
                // unknown keys, with suggestions
                Arguments.of("unknown top-level key", BASE + "disorde: [1, 1]\n", "disorde", "did you mean 'disorder'"),
                Arguments.of("unknown nested key", BASE + "dmft: {dtt: 0.1}\n", "dmft.dtt", "did you mean 'dt'"),
                Arguments.of("snake_case key", BASE + "cross_disorder: [[0, 1], [1, 0]]\n", "cross_disorder",
                        "did you mean 'crossDisorder'"),
                Arguments.of("far-off key", BASE + "banana: 1\n", "banana", "unknown key 'banana'"),
                Arguments.of("unknown key in a phase",
                        BASE + "inputs:\n" + V + "  schedule: [{from: 0, untill: 5, amplitude: [1, 1]}]\n",
                        "inputs.schedule[0].untill", "unknown key"),
                // wrong types
                Arguments.of("string for a number", BASE + "dmft: {dt: fast}\n", "dmft.dt", "expected a number"),
                Arguments.of("fractional steps", BASE + "dmft: {steps: 2.5}\n", "dmft.steps", "expected an integer"),
                Arguments.of("string disorder", R + T + "disorder: strong\n", "disorder",
                        "expected a number or a list of 2 numbers"),
                Arguments.of("list for a section", BASE + "dmft: [1, 2]\n", "dmft", "expected a mapping"),
                Arguments.of("number for a boolean", BASE + "inputs: {overlaps: [[1, 0], [0, 1]], amplitude: [1, 1],"
                        + " gainScaled: 1}\n", "inputs.gainScaled", "expected true or false"),
                Arguments.of("unknown nonlinearity", BASE + "nonlinearity: relu\n", "nonlinearity", "erf | tanh"),
                Arguments.of("unknown mode", BASE + "dmft: {mode: steady}\n", "dmft.mode", "transient | stationary"),
                Arguments.of("misspelt scheme", BASE + "dmft: {scheme: exp-trapezoidal}\n", "dmft.scheme",
                        "did you mean 'exp-trapezoid'"),
                // shapes
                Arguments.of("tensor row too long", R + G + "interactions: {tensor: [[[0, 0], [0, 0, 0]], [[0, 0], [0, 0]]]}\n",
                        "interactions.tensor[0][1]", "expected a list of 2 numbers (R x R x R = 2 x 2 x 2), got a list of 3"),
                Arguments.of("tensor too few blocks", R + G + "interactions: {tensor: [[[0, 0], [0, 0]]]}\n",
                        "interactions.tensor", "expected a list of 2 lists"),
                Arguments.of("disorder too short", R + T + "disorder: [1]\n", "disorder",
                        "expected a list of 2 numbers (R = 2), got a list of 1 element"),
                Arguments.of("overlaps wrong shape", BASE + "overlaps: {tensor: [[1, 0], [0, 1]]}\n",
                        "overlaps.tensor[0][0]", "expected a list of 2 numbers"),
                Arguments.of("amplitude wrong length", BASE + "inputs:\n" + V + "  amplitude: [1, 2, 3]\n",
                        "inputs.amplitude", "got a list of 3"),
                Arguments.of("initial currents wrong shape", BASE + "dmft: {initialCurrents: [1, 2]}\n",
                        "dmft.initialCurrents[0]", "expected a list of 2 numbers (R x R = 2 x 2), got the number 1"),
                // ranges
                Arguments.of("zero regions", "regions: 0\n" + G + T, "regions", ">= 1, got 0"),
                Arguments.of("missing regions", G + T, "regions", "missing required key"),
                Arguments.of("negative g", R + T + "disorder: [1, -0.5]\n", "disorder[1]", "must be >= 0, got -0.5"),
                Arguments.of("negative scalar g", R + T + "disorder: -1\n", "disorder", "must be >= 0"),
                Arguments.of("negative cross disorder", BASE + "crossDisorder: [[0, -0.3], [0.3, 0]]\n",
                        "crossDisorder[0][1]", "must be >= 0"),
                Arguments.of("cross disorder diagonal", BASE + "crossDisorder: [[0, 0.3], [0.3, 1]]\n",
                        "crossDisorder[1][1]", "the diagonal must be 0"),
                Arguments.of("zero dt", BASE + "dmft: {dt: 0}\n", "dmft.dt", "must be > 0"),
                Arguments.of("negative dt", BASE + "dmft: {dt: -0.1}\n", "dmft.dt", "must be > 0, got -0.1"),
                Arguments.of("one step", BASE + "dmft: {steps: 1}\n", "dmft.steps", ">= 2, got 1"),
                Arguments.of("negative window", BASE + "dmft: {window: -1}\n", "dmft.window", ">= 0"),
                Arguments.of("negative initial variance", BASE + "dmft: {initialVariance: [1, -1]}\n",
                        "dmft.initialVariance[1]", ">= 0"),
                Arguments.of("lag time beyond the end", BASE + "dmft: {dt: 0.1, steps: 11, lagReferenceTimes: [0, 2]}\n",
                        "dmft.lagReferenceTimes[1]", "[0, 1.0]"),
                Arguments.of("one neuron", BASE + "simulation: {neurons: 1}\n", "simulation.neurons", ">= 2"),
                Arguments.of("short simulation", BASE + "simulation: {dt: 0.1, duration: 0.1}\n",
                        "simulation.duration", "must be > simulation.dt"),
                Arguments.of("zero draws", BASE + "simulation: {draws: 0}\n", "simulation.draws", ">= 1"),
                Arguments.of("unknown simulation scheme", BASE + "simulation: {scheme: midpoint}\n",
                        "simulation.scheme", "expected one of rk4 | euler"),
                Arguments.of("zero recordEvery", BASE + "simulation: {recordEvery: 0}\n", "simulation.recordEvery",
                        ">= 1"),
                Arguments.of("burn-in past the end", BASE + "simulation: {duration: 10, burnIn: 10}\n",
                        "simulation.burnIn", "must be < simulation.duration"),
                Arguments.of("negative threads", BASE + "simulation: {threads: -1}\n", "simulation.threads", ">= 0"),
                Arguments.of("sharedMatrix not boolean", BASE + "simulation: {sharedMatrix: 1}\n",
                        "simulation.sharedMatrix", "true or false"),
                Arguments.of("name with a slash", BASE + "name: a/b\n", "name", "directory name"),
                // overlaps U
                Arguments.of("asymmetric U", BASE + "overlaps: {tensor: [[[1, 0], [0, 1]], [[1, 0.5], [0.2, 1]]]}\n",
                        "overlaps.tensor[1]", "U^{1} must be symmetric"),
                Arguments.of("indefinite U", BASE + "overlaps: {tensor: [[[1, 2], [2, 1]], [[1, 0], [0, 1]]]}\n",
                        "overlaps.tensor[0]", "U^{0} must be positive-definite, but its smallest eigenvalue is -1.00000"),
                Arguments.of("singular U", BASE + "overlaps: {tensor: [[[1, 0], [0, 1]], [[1, 1], [1, 1]]]}\n",
                        "overlaps.tensor[1]", "positive-definite"),
                // non-finite numbers
                Arguments.of("YAML .nan", R + T + "disorder: [.nan, 1]\n", "disorder[0]", "finite"),
                Arguments.of("YAML .inf", BASE + "dmft: {dt: .inf}\n", "dmft.dt", "finite"),
                Arguments.of("YAML -.Inf in a tensor", R + G + "interactions: {tensor: [[[0, 0], [0, 0]], [[0, -.Inf], [0, 0]]]}\n",
                        "interactions.tensor[1][0][1]", "finite"),
                Arguments.of("overflowing number", BASE + "dmft: {dt: 1e999}\n", "dmft.dt", "finite"),
                // interactions: exactly one kind
                Arguments.of("no interactions kind", R + G + "interactions: {}\n", "interactions", "got none"),
                Arguments.of("two interactions kinds", BASE.replace("}\n", ", random: {scale: 1}}\n"),
                        "interactions", "exactly one of tensor, reciprocal, random; got tensor and random"),
                Arguments.of("missing interactions", R + G, "interactions", "missing required key"),
                Arguments.of("bad sign", R + G + "interactions: {reciprocal: {a: [1, 1], b: [1, 1], signs: [1, 0.5]}}\n",
                        "interactions.reciprocal.signs[1]", "+1 or -1"),
                Arguments.of("negative b", R + G + "interactions: {reciprocal: {a: [1, 1], b: [-1, 1]}}\n",
                        "interactions.reciprocal.b[0]", ">= 0"),
                Arguments.of("negative random scale", R + G + "interactions: {random: {scale: -2}}\n",
                        "interactions.random.scale", ">= 0"),
                // inputs
                Arguments.of("overlapping schedule", BASE + "inputs:\n" + V
                        + "  schedule: [{from: 0, to: 10, amplitude: [1, 0]}, {from: 5, to: 20, amplitude: [0, 1]}]\n",
                        "inputs.schedule[1]", "overlaps inputs.schedule[0] = [0.0, 10.0)"),
                Arguments.of("unsorted schedule", BASE + "inputs:\n" + V
                        + "  schedule: [{from: 10, to: 20, amplitude: [1, 0]}, {from: 0, to: 5, amplitude: [0, 1]}]\n",
                        "inputs.schedule[1]", "sorted by from"),
                Arguments.of("open phase not last", BASE + "inputs:\n" + V
                        + "  schedule: [{from: 0, amplitude: [1, 0]}, {from: 10, amplitude: [0, 1]}]\n",
                        "inputs.schedule[0].to", "only the last phase"),
                Arguments.of("empty phase", BASE + "inputs:\n" + V + "  schedule: [{from: 5, to: 5, amplitude: [1, 0]}]\n",
                        "inputs.schedule[0].to", "must be > from"),
                Arguments.of("amplitude and schedule", BASE + "inputs:\n" + V
                        + "  amplitude: [1, 1]\n  schedule: [{from: 0, amplitude: [1, 0]}]\n", "inputs", "got both"),
                Arguments.of("inputs without overlaps", BASE + "inputs: {amplitude: [1, 1]}\n", "inputs.overlaps",
                        "missing required key"),
                // file-level problems
                Arguments.of("duplicate key", BASE + "dmft:\n  dt: 0.1\n  dt: 0.2\n", "dmft.dt", "duplicate key"),
                Arguments.of("malformed YAML", BASE + "dmft: {dt: [0.1, 0.2}\n", "", "malformed YAML at line 4"),
                Arguments.of("top level is a list", "- 1\n- 2\n", "", "must be a mapping"),
                Arguments.of("empty config", "  \n", "", "empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yamlErrors")
    void namesTheKeyAndTheProblem(String label, String yaml, String key, String fragment) {
        assertFailure(() -> ConfigLoader.parse(yaml, "x", List.of()), key, fragment);
    }

    static Stream<Arguments> jsonErrors() {
        return Stream.of(
                Arguments.of("JSON NaN", "{\"regions\": 2, \"disorder\": [1, NaN]}", "disorder[1]", "must be a finite number, got NaN"),
                Arguments.of("JSON -Infinity", "{\"regions\": 2, \"dmft\": {\"dt\": -Infinity}}", "dmft.dt", "finite"),
                Arguments.of("malformed JSON", "{\"regions\": 2,\n \"disorder\": [1, 1],,\n}", "",
                        "malformed JSON at line 2, column"),
                Arguments.of("trailing garbage", "{\"regions\": 2} {}", "", "unexpected content"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonErrors")
    void jsonErrorsNameTheKeyToo(String label, String json, String key, String fragment) {
        assertFailure(() -> ConfigLoader.parse(json, "x", List.of()), key, fragment);
    }

    static Stream<Arguments> overrideErrors() {
        return Stream.of(
                Arguments.of("no equals sign", "dmft.dt", "dmft.dt", "key=value"),
                Arguments.of("no value", "dmft.dt=", "dmft.dt", "no value"),
                Arguments.of("malformed value", "disorder=[1, 2", "disorder", "malformed YAML"),
                Arguments.of("non-finite value", "dmft.dt=.nan", "dmft.dt", "finite"),
                Arguments.of("into a number", "regions.x=1", "regions", "is the number 2, not a section"),
                Arguments.of("index past the end", "disorder.5=1", "disorder[5]", "out of range"),
                Arguments.of("index into a section", "interactions.0=1", "interactions[0]", "is a section, not a list"),
                Arguments.of("empty segment", "dmft..dt=1", "dmft..dt", "malformed override key"),
                Arguments.of("unknown key", "simulation.neuron=10", "simulation.neuron", "did you mean 'neurons'"),
                Arguments.of("invalid value", "dmft.steps=1", "dmft.steps", ">= 2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overrideErrors")
    void overrideErrorsNameTheKey(String label, String override, String key, String fragment) {
        assertFailure(() -> ConfigLoader.parse(BASE, "x", List.of(override)), key, fragment);
    }

    @Test
    void missingFileIsReportedWithoutAStackTrace(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yaml");
        assertFailure(() -> ConfigLoader.load(missing, List.of()), "", "config file not found");
        assertFailure(() -> ConfigLoader.load(dir, List.of()), "", "is a directory");
    }

    @Test
    void malformedFileNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"regions\": 2\n  \"disorder\": 1\n}\n");
        assertFailure(() -> ConfigLoader.load(bad, List.of()), "", "bad.json: malformed JSON at line 3, column 3");
    }

    @Test
    void onlyTheFirstErrorIsReported() {
        assertFailure(() -> ConfigLoader.parse("regions: 0\ndisorder: -1\n", "x", List.of()), "regions", ">= 1");
    }

    private static void assertFailure(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key,
                                      String fragment) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.key()).isEqualTo(key);
            assertThat(e.getMessage()).contains(fragment).doesNotContain("Exception").doesNotContain("\n");
            if (!key.isEmpty()) {
                assertThat(e.getMessage()).startsWith(key + ": ");
            }
        });
    }
}
