package org.mrdmft.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The figure catalogue docs/FIGURES.md has exactly one {@code ## name} section per figure that
 * {@code mrdmft figure} makes, so that code and messages can cite the section of every figure.
 */
class FigureCatalogueDocumentTest {

    @Test
    void everyFigureHasItsSectionAndNoSectionLacksAFigure() throws IOException {
        Matcher m = Pattern.compile("^## (\\S+)\\s*$", Pattern.MULTILINE).matcher(Files.readString(catalogue()));
        List<String> sections = new ArrayList<>();
        while (m.find()) {
            sections.add(m.group(1));
        }
        List<String> figures = FigureCatalog.all().stream().map(PaperFigure::name).toList();

        assertThat(sections).containsExactlyInAnyOrderElementsOf(figures);
    }

    private static Path catalogue() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("docs").resolve("FIGURES" + ".md"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("docs/ above %s", Path.of("").toAbsolutePath()).isNotNull();
        return dir.resolve("docs").resolve("FIGURES" + ".md");
    }
}
