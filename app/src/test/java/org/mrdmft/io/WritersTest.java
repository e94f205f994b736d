package org.mrdmft.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jhdf.HdfFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mrdmft.dmft.DmftScheme;
import org.mrdmft.dmft.DmftSettings;
import org.mrdmft.config.RunConfig;
import org.mrdmft.simulation.SimulationSettings;
import org.mrdmft.stationary.StationarySettings;
import org.mrdmft.validation.ValidationSettings;
import org.mrdmft.dmft.LagSlice;
import org.mrdmft.dmft.TransientDiagnostics;
import org.mrdmft.dmft.TransientResult;
import org.mrdmft.dmft.TwoTimeSample;
import org.mrdmft.dynamics.CurrentBehaviour;
import org.mrdmft.dynamics.DynamicsLabel;
import org.mrdmft.dynamics.RegionDynamics;
import org.mrdmft.model.InteractionTensors;
import org.mrdmft.model.NetworkModel;

/** The file writers on a hand-made result with three regions (no solver involved). */
class WritersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int NT = 7;
    private static final int R = 3;

    @TempDir
    Path tmp;

    private static RunRecord record() {
        double[][][] s = new double[NT][R][R];
        double[][] psi = new double[NT][R];
        double[][] var = new double[NT][R];
        for (int k = 0; k < NT; k++) {
            for (int mu = 0; mu < R; mu++) {
                for (int nu = 0; nu < R; nu++) {
                    s[k][mu][nu] = k + 10 * (mu + 1) + (nu + 1) / 10.0 + 1e-17 * k;
                }
                psi[k][mu] = 1.0 / 3.0;
                var[k][mu] = mu == 2 ? Double.NaN : 0.1 * k;
            }
        }
        double[][] slice = {{1, 0.5, 0.25}, {1, 1, 1}, {1, 0, -1}};
        double[][][] two = new double[R][2][2];
        two[0][0][1] = Double.NaN;
        TransientResult r = new TransientResult(DmftScheme.REFERENCE_EULER, 0.1, s, s, psi, var,
                List.of(new LagSlice(2, 0.2, slice, slice), new LagSlice(4, 0.4, slice, slice)),
                TwoTimeSample.fromDense(3, new int[] {0, 3}, two), 99, 0.5);
        NetworkModel model = NetworkModel.of(new double[R], InteractionTensors.random(R, 1.0, 1));
        RunConfig config = new RunConfig("hand", model, DmftSettings.defaults(), SimulationSettings.defaults(),
                StationarySettings.defaults(), ValidationSettings.defaults(), JSON.createObjectNode().put("name", "hand").put("regions", R));
        return new RunRecord("solve", config, "abc", r,
                List.of(new RegionDynamics(DynamicsLabel.CHAOS, CurrentBehaviour.ABSENT, Double.NaN, 0.0, Double.NaN, 1.0),
                        new RegionDynamics(DynamicsLabel.FIXED_POINT, CurrentBehaviour.STATIC, Double.NaN, 1e-9, 0.5, 0.0),
                        new RegionDynamics(DynamicsLabel.LIMIT_CYCLE_CHAOS, CurrentBehaviour.PERIODIC, 9.5, 0.7,
                                Double.NaN, 0.3)), 1.5,
                new Provenance("9.9.9", "deadbeef"));
    }

    @Test
    void summaryRecordsTheSolversDiagnostics() throws IOException {
        RunRecord plain = record();
        TransientResult r = plain.result();
        TransientDiagnostics capped = new TransientDiagnostics(2, 2, 7, 3e-9, List.of("the cap was hit"));
        TransientResult withDiagnostics = new TransientResult(r.scheme(), r.dt(), r.currents(), r.drives(), r.gain(),
                r.variance(), r.lagSlices(), r.twoTime(), r.cellsEvaluated(), r.wallSeconds(), capped);
        RunRecord run = new RunRecord(plain.command(), plain.config(), plain.fingerprint(), withDiagnostics,
                plain.dynamics(), plain.runtimeSeconds(), plain.provenance());
        JsonNode d = SummaryJsonWriter.toJson(run).path("diagnostics");
        assertThat(d.path("converged").asBoolean()).isFalse();
        assertThat(d.path("diagonalPassCap").asInt()).isEqualTo(2);
        assertThat(d.path("cappedSteps").asInt()).isEqualTo(7);
        assertThat(d.path("maxCappedResidual").asDouble()).isEqualTo(3e-9);
        assertThat(d.path("warnings").get(0).asText()).isEqualTo("the cap was hit");
        // an explicit engine iterates nothing: no pass counts, nothing to warn of
        JsonNode explicit = SummaryJsonWriter.toJson(plain).path("diagnostics");
        assertThat(explicit.path("converged").asBoolean()).isTrue();
        assertThat(explicit.has("diagonalPassCap")).isFalse();
        assertThat(explicit.path("warnings").size()).isZero();
    }

    @Test
    void summaryFollowsTheInterface() throws IOException {
        Path f = tmp.resolve("summary.json");
        SummaryJsonWriter.write(f, record());
        JsonNode s = JSON.readTree(f.toFile());
        assertThat(s.path("regions").asInt()).isEqualTo(R);
        assertThat(s.path("final").path("currents").get(2).get(0).asDouble()).isEqualTo(6 + 30.1 + 6e-17);
        assertThat(s.path("final").path("variance").get(2).isNull()).isTrue();
        assertThat(s.path("dynamics").toString()).isEqualTo("[\"chaos\",\"fixed-point\",\"limit-cycle+chaos\"]");
        assertThat(s.path("classifier").asText()).isEqualTo("currents");
        JsonNode third = s.path("dynamicsDetail").get(2);
        assertThat(third.path("currents").asText()).isEqualTo("periodic");
        assertThat(third.path("period").asDouble()).isEqualTo(9.5);
        assertThat(third.path("decay").asDouble()).isEqualTo(0.3);
        assertThat(s.path("dynamicsDetail").get(0).path("period").isNull()).isTrue();
        assertThat(s.path("scheme").asText()).isEqualTo("reference-euler");
        assertThat(s.path("cellsEvaluated").asLong()).isEqualTo(99);
        assertThat(s.path("version").asText()).isEqualTo("9.9.9");
        assertThat(s.path("gitCommit").asText()).isEqualTo("deadbeef");
        assertThat(s.path("config").path("name").asText()).isEqualTo("hand");
    }

    @Test
    void csvHasFullPrecisionRowMajorColumns() throws IOException {
        Path f = tmp.resolve("currents.csv");
        RunRecord run = record();
        CurrentsCsvWriter.write(f, run.result());
        List<String> lines = Files.readAllLines(f);
        assertThat(lines.get(0)).isEqualTo("time,S_1_1,S_1_2,S_1_3,S_2_1,S_2_2,S_2_3,S_3_1,S_3_2,S_3_3,"
                + "gain_1,gain_2,gain_3,variance_1,variance_2,variance_3,rowNorm_1,rowNorm_2,rowNorm_3");
        assertThat(lines).hasSize(1 + NT);
        String[] row = lines.get(4).split(",");
        assertThat(Double.parseDouble(row[6])).isEqualTo(run.result().currents()[3][1][2]);
        assertThat(Double.parseDouble(row[10])).isEqualTo(1.0 / 3.0);
        assertThat(row[15]).isEqualTo("NaN");
    }

    @Test
    void h5HoldsEveryArrayAndAttribute() throws IOException {
        Path f = tmp.resolve("result.h5");
        RunRecord run = record();
        ResultH5Writer.write(f, run);
        try (HdfFile h5 = new HdfFile(f)) {
            assertThat(h5.getDatasetByPath("currents").getDimensions()).containsExactly(NT, R, R);
            double[][][] s = (double[][][]) h5.getDatasetByPath("currents").getData();
            assertThat(s[5][2][1]).isEqualTo(run.result().currents()[5][2][1]);
            assertThat((double[]) h5.getDatasetByPath("time").getData()).containsExactly(
                    0.0, 0.1, 0.2, 0.30000000000000004, 0.4, 0.5, 0.6000000000000001);
            assertThat(h5.getDatasetByPath("twoTime/delta").getDimensions()).containsExactly(2, 2, R);
            assertThat((int[]) h5.getDatasetByPath("twoTime/timeIndex").getData()).containsExactly(0, 3);
            assertThat((double[]) h5.getDatasetByPath("twoTime/time").getData()).containsExactly(0.0, 0.30000000000000004);
            assertThat(((Number) h5.getByPath("twoTime").getAttribute("stride").getData()).intValue()).isEqualTo(3);
            assertThat(h5.getDatasetByPath("lagSlices/2/normalised").getDimensions()).containsExactly(3, R);
            assertThat((double[]) h5.getDatasetByPath("lagSlices/2/lag").getData()).containsExactly(0.0, 0.1, 0.2);
            assertThat(h5.getByPath("lagSlices/2").getAttribute("referenceTime").getData()).isEqualTo(0.4);
            assertThat(h5.getAttribute("config").getData()).isEqualTo("{\"name\":\"hand\",\"regions\":3}");
            assertThat(h5.getAttribute("gitCommit").getData()).isEqualTo("deadbeef");
            assertThat((String[]) h5.getAttribute("dynamics").getData())
                    .containsExactly("chaos", "fixed-point", "limit-cycle+chaos");
        }
    }
}
