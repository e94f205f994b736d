package org.mrdmft.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The paper's networks: which loop pins which region, and the example configs that copy them. */
class PaperNetworksTest {
    @Test
    void fig3CasesPinRegionsByTheirSelfLoopOneMoreEachCase() {
        List<ReciprocalCase> cases = PaperNetworks.fig3();
        assertThat(cases).extracting(ReciprocalCase::name).containsExactly("fig3-case1", "fig3-case2", "fig3-case3");
        int[] selfPinned = {0, 1, 2};
        for (int k = 0; k < 3; k++) {
            ReciprocalCase c = cases.get(k);
            assertThat(c.disordered()).isFalse();
            for (int mu = 0; mu < 5; mu++) {
                // regions 1..k-1 of case k have a > b, the others route (b > a); every loop exceeds 1
                assertThat(c.a()[mu] > c.b()[mu]).isEqualTo(mu < selfPinned[k]);
                assertThat(Math.max(c.a()[mu], c.b()[mu])).isGreaterThan(1.0);
                assertThat(Math.abs(c.signs()[mu])).isEqualTo(1.0);
            }
        }
    }

    @Test
    void fig4cRaisesTheDisorderOfRegionOne() {
        List<ReciprocalCase> cases = PaperNetworks.fig4c();
        assertThat(cases).extracting(c -> c.g()[0]).containsExactly(1.5, 2.25, 2.65);
        for (ReciprocalCase c : cases) {
            for (int mu = 0; mu < 5; mu++) {
                assertThat(c.b()[mu]).isGreaterThan(c.a()[mu]);
            }
        }
    }

    @Test
    void theInputSwitchNetworkHasTheLoopsOfFig3CaseTwo() {
        ReciprocalCase fig3 = PaperNetworks.fig3().get(1);
        ReciprocalCase net = PaperNetworks.inputSwitch();
        assertThat(net.a()).containsExactly(fig3.a());
        assertThat(net.b()).containsExactly(fig3.b());
        assertThat(net.signs()).containsExactly(1, -1, 1, -1, 1);
    }

    @Test
    void theExampleConfigsCarryThePapersNumbers() throws IOException {
        check("fig3-case1.yaml", PaperNetworks.fig3().get(0));
        check("fig4c-case3.yaml", PaperNetworks.fig4c().get(2));
    }

    private static void check(String file, ReciprocalCase c) throws IOException {
        JsonNode config = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "examples", file).toFile());
        JsonNode reciprocal = config.path("interactions").path("reciprocal");
        for (int mu = 0; mu < 5; mu++) {
            assertThat(reciprocal.path("a").get(mu).asDouble()).as(file + " a").isEqualTo(c.a()[mu]);
            assertThat(reciprocal.path("b").get(mu).asDouble()).as(file + " b").isEqualTo(c.b()[mu]);
            JsonNode g = config.path("disorder");
            assertThat(g.isArray() ? g.get(mu).asDouble() : g.asDouble()).as(file + " g").isEqualTo(c.g()[mu]);
        }
    }
}
