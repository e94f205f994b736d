package org.mrdmft.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.object.message.DataSpace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mrdmft.dmft.TwoTimeSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Double arrays of rank 2 and 3 written by {@link DoubleArrayDataset} read back exactly with jhdf's reader,
 * with their shape, element type and attributes, beside a rank-1 array jhdf writes itself; a ragged array is
 * refused rather than written wrongly. {@link DoubleBlocks} give the same file, byte for byte, as the nested
 * array they stand for, and solve's two-time matrix as blocks holds what {@link TwoTimeSample#value} reads.
 */
class DoubleArrayDatasetTest {
    @TempDir
    Path tmp;

    @Test
    void matricesAndCubesReadBack() {
        double[][][] cube = new double[300][301][2];
        double[][] matrix = new double[7][3];
        for (int i = 0; i < 300; i++) {
            for (int j = 0; j < 301; j++) {
                cube[i][j][0] = i + 1e-3 * j;
                cube[i][j][1] = -Math.sqrt(i * j + 0.5);
            }
        }
        for (int i = 0; i < 7; i++) {
            matrix[i] = new double[] {i, Math.PI * i, Double.NaN};
        }
        Path path = tmp.resolve("arrays.h5");
        try (H5File h5 = H5File.create(path)) {
            H5Group g = h5.root().group("g", "a group");
            g.put("cube", cube, H5Group.ONE, "a cube", "time", "time", "region");
            g.put("matrix", matrix, H5Group.ONE, "a matrix", "time", "region");
            g.put("line", new double[] {1, 2, 3}, H5Group.ONE, "a line", "time");
        }
        try (HdfFile h5 = new HdfFile(path)) {
            Dataset c = h5.getDatasetByPath("g/cube");
            assertThat(c.getDimensions()).containsExactly(300, 301, 2);
            assertThat(c.getJavaType()).isEqualTo(double.class);
            assertThat((double[][][]) c.getData()).isEqualTo(cube);
            assertThat(c.getAttribute("description").getData()).isEqualTo("a cube");
            assertThat((double[][]) h5.getDatasetByPath("g/matrix").getData()).isEqualTo(matrix);
            assertThat((double[]) h5.getDatasetByPath("g/line").getData()).containsExactly(1, 2, 3);
        }
    }

    @Test
    void aRaggedArrayIsRefused() {
        double[][] ragged = {{1, 2}, {3}};
        Path path = tmp.resolve("ragged.h5");
        assertThatThrownBy(() -> {
            try (H5File h5 = H5File.create(path)) {
                h5.root().put("x", ragged, H5Group.ONE, "ragged", "time", "region");
            }
        }).hasMessageContaining("not rectangular");
    }

    @Test
    void blocksWriteTheSameFileAsTheNestedArray() throws Exception {
        int n = 3000;
        double[][][] cube = new double[n][4][3];
        double[] flat = new double[n * 4 * 3];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 4; j++) {
                for (int k = 0; k < 3; k++) {
                    double v = k == 1 && i == j ? Double.NaN : Math.sin(i + 10.0 * j + 100.0 * k);
                    cube[i][j][k] = v;
                    flat[(i * 4 + j) * 3 + k] = v;
                }
            }
        }
        DoubleBlocks blocks = new DoubleBlocks() {
            @Override
            public int[] shape() {
                return new int[] {n, 4, 3};
            }

            @Override
            public double[] block(int k, double[] scratch) {
                System.arraycopy(flat, k * 12, scratch, 0, 12);
                return scratch;
            }
        };
        assertThat(DoubleArrayDataset.space(blocks.shape())).isEqualTo(DataSpace.fromObject(cube));
        Path nested = tmp.resolve("nested.h5");
        Path streamed = tmp.resolve("streamed.h5");
        try (H5File h5 = H5File.create(nested)) {
            h5.root().put("cube", cube, H5Group.ONE, "a cube", "time", "time", "region");
        }
        try (H5File h5 = H5File.create(streamed)) {
            h5.root().put("cube", blocks, H5Group.ONE, "a cube", "time", "time", "region");
        }
        assertThat(Files.readAllBytes(streamed)).isEqualTo(Files.readAllBytes(nested));
        try (HdfFile h5 = new HdfFile(streamed)) {
            assertThat((double[][][]) h5.getDatasetByPath("cube").getData()).isEqualTo(cube);
        }
    }

    @Test
    void raggedCubesAndShortBlocksAreRefused() {
        double[][][] ragged = {{{1, 2}, {3, 4}}, {{5, 6}}};
        assertThatThrownBy(() -> {
            try (H5File h5 = H5File.create(tmp.resolve("ragged.h5"))) {
                h5.root().put("x", ragged, H5Group.ONE, "ragged", "time", "time", "region");
            }
        }).hasMessageContaining("not rectangular");
        DoubleBlocks shortBlocks = new DoubleBlocks() {
            @Override
            public int[] shape() {
                return new int[] {2, 3};
            }

            @Override
            public double[] block(int k, double[] scratch) {
                return new double[2];
            }
        };
        assertThatThrownBy(() -> {
            try (H5File h5 = H5File.create(tmp.resolve("short.h5"))) {
                h5.root().put("x", shortBlocks, H5Group.ONE, "short", "time", "region");
            }
        }).hasMessageContaining("not rectangular");
        assertThatThrownBy(() -> H5File.create(tmp.resolve("x.h5")).root().put("x", shortBlocks, H5Group.ONE, "x",
                "time")).hasMessageContaining("rank 2 but 1 axis names");
    }

    @Test
    void theTwoTimeMatrixIsLaidOutTimeTimeRegion() {
        int m = 7;
        double[][][] dense = new double[2][m][m];
        for (int mu = 0; mu < 2; mu++) {
            for (int a = 0; a < m; a++) {
                for (int b = a; b < m; b++) {
                    double v = a == 0 && b == 5 ? Double.NaN : (mu + 1) * Math.cos(a + 0.1 * b) - 0.01 * (a - b);
                    dense[mu][a][b] = v;
                    dense[mu][b][a] = v;
                }
            }
        }
        TwoTimeSample sample = TwoTimeSample.fromDense(4, new int[] {0, 4, 8, 12, 16, 20, 24}, dense);
        DoubleBlocks blocks = ResultH5Writer.regionLast(sample);
        assertThat(blocks.shape()).containsExactly(m, m, 2);
        for (int a = 0; a < m; a++) {
            double[] block = blocks.block(a, new double[blocks.blockLength()]);
            for (int b = 0; b < m; b++) {
                for (int mu = 0; mu < 2; mu++) {
                    assertThat(Double.doubleToRawLongBits(block[b * 2 + mu])).as("delta[%d][%d][%d]", a, b, mu)
                            .isEqualTo(Double.doubleToRawLongBits(sample.value(mu, a, b)));
                }
            }
        }
    }
}
