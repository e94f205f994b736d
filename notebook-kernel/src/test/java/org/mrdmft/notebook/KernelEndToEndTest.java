package org.mrdmft.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel as Jupyter runs it: a kernel spec, a notebook executed by nbclient, and Jupyter's client talking to
 * the kernel (kernel_info, an error reply, an interrupt, a shutdown). Skipped, saying so, where /usr/bin/python3
 * lacks nbclient (notebooks/install installs it). Tagged slow: two kernel starts take tens of seconds on a loaded
 * machine; CI's notebooks/execute runs the kernel end to end on every submission anyway.
 */
@Tag("slow")
class KernelEndToEndTest {
    private static final String PYTHON = "/usr/bin/python3";

    @TempDir
    static Path jupyterDir;

    private static JsonObject report;

    @BeforeAll
    static void runKernelThroughJupyter() throws Exception {
        Assumptions.assumeTrue(pythonHas("nbclient") && pythonHas("jupyter_client"),
                "skipped: " + PYTHON + " has no nbclient/jupyter_client (notebooks/install installs them)");
        Path spec = Files.createDirectories(jupyterDir.resolve("kernels").resolve(MrdmftKernel.NAME));
        JsonObject kernelJson = new JsonObject();
        JsonArray argv = new JsonArray();
        for (String a : List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                KernelMain.class.getName(), "{connection_file}")) {
            argv.add(a);
        }
        kernelJson.add("argv", argv);
        kernelJson.addProperty("display_name", "Java (mrdmft)");
        kernelJson.addProperty("language", "java");
        kernelJson.addProperty("interrupt_mode", "message");
        Files.writeString(spec.resolve("kernel.json"), kernelJson.toString());
        Path script = jupyterDir.resolve("kernel_session.py");
        try (InputStream in = KernelEndToEndTest.class.getResourceAsStream("kernel_session.py")) {
            Files.copy(in, script);
        }
        ProcessBuilder pb = new ProcessBuilder(PYTHON, script.toString());
        pb.environment().put("JUPYTER_PATH", jupyterDir.toString());
        pb.environment().put("JUPYTER_RUNTIME_DIR", jupyterDir.resolve("runtime").toString());
        pb.environment().put("JUPYTER_DATA_DIR", jupyterDir.resolve("data").toString());
        pb.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        pb.redirectError(jupyterDir.resolve("stderr.txt").toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("the Jupyter driver failed:\n%s",
                Files.readString(jupyterDir.resolve("stderr.txt"))).isZero();
        report = JsonParser.parseString(out).getAsJsonObject();
    }

    private static boolean pythonHas(String module) throws Exception {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            return false;
        }
        Process p = new ProcessBuilder(PYTHON, "-c", "import " + module).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    private static List<JsonObject> outputs(int cell) {
        List<JsonObject> list = new ArrayList<>();
        report.getAsJsonArray("cells").get(cell).getAsJsonArray().forEach(e -> list.add(e.getAsJsonObject()));
        return list;
    }

    private static String text(JsonElement e) {
        return e.isJsonArray() ? String.join("", e.getAsJsonArray().asList().stream().map(JsonElement::getAsString).toList())
                : e.getAsString();
    }

    @Test
    void aNotebookRunsWithStreamsTablesChartsAndValues() {
        List<JsonObject> first = outputs(0);
        // a printf of several pieces arrives as one line
        assertThat(first.stream().filter(o -> o.get("name").getAsString().equals("stdout"))).hasSize(1);
        assertThat(first).anySatisfy(o -> {
            assertThat(o.get("output_type").getAsString()).isEqualTo("stream");
            assertThat(o.get("name").getAsString()).isEqualTo("stdout");
            assertThat(text(o.get("text"))).isEqualTo("hello from java\n");
        }).anySatisfy(o -> assertThat(o.get("name").getAsString()).isEqualTo("stderr"));
        assertThat(first).noneSatisfy(o -> assertThat(o.get("output_type").getAsString()).isEqualTo("execute_result"));

        JsonObject table = outputs(1).get(0);
        assertThat(table.get("output_type").getAsString()).isEqualTo("execute_result");
        assertThat(text(table.getAsJsonObject("data").get("text/html"))).contains("<th>x</th>").contains("<td>3</td>");

        List<JsonObject> chart = outputs(2);
        assertThat(chart).hasSize(2);
        assertThat(chart.get(0).get("output_type").getAsString()).isEqualTo("display_data");
        assertThat(text(chart.get(0).getAsJsonObject("data").get("image/png"))).startsWith("iVBORw0KGgo"); // PNG
        assertThat(chart.get(0).getAsJsonObject("metadata").getAsJsonObject("image/png").get("width").getAsInt())
                .isEqualTo(600);
        assertThat(chart.get(1).get("output_type").getAsString()).isEqualTo("execute_result");
        assertThat(text(chart.get(1).getAsJsonObject("data").get("text/plain"))).isEqualTo("42");

        assertThat(outputs(3)).isEmpty();
    }

    @Test
    void kernelInfoReportsJava() {
        JsonObject info = report.getAsJsonObject("language_info");
        assertThat(info.get("name").getAsString()).isEqualTo("java");
        assertThat(info.get("file_extension").getAsString()).isEqualTo(".jshell");
        assertThat(info.get("version").getAsString()).isEqualTo(Runtime.version().toString());
        assertThat(report.getAsJsonObject("kernel_info").get("implementation").getAsString())
                .isEqualTo(MrdmftKernel.NAME);
    }

    @Test
    void aFailingCellIsAJupyterError() {
        JsonObject reply = report.getAsJsonObject("error_reply");
        assertThat(reply.get("status").getAsString()).isEqualTo("error");
        assertThat(reply.get("ename").getAsString()).isEqualTo("java.lang.IllegalStateException");
        assertThat(reply.get("evalue").getAsString()).isEqualTo("boom");
        assertThat(reply.getAsJsonArray("traceback").get(0).getAsString())
                .isEqualTo("java.lang.IllegalStateException: boom");
    }

    @Test
    void anInterruptStopsTheCellAndTheKernelGoesOnThenShutsDown() {
        JsonObject interrupted = report.getAsJsonObject("interrupt_reply");
        assertThat(interrupted.get("status").getAsString()).isEqualTo("error");
        assertThat(interrupted.get("ename").getAsString()).isEqualTo(CellFailures.INTERRUPTED);
        assertThat(report.getAsJsonObject("after_interrupt_reply").get("status").getAsString()).isEqualTo("ok");
        assertThat(report.getAsJsonArray("after_interrupt_results").get(0).getAsJsonObject()
                .getAsJsonObject("data").get("text/plain").getAsString()).isEqualTo("42");
        assertThat(report.get("alive_after_shutdown").getAsBoolean()).isFalse();
    }
}
