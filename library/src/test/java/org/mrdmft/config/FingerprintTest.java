package org.mrdmft.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    private static String fingerprintOf(String text, String... overrides) {
        return ConfigLoader.fingerprint(ConfigLoader.parse(text, "run", List.of(overrides)).resolved());
    }

    @Test
    void sameContentInAnotherKeyOrderOrFormatHasTheSameFingerprint() {
        String yaml = fingerprintOf(ConfigLoaderTest.FULL_YAML);
        String json = fingerprintOf(ConfigLoaderTest.FULL_JSON);
        assertThat(yaml).matches("[0-9a-f]{64}").isEqualTo(json);
    }

    @Test
    void equivalentSpellingsHaveTheSameFingerprint() {
        String listed = fingerprintOf("regions: 2\ndisorder: [1.0, 1.0]\ninteractions: {random: {scale: 2, seed: 0}}\n");
        String scalar = fingerprintOf("{\"interactions\": {\"random\": {\"scale\": 2.0}}, \"disorder\": 1, \"regions\": 2}");
        String defaultsSpelledOut = fingerprintOf("regions: 2\ndisorder: 1\ninteractions: {random: {scale: 2}}\n"
                + "dmft: {dt: 0.05, steps: 2500, mode: transient}\nsimulation: {seed: 1}\n");
        assertThat(scalar).isEqualTo(listed).isEqualTo(defaultsSpelledOut);
    }

    @Test
    void anyChangedValueChangesTheFingerprint() {
        String base = fingerprintOf(ConfigLoaderTest.FULL_YAML);
        assertThat(fingerprintOf(ConfigLoaderTest.FULL_YAML, "dmft.dt=0.2")).isNotEqualTo(base);
        assertThat(fingerprintOf(ConfigLoaderTest.FULL_YAML, "disorder=[1.5, 0.6]")).isNotEqualTo(base);
        assertThat(fingerprintOf(ConfigLoaderTest.FULL_YAML, "simulation.seed=10")).isNotEqualTo(base);
        assertThat(fingerprintOf(ConfigLoaderTest.FULL_YAML, "inputs.gainScaled=true")).isNotEqualTo(base);
    }

    @Test
    void theFreeTextDescriptionIsIgnored() {
        String base = fingerprintOf(ConfigLoaderTest.FULL_YAML);
        assertThat(fingerprintOf(ConfigLoaderTest.FULL_YAML, "description=something else")).isEqualTo(base);
    }

    @Test
    void handBuiltTreesCompareByContentNotKeyOrderOrNumberSpelling() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode a = (ObjectNode) mapper.readTree("{\"x\": {\"b\": 1, \"a\": [2.0, -0.0]}, \"y\": true}");
        ObjectNode b = (ObjectNode) mapper.readTree("{\"y\": true, \"x\": {\"a\": [2, 0], \"b\": 1.0}}");
        ObjectNode c = (ObjectNode) mapper.readTree("{\"y\": true, \"x\": {\"a\": [0, 2], \"b\": 1.0}}");
        assertThat(ConfigLoader.fingerprint(a)).isEqualTo(ConfigLoader.fingerprint(b));
        assertThat(ConfigLoader.fingerprint(c)).isNotEqualTo(ConfigLoader.fingerprint(a));
    }
}
