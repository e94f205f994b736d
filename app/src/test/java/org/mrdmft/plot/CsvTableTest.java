package org.mrdmft.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mrdmft.figures.DataTable;

/** A DataTable written as CSV: NAME.csv, its headers, full precision, NaN as an empty cell. */
class CsvTableTest {
    @TempDir
    Path tmp;

    @Test
    void aDataTableIsWrittenAsNameDotCsv() throws IOException {
        DataTable t = DataTable.named("panel").column("x", new double[] {0.1, 2})
                .column("y", new double[] {Double.NaN, 1.0 / 3}).column("on", new boolean[] {true, false}).build();
        Path file = CsvTable.write(t, tmp);
        assertThat(file).isEqualTo(tmp.resolve("panel.csv"));
        assertThat(Files.readAllLines(file)).containsExactly("x,y,on", "0.1,,1.0", "2.0,0.3333333333333333,0.0");
    }
}
