package org.mrdmft.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The repository is self-contained: no document, comment or message refers to a document, section or link
 * target that is not in it ({@link DocumentReferenceChecker} over the whole repository), and the model
 * document keeps the numbered sections 1 to 8 that code comments cite as "docs/MODEL.md section N".
 */
class DocumentReferencesTest {

    @Test
    void everyReferenceResolvesInTheRepository() {
        List<DocumentReferenceChecker.Problem> problems = new DocumentReferenceChecker(repositoryRoot()).check();

        assertThat(problems)
                .as("dangling references:%n%s", problems.stream().map(Object::toString)
                        .collect(Collectors.joining(System.lineSeparator())))
                .isEmpty();
    }

    @Test
    void theModelDocumentNumbersItsSectionsOneToEightInOrder() throws IOException {
        Pattern numbered = Pattern.compile("^## (\\d+)\\. ", Pattern.MULTILINE);
        Matcher m = numbered.matcher(Files.readString(repositoryRoot().resolve("docs").resolve("MODEL" + ".md")));
        List<Integer> numbers = new ArrayList<>();
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }

        assertThat(numbers).startsWith(1, 2, 3, 4, 5, 6, 7, 8).isSorted();
    }

    /** The directory above the module that holds the parent pom and docs/. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("docs")))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("repository root above %s", Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }
}
