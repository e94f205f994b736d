package org.mrdmft.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes gathered by {@link WriteCombiningChannel} leave the file byte for byte as the same writes issued
 * directly: runs of small consecutive writes, patches behind and ahead of the buffered run, writes larger than
 * the buffer, explicit positions and a final truncation.
 */
class WriteCombiningChannelTest {
    @TempDir
    Path tmp;

    @Test
    void theFileEqualsTheOneWrittenDirectly() throws IOException {
        Path direct = tmp.resolve("direct.bin");
        Path combined = tmp.resolve("combined.bin");
        try (FileChannel a = open(direct); FileChannel file = open(combined);
                WriteCombiningChannel b = new WriteCombiningChannel(file, 64)) {
            Random rnd = new Random(3);
            for (int i = 0; i < 2000; i++) {
                byte[] bytes = new byte[rnd.nextInt(10) == 0 ? 1 + rnd.nextInt(200) : 1 + rnd.nextInt(16)];
                rnd.nextBytes(bytes);
                int kind = rnd.nextInt(10);
                if (kind == 0) {
                    long at = rnd.nextInt(20_000);
                    a.write(ByteBuffer.wrap(bytes), at);
                    b.write(ByteBuffer.wrap(bytes), at);
                } else if (kind == 1) {
                    long p = rnd.nextInt(20_000);
                    a.position(p);
                    b.position(p);
                } else {
                    assertThat(b.write(ByteBuffer.wrap(bytes))).isEqualTo(bytes.length);
                    a.write(ByteBuffer.wrap(bytes));
                }
                assertThat(b.position()).isEqualTo(a.position());
            }
            assertThat(b.size()).isEqualTo(a.size());
            a.truncate(15_000);
            b.truncate(15_000);
            a.write(ByteBuffer.wrap(new byte[] {1, 2, 3}), 0L);
            b.write(ByteBuffer.wrap(new byte[] {1, 2, 3}), 0L);
        }
        assertThat(Files.readAllBytes(combined)).isEqualTo(Files.readAllBytes(direct));
    }

    private static FileChannel open(Path p) throws IOException {
        return FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
    }
}
