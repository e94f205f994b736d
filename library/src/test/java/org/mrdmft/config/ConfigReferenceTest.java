package org.mrdmft.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.simulation.SimulationSettings;
import org.mrdmft.stationary.StationarySettings;
import org.mrdmft.sweep.SweepFileKeys;
import org.mrdmft.validation.ValidationSettings;

/**
 * The key tables of docs/CONFIG.md are the ones the key descriptions render, and an absent section reads as
 * its engine's defaults. Rewrite the tables with
 * {@code mvn -B -o -q -pl library -am test -Dtest=ConfigReferenceTest -Dmrdmft.rewriteDocs=true}.
 */
class ConfigReferenceTest {
    private static final Path DOC = Path.of("..").resolve("docs/CONFIG.md");
    private static final Pattern BLOCK = Pattern.compile(
            "(<!-- generated table: ([\\w\\[\\]]+) -->\\n)(.*?)(<!-- end of generated table -->)", Pattern.DOTALL);

    /** The tables by name, in document order. */
    private static Map<String, String> tables() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("network", ConfigReference.table(ConfigReference.network()));
        ConfigReference.settingsSections().forEach(s -> t.put(s.name(), ConfigReference.table(s)));
        t.put("sweep", ConfigReference.table(SweepFileKeys.SWEEP));
        t.put("axes", ConfigReference.table(SweepFileKeys.AXIS));
        t.put("leadingEigenvalue", ConfigReference.table(SweepFileKeys.TARGET));
        return t;
    }

    @Test
    void theTablesOfDocsConfigAreTheKeyDescriptions() throws IOException {
        String text = Files.readString(DOC, StandardCharsets.UTF_8);
        Map<String, String> tables = tables();
        List<String> found = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        StringBuilder rewritten = new StringBuilder();
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            String name = m.group(2);
            found.add(name);
            String expected = tables.get(name);
            assertThat(expected).as("docs/CONFIG.md has a generated table of an unknown section: " + name).isNotNull();
            if (!m.group(3).equals(expected)) {
                stale.add("docs/CONFIG.md, table " + name + ", expected:\n" + expected);
            }
            m.appendReplacement(rewritten, Matcher.quoteReplacement(m.group(1) + expected + m.group(4)));
        }
        m.appendTail(rewritten);
        assertThat(found).as("generated tables in docs/CONFIG.md").containsExactlyInAnyOrderElementsOf(tables.keySet());
        if (Boolean.getBoolean("mrdmft.rewriteDocs")) {
            Files.writeString(DOC, rewritten.toString(), StandardCharsets.UTF_8);
            return;
        }
        assertThat(stale).as("stale tables (rewrite them with -Dmrdmft.rewriteDocs=true)").isEmpty();
    }

    @Test
    void everySectionHasItsHeading() throws IOException {
        List<String> headings = Files.readAllLines(DOC, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("## ")).toList();
        assertThat(headings).contains("## Network", "## dmft", "## stationary", "## simulation", "## validation",
                "## Sweep files");
    }

    @Test
    void absentSectionsReadAsTheEnginesDefaults() {
        RunConfig run = ConfigLoader.parse("regions: 2\ndisorder: 1\ninteractions: {random: {scale: 1}}\n", "x",
                List.of());
        assertThat(run.dmft()).usingRecursiveComparison().isEqualTo(DmftSettings.defaults());
        assertThat(run.simulation()).usingRecursiveComparison().isEqualTo(SimulationSettings.defaults());
        assertThat(run.stationary()).usingRecursiveComparison().isEqualTo(StationarySettings.defaults());
        assertThat(run.validation()).usingRecursiveComparison().isEqualTo(ValidationSettings.defaults());
    }

    @Test
    void valuesArePrintedAsWrittenByHand() {
        var nodes = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        assertThat(ConfigReference.valueText(nodes.numberNode(1e-12))).isEqualTo("1e-12");
        assertThat(ConfigReference.valueText(nodes.numberNode(0.05))).isEqualTo("0.05");
        assertThat(ConfigReference.valueText(nodes.numberNode(200.0))).isEqualTo("200");
        assertThat(ConfigReference.valueText(nodes.arrayNode().add(0.0).add(1.5))).isEqualTo("[0, 1.5]");
        assertThat(ConfigReference.valueText(nodes.nullNode())).isEqualTo("none");
    }
}
