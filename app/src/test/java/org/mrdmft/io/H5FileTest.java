package org.mrdmft.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text attributes written by {@link H5File} are variable-length UTF-8 strings that two independent readers
 * return as the same text: jhdf's reader (Java strings) and h5py over the HDF5 C library ({@code str}, arrays of
 * dtype object holding {@code str}; a text dataset is variable-length UTF-8, which h5py reads as {@code str}
 * through {@code .asstr()}). The file mixes non-ASCII, empty, repeated and long strings (the heap then
 * outgrows its minimal 4096 bytes), string arrays, numbers and nested groups.
 */
class H5FileTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String LONG = "0123456789abcdef".repeat(700);
    private static final String GREEK = "Δ^μ(t, t′) in units of τ ≥ 1";

    @TempDir
    static Path tmp;
    static Path file;

    @BeforeAll
    static void write() {
        file = tmp.resolve("strings.h5");
        try (H5File h5 = H5File.create(file)) {
            H5Group root = h5.root();
            root.attribute("greek", GREEK);
            root.attribute("empty", "");
            root.attribute("long", LONG);
            root.attribute("list", List.of("a", "", GREEK, "a"));
            root.attribute("none", List.of());
            root.attribute("count", 7);
            root.attribute("dt", 0.05);
            root.put("time", new double[] {0.0, 0.5, 1.0}, H5Group.TIME, "time t", "time");
            root.put("names", new String[] {"quiet", GREEK, ""}, H5Group.ONE, "a text column", "row");
            H5Group g = root.group("draws", "each draw");
            for (int d = 1; d <= 40; d++) {
                g.group(Integer.toString(d), "draw " + d).put("x", new double[][] {{d, 1}, {2, 3}}, H5Group.ONE,
                        "matrix of draw " + d, "time", "region");
            }
        }
    }

    @Test
    void jhdfReadsTheTextBack() {
        try (HdfFile h5 = new HdfFile(file)) {
            assertThat(h5.getAttribute("greek").getData()).isEqualTo(GREEK);
            assertThat(h5.getAttribute("empty").getData()).isEqualTo("");
            assertThat(h5.getAttribute("long").getData()).isEqualTo(LONG);
            assertThat((String[]) h5.getAttribute("list").getData()).containsExactly("a", "", GREEK, "a");
            assertThat(h5.getAttribute("none").getDimensions()).containsExactly(0); // jhdf: empty, data null
            assertThat(h5.getAttribute("none").isEmpty()).isTrue();
            assertThat(h5.getAttribute("count").getData()).isEqualTo(7);
            assertThat(h5.getAttribute("dt").getData()).isEqualTo(0.05);
            Dataset time = h5.getDatasetByPath("time");
            assertThat((double[]) time.getData()).containsExactly(0.0, 0.5, 1.0);
            assertThat(time.getAttribute("units").getData()).isEqualTo(H5Group.TIME);
            assertThat((String[]) time.getAttribute("axes").getData()).containsExactly("time");
            Dataset names = h5.getDatasetByPath("names");
            assertThat((String[]) names.getData()).containsExactly("quiet", GREEK, "");
            assertThat(names.getAttribute("description").getData()).isEqualTo("a text column");
            Dataset x = h5.getDatasetByPath("draws/40/x");
            assertThat(((double[][]) x.getData())[0][0]).isEqualTo(40.0);
            assertThat(x.getAttribute("description").getData()).isEqualTo("matrix of draw 40");
            assertThat(h5.getByPath("draws/40").getAttribute("description").getData()).isEqualTo("draw 40");
        }
    }

    @Test
    void h5pyReadsStrNotBytes() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(PYTHON), "skipped: no /usr/bin/python3");
        String script = """
                import json, sys
                import h5py, numpy as np
                def plain(v):
                    if isinstance(v, np.ndarray):
                        return {"dtype": str(v.dtype), "items": [plain(x) for x in v.tolist()]}
                    return {"type": type(v).__name__, "value": v.item() if isinstance(v, np.generic) else v}
                with h5py.File(sys.argv[1], "r") as f:
                    out = {k: plain(v) for k, v in f.attrs.items()}
                    out["time.units"] = plain(f["time"].attrs["units"])
                    out["time.axes"] = plain(f["time"].attrs["axes"])
                    out["x.description"] = plain(f["draws/40/x"].attrs["description"])
                    out["x.first"] = float(f["draws/40/x"][0, 0])
                    info = h5py.check_string_dtype(f["names"].dtype)
                    out["names.string"] = {"encoding": info.encoding, "variable": info.length is None}
                    out["names"] = plain(f["names"].asstr()[()])
                    out["names.description"] = plain(f["names"].attrs["description"])
                print(json.dumps(out))
                """;
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", script, file.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Assumptions.assumeFalse(err.contains("No module named 'h5py'"), "skipped: h5py missing");
        assertThat(p.exitValue()).as(err).isZero();
        JsonNode a = new ObjectMapper().readTree(out);
        assertThat(a.at("/greek/type").asText()).isEqualTo("str");
        assertThat(a.at("/greek/value").asText()).isEqualTo(GREEK);
        assertThat(a.at("/empty/type").asText()).isEqualTo("str");
        assertThat(a.at("/empty/value").asText()).isEmpty();
        assertThat(a.at("/long/value").asText()).isEqualTo(LONG);
        assertThat(a.at("/list/dtype").asText()).isEqualTo("object");
        List<String> list = List.of("a", "", GREEK, "a");
        assertThat(a.at("/list/items")).hasSize(list.size());
        for (int i = 0; i < list.size(); i++) {
            assertThat(a.at("/list/items/" + i + "/type").asText()).isEqualTo("str");
            assertThat(a.at("/list/items/" + i + "/value").asText()).isEqualTo(list.get(i));
        }
        assertThat(a.at("/none/dtype").asText()).isEqualTo("object");
        assertThat(a.at("/none/items")).isEmpty();
        assertThat(a.at("/count/value").asInt()).isEqualTo(7);
        assertThat(a.at("/dt/value").asDouble()).isEqualTo(0.05);
        assertThat(a.at("/time.units/type").asText()).isEqualTo("str");
        assertThat(a.at("/time.units/value").asText()).isEqualTo(H5Group.TIME);
        assertThat(a.at("/time.axes/dtype").asText()).isEqualTo("object");
        assertThat(a.at("/time.axes/items/0/value").asText()).isEqualTo("time");
        assertThat(a.at("/x.description/value").asText()).isEqualTo("matrix of draw 40");
        assertThat(a.at("/x.first").asDouble()).isEqualTo(40.0);
        assertThat(a.at("/names.string/encoding").asText()).isEqualTo("utf-8");
        assertThat(a.at("/names.string/variable").asBoolean()).isTrue();
        assertThat(a.at("/names/dtype").asText()).isEqualTo("object");
        assertThat(a.at("/names/items/1/type").asText()).isEqualTo("str");
        assertThat(a.at("/names/items/1/value").asText()).isEqualTo(GREEK);
        assertThat(a.at("/names/items/2/value").asText()).isEmpty();
        assertThat(a.at("/names.description/value").asText()).isEqualTo("a text column");
    }
}
