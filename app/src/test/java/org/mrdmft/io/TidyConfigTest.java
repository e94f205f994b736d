package org.mrdmft.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The config as outputs write it: float noise of derived numbers removed, counts as integers, the rest kept. */
class TidyConfigTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void removesRoundingNoiseAndWritesCountsAsIntegers() throws Exception {
        JsonNode raw = JSON.readTree("""
                {"disorder": [0.30000000000000004, 1e-5],
                 "interactions": {"resolvedTensor": [[[4.440892098500626E-16, 0.0], [2.0000000000000004, 0.0]]]},
                 "dmft": {"dt": 0.05, "steps": 200},
                 "validation": {"neurons": [500.0, 1000.0], "lags": [0.0, 2.0]}}
                """);
        JsonNode tidy = TidyConfig.of(raw);
        assertThat(tidy.path("disorder").get(0).doubleValue()).isEqualTo(0.3);
        // 1e-5 is small but not noise beside 0.3 (above 1e-13 of the list's largest)
        assertThat(tidy.path("disorder").get(1).doubleValue()).isEqualTo(1e-5);
        JsonNode t = tidy.path("interactions").path("resolvedTensor").get(0);
        assertThat(t.get(0).get(0).doubleValue()).isZero();
        assertThat(t.get(1).get(0).doubleValue()).isEqualTo(2.0);
        assertThat(tidy.path("validation").path("neurons").get(0).isIntegralNumber()).isTrue();
        assertThat(tidy.path("validation").path("neurons").toString()).isEqualTo("[500,1000]");
        // a list of times stays a list of numbers with a decimal point
        assertThat(tidy.path("validation").path("lags").toString()).isEqualTo("[0.0,2.0]");
        assertThat(raw.path("disorder").get(0).doubleValue()).as("the input is not changed").isEqualTo(0.30000000000000004);
        assertThat(TidyConfig.round(199 * 0.05)).isEqualTo(9.95);
    }
}
