package org.mrdmft.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mrdmft.figures.DataTable;

class JShellSessionTest {
    private static JShellSession session;

    @BeforeAll
    static void open() {
        session = JShellSession.open(Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)));
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static CellResult run(String cell) {
        return session.run(cell, value -> {
            throw new AssertionError("unexpected display of " + value);
        });
    }

    private static CellResult.Failure failure(String cell) {
        CellResult result = run(cell);
        assertThat(result).isInstanceOf(CellResult.Failure.class);
        return (CellResult.Failure) result;
    }

    @Test
    void aCellOfStatementsDeclarationsAndImportsKeepsItsStateForTheNextCell() {
        CellResult first = run("""
                import java.util.stream.IntStream;
                int base = 10;
                int square(int k) { return k * k; }
                record Pair(int a, int b) { int sum() { return a + b; } }
                var pair = new Pair(square(3), base);
                """);
        assertThat(first).isEqualTo(new CellResult.Nothing());
        CellResult second = run("pair.sum() + IntStream.rangeClosed(1, 4).sum()");
        assertThat(second).isEqualTo(new CellResult.Value(9 + 10 + 10));
    }

    @Test
    void onlyAFinalExpressionHasAValue() {
        assertThat(run("int v = 4;")).isEqualTo(new CellResult.Nothing());
        assertThat(run("v = 5")).isEqualTo(new CellResult.Nothing()); // an assignment shows nothing
        assertThat(run("System.out.print(\"\")")).isEqualTo(new CellResult.Nothing()); // void
        assertThat(run("v")).isEqualTo(new CellResult.Value(5));
        assertThat(run("String none = null; none")).isEqualTo(new CellResult.Value(null));
        assertThat(run("v * 2; int w = 1;")).isEqualTo(new CellResult.Nothing()); // the last snippet decides
        assertThat(run("// only a comment\n")).isEqualTo(new CellResult.Nothing());
        // a final semicolon hides the value, as in other notebooks
        assertThat(run("Math.max(v, 9)")).isEqualTo(new CellResult.Value(9));
        assertThat(run("Math.max(v, 9);")).isEqualTo(new CellResult.Nothing());
        assertThat(run("v;")).isEqualTo(new CellResult.Nothing());
    }

    @Test
    void mrdmftAndChartClassesAreTheKernelsOwn() {
        CellResult table = run("""
                import org.mrdmft.figures.DataTable;
                DataTable.named("t").column("x", new double[] {1, 2}).build()
                """);
        // the same class as the kernel's: otherwise the kernel could not draw what cells return
        assertThat(((CellResult.Value) table).value()).isInstanceOf(DataTable.class);
        CellResult chart = run("""
                import org.jfree.chart.ChartFactory;
                import org.jfree.data.xy.XYSeries;
                import org.jfree.data.xy.XYSeriesCollection;
                var series = new XYSeries("s");
                series.add(0, 1);
                series.add(1, 2);
                ChartFactory.createXYLineChart("t", "x", "y", new XYSeriesCollection(series))
                """);
        assertThat(((CellResult.Value) chart).value()).isInstanceOf(JFreeChart.class);
    }

    @Test
    void displayCallsReachTheCellsTargetInOrder() {
        List<Object> shown = new ArrayList<>();
        CellResult result = session.run("display(\"one\"); display(2); display(java.util.List.of(3)); 4", shown::add);
        assertThat(shown).containsExactly("one", 2, List.of(3));
        assertThat(result).isEqualTo(new CellResult.Value(4));
        List<Object> sized = new ArrayList<>();
        session.run("display(\"chart\", 3.0, 2.0);", sized::add);
        assertThat(sized).containsExactly(new SizedChart("chart", 3.0, 2.0));
    }

    @Test
    void aCompileErrorNamesTheCellsLineAndColumn() {
        CellResult.Failure f = failure("int a = 1;\nint b = a +\n  undefinedName;\nint c = 3;");
        assertThat(f.name()).isEqualTo(CellFailures.COMPILE_ERROR);
        assertThat(f.message()).startsWith("line 3, column 3: cannot find symbol").contains("undefinedName")
                .doesNotContain("location: class");
        assertThat(f.traceback()).contains("      undefinedName;", "      ^");
        // the cell stopped at the error: c was never declared
        assertThat(failure("c").name()).isEqualTo(CellFailures.COMPILE_ERROR);
    }

    @Test
    void anUnfinishedCellIsACompileError() {
        CellResult.Failure f = failure("int q = 1;\nfor (int i = 0; i < 3; i++) {\n  q += i;\n");
        assertThat(f.name()).isEqualTo(CellFailures.COMPILE_ERROR);
        assertThat(f.message()).startsWith("line 2, column 1:").contains("middle of a statement");
    }

    @Test
    void anExceptionGivesItsClassMessageAndTheCellLines() {
        CellResult.Failure f = failure("""
                void check(int k) {
                    if (k > 2) throw new IllegalArgumentException("k is " + k);
                }
                check(1);
                check(3);
                """);
        assertThat(f.name()).isEqualTo("java.lang.IllegalArgumentException");
        assertThat(f.message()).isEqualTo("k is 3");
        assertThat(f.traceback().get(0)).isEqualTo("java.lang.IllegalArgumentException: k is 3");
        assertThat(f.traceback()).anySatisfy(line -> assertThat(line).contains("check (cell line 2)"))
                .anySatisfy(line -> assertThat(line).contains("(cell line 5)"))
                .noneSatisfy(line -> assertThat(line).contains("reflect"));
        CellResult.Failure caused = failure("throw new RuntimeException(\"outer\", new ArithmeticException(\"inner\"));");
        assertThat(caused.traceback()).anySatisfy(line -> assertThat(line).contains("inner"));
    }

    @Test
    void aDeclarationNeedingSomethingUndefinedFailsTheCell() {
        CellResult.Failure f = failure("double twice() { return 2 * notDefinedAnywhere(); }");
        assertThat(f.name()).isEqualTo(CellFailures.UNRESOLVED);
        assertThat(f.message()).contains("twice").contains("notDefinedAnywhere");
        // within one cell, a method may use one declared after it
        assertThat(run("int first() { return later() + 1; }\nint later() { return 41; }\nfirst()"))
                .isEqualTo(new CellResult.Value(42));
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anInterruptStopsABusyCellAndTheSessionGoesOn() throws Exception {
        // interrupted once the cell says it spins: a loop that never looks at its interrupt status
        CellResult busy = session.run("display(\"spinning\"); long spins = 0; "
                + "while (spins >= 0) { spins = (spins + 1) % 1000; }", value -> interruptSoon());
        assertThat(busy).isInstanceOf(CellResult.Failure.class);
        assertThat(((CellResult.Failure) busy).name()).isEqualTo(CellFailures.INTERRUPTED);
        assertThat(run("6 * 7")).isEqualTo(new CellResult.Value(42));
        // a sleeping cell stops at the interrupt itself
        long start = System.nanoTime();
        CellResult sleeping = session.run("display(1); Thread.sleep(60_000);", value -> interruptSoon());
        assertThat(((CellResult.Failure) sleeping).name()).isEqualTo(CellFailures.INTERRUPTED);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(30);
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anInterruptWhileTheCellCompilesStopsItBeforeItRuns() {
        // the first snippet asks for the interrupt; the second is stopped however long it takes to compile
        CellResult result = session.run("display(0);\nint never = 1; while (never > 0) { never++; never--; }",
                value -> session.interrupt());
        assertThat(((CellResult.Failure) result).name()).isEqualTo(CellFailures.INTERRUPTED);
        // an interrupt between cells does not stop the next one
        session.interrupt();
        assertThat(run("1 + 1")).isEqualTo(new CellResult.Value(2));
    }

    private static void interruptSoon() {
        Thread interrupter = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
            session.interrupt();
        });
        interrupter.setDaemon(true);
        interrupter.start();
    }

    @Test
    void readinessTellsCompleteFromUnfinishedCode() {
        assertThat(session.readiness("int x = 1;")).isEqualTo(JShellSession.Readiness.COMPLETE);
        assertThat(session.readiness("for (int i = 0; i < 2; i++) {")).isEqualTo(JShellSession.Readiness.INCOMPLETE);
        assertThat(session.complete("Strin", 5).options()).contains("String");
    }
}
