package org.mrdmft.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jdk.jshell.JShell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CellSplitterTest {
    private static JShell shell;
    private static CellSplitter splitter;

    @BeforeAll
    static void open() {
        shell = JShell.builder().executionEngine("local").build();
        splitter = new CellSplitter(shell.sourceCodeAnalysis());
    }

    @AfterAll
    static void close() {
        shell.close();
    }

    @Test
    void cutsACellIntoItsSnippetsWithTheirOffsets() throws Exception {
        String cell = "import java.util.List;\nint x = 1;\n\nint f(int k) {\n  return k + x;\n}\nf(2)\n";
        List<CellSplitter.Piece> pieces = splitter.split(cell);
        assertThat(pieces).extracting(p -> p.source().strip())
                .containsExactly("import java.util.List;", "int x = 1;", "int f(int k) {\n  return k + x;\n}", "f(2)");
        for (CellSplitter.Piece p : pieces) {
            // each snippet's text is the cell's text at its offset
            String text = p.source().strip().replaceAll(";$", "");
            assertThat(cell.indexOf(text, p.offset())).isEqualTo(p.offset() + p.source().indexOf(text));
        }
        assertThat(pieces.get(1).offset()).isEqualTo("import java.util.List;".length());
        // the method ends with a brace and the final expression without its semicolon (only expressions have values)
        assertThat(pieces).extracting(CellSplitter.Piece::open).containsExactly(false, false, true, true);
    }

    @Test
    void theFinalSemicolonIsFoundPastCommentsAndLiterals() {
        assertThat(CellSplitter.lastCodeCharacter("f(2) // ends; here\n")).isEqualTo(')');
        assertThat(CellSplitter.lastCodeCharacter("f(2); // a comment\n")).isEqualTo(';');
        assertThat(CellSplitter.lastCodeCharacter("f(2) /* ; */\n  ")).isEqualTo(')');
        assertThat(CellSplitter.lastCodeCharacter("s + \";\"")).isEqualTo('"');
        assertThat(CellSplitter.lastCodeCharacter("s + \"\\\";\"")).isEqualTo('"');
        assertThat(CellSplitter.lastCodeCharacter("c == ';'")).isEqualTo('\'');
        assertThat(CellSplitter.lastCodeCharacter("\"\"\"\n  a;\n  \"\"\"")).isEqualTo('"');
    }

    @Test
    void statementsWithoutSemicolonsAreOneSnippetAsInJava() throws Exception {
        assertThat(splitter.split("1 + 2\n")).hasSize(1);
        assertThat(splitter.split("// nothing\n/* at all */\n")).isEmpty();
    }

    @Test
    void anOpenBlockIsIncompleteAtItsStart() {
        assertThatThrownBy(() -> splitter.split("int a = 1;\n  while (a < 3) {\n a++;"))
                .isInstanceOfSatisfying(CellSplitter.IncompleteCellException.class,
                        e -> assertThat(e.offset()).isEqualTo("int a = 1;\n  ".length()));
    }
}
