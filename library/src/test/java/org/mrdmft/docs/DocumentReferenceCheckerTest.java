package org.mrdmft.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference checker on small synthetic trees: it passes references that resolve and reports, with file
 * and line, every kind of dangling one. (Document names are written "NAME@md" here and turned into real names
 * when the files are written, so that this source itself mentions no document.)
 */
class DocumentReferenceCheckerTest {

    @TempDir
    Path root;

    @BeforeEach
    void aSmallRepository() throws IOException {
        write("README@md", """
                # tool
                See [the model](docs/MODEL@md#2-dynamics) and [gallery](docs/pic.png).
                ## Outputs
                Files.
                """);
        write("docs/MODEL@md", """
                # Model
                ## 1. Network
                Numerics: NUMERICS@md section 1.
                ## 2. Dynamics
                ## fig4a
                ### `mrdmft sweep`
                """);
        write("docs/NUMERICS@md", "# Numerics\n## 1. Schemes\n");
        write("docs/pic.png", "not really a picture");
    }

    @Test
    void referencesThatResolvePass() throws IOException {
        write("src/A.java", """
                /**
                 * The model (docs/MODEL@md section 1), its sections 1 and 2 (docs/MODEL@md sections 1 and 2),
                 * a figure (docs/MODEL@md (fig4a)), an anchor docs/MODEL@md#mrdmft-sweep, the outputs of
                 * README@md (Outputs), a sign docs/MODEL@md §2, a wrapped docs/MODEL@md
                 * section 2, a remark docs/MODEL@md (the whole thing) and https://example.org/OTHER@md.
                 */
                class A {}
                """);
        write("cfg.yaml", "# docs/MODEL@md section 2\nkey: 1\n");

        assertThat(check()).isEmpty();
    }

    @Test
    void aDocumentThatIsNotInTheTreeIsReported() throws IOException {
        write("src/B.java", "class B {\n    // see INTERFACE@md for the keys\n}\n");

        assertThat(check()).extracting(Object::toString)
                .containsExactly(md("src/B.java:2: refers to INTERFACE@md, which is not in the repository"));
    }

    @Test
    void aDocumentIsFoundNextToTheMentioningFileOrAtTheRootOnly() throws IOException {
        write("src/C.java", "// NUMERICS@md section 1 and MODEL@md section 1\nclass C {}\n");

        // both documents are in docs/, neither beside src/C.java nor at the root
        assertThat(check()).hasSize(2).allMatch(p -> p.message().contains("not in the repository"));
    }

    @Test
    void aMissingNumberedSectionIsReportedOncePerNumber() throws IOException {
        write("notes@md", "See docs/MODEL@md sections 1, 2, 5 and 9, and docs/MODEL@md §7.\n");

        assertThat(check()).extracting(DocumentReferenceChecker.Problem::message).containsExactly(
                md("docs/MODEL@md has no section 5"), md("docs/MODEL@md has no section 9"),
                md("docs/MODEL@md has no section 7"));
    }

    @Test
    void aMissingSectionAcrossACommentLineBreakIsReported() throws IOException {
        write("src/D.java", "/**\n * Built as in docs/MODEL@md\n * section 3.\n */\nclass D {}\n");

        assertThat(check()).extracting(Object::toString)
                .containsExactly(md("src/D.java:2: docs/MODEL@md has no section 3"));
    }

    @Test
    void aMissingNamedSectionOrAnchorIsReported() throws IOException {
        write("e.py", "# docs/MODEL@md (fig9) and docs/MODEL@md#no-such-heading\n");

        assertThat(check()).extracting(DocumentReferenceChecker.Problem::message).containsExactly(
                md("docs/MODEL@md has no section (fig9)"), md("docs/MODEL@md has no heading #no-such-heading"));
    }

    @Test
    void brokenMarkdownLinksAndImagesAreReported() throws IOException {
        write("docs/guide@md", """
                # Guide
                [ok](MODEL@md#1-network), [here](#guide), [web](https://example.org/x).
                [gone](../examples/missing.yaml) and ![pic](gallery/none.png)
                [bad anchor](MODEL@md#3-stationary)
                """);

        assertThat(check()).extracting(Object::toString).containsExactly(
                md("docs/guide@md:3: links to ../examples/missing.yaml, which is not in the repository"),
                md("docs/guide@md:3: links to gallery/none.png, which is not in the repository"),
                md("docs/guide@md:4: links to MODEL@md#3-stationary, which has no such heading"));
    }

    @Test
    void buildOutputAndHiddenDirectoriesAreNotRead() throws IOException {
        write("library/target/classes/x.xml", "<a>GONE@md</a>");
        write(".git/notes.md", "GONE@md");
        write("out/run/summary.json", "{\"doc\": \"GONE@md\"}");

        assertThat(check()).isEmpty();
    }

    @Test
    void headingAnchorsFollowGitHub() {
        assertThat(DocumentReferenceChecker.anchorOf("3. Stationary states (fixed currents, stationary Delta(tau))"))
                .isEqualTo("3-stationary-states-fixed-currents-stationary-deltatau");
        assertThat(DocumentReferenceChecker.anchorOf("`mrdmft sweep`")).isEqualTo("mrdmft-sweep");
        assertThat(DocumentReferenceChecker.anchorOf("Sweep files")).isEqualTo("sweep-files");
    }

    private List<DocumentReferenceChecker.Problem> check() {
        return new DocumentReferenceChecker(root).check();
    }

    private void write(String name, String text) throws IOException {
        Path p = root.resolve(md(name));
        Files.createDirectories(p.getParent());
        Files.writeString(p, md(text));
    }

    private static String md(String text) {
        return text.replace("@md", ".md");
    }
}
