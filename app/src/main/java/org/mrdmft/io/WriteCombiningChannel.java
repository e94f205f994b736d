package org.mrdmft.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A write-only file channel that gathers consecutive small writes into one buffer before passing them to the
 * file. jhdf writes a multi-dimensional array one innermost row at a time (16 bytes for a two-region last
 * axis), so without it the two-time matrix of a solve costs some 700,000 system calls ({@link H5File}). A
 * write that does not continue the buffered run (a header patched afterwards, the superblock) first flushes
 * the buffer, so the file receives the writes in their original order and ends identical. Reading, mapping,
 * locking and transfers are refused ({@link WriteOnlyChannel}).
 */
final class WriteCombiningChannel extends WriteOnlyChannel {
    static final int DEFAULT_CAPACITY = 1 << 20;

    private final FileChannel file;
    private final ByteBuffer buffer;
    private long bufferStart;

    WriteCombiningChannel(FileChannel file, int capacity) {
        super("a write-combining channel");
        this.file = file;
        this.buffer = ByteBuffer.allocateDirect(capacity);
    }

    WriteCombiningChannel(FileChannel file) {
        this(file, DEFAULT_CAPACITY);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        int n = write(src, position);
        position += n;
        return n;
    }

    @Override
    public int write(ByteBuffer src, long at) throws IOException {
        int n = src.remaining();
        if (at != bufferStart + buffer.position() || n > buffer.remaining()) {
            flush();
            bufferStart = at;
        }
        if (n > buffer.capacity()) {
            long p = at;
            while (src.hasRemaining()) {
                p += file.write(src, p);
            }
            bufferStart = p;
            return n;
        }
        buffer.put(src);
        return n;
    }

    /** Passes the buffered run to the file. */
    void flush() throws IOException {
        buffer.flip();
        long p = bufferStart;
        while (buffer.hasRemaining()) {
            p += file.write(buffer, p);
        }
        buffer.clear();
        bufferStart = p;
    }

    @Override
    public long size() throws IOException {
        return Math.max(file.size(), bufferStart + buffer.position());
    }

    @Override
    public FileChannel truncate(long newSize) throws IOException {
        flush();
        file.truncate(newSize);
        position = Math.min(position, newSize);
        return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        flush();
        file.force(metaData);
    }

    /** Flushes what is buffered; the file channel itself is closed by its owner. */
    @Override
    protected void implCloseChannel() throws IOException {
        flush();
    }
}
