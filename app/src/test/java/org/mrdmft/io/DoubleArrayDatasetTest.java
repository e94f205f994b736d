package org.mrdmft.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Double arrays of rank 2 and 3 written by {@link DoubleArrayDataset} read back exactly with jhdf's reader,
 * with their shape, element type and attributes, beside a rank-1 array jhdf writes itself; a ragged array is
 * refused rather than written wrongly.
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
}
