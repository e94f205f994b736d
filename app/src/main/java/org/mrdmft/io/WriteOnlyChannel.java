package org.mrdmft.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * The part two write-only file channels share ({@link SizingChannel}, {@link WriteCombiningChannel}): the
 * position, gathering writes one buffer after another, and refusing reads, transfers, mapping and locking. jhdf
 * only writes through the channels it is given, so anything else is a programming error and says so.
 */
abstract class WriteOnlyChannel extends FileChannel {
    private final String name;
    /** The position of the next relative write. */
    protected long position;

    /** @param name what the channel is called in refusals ("a sizing channel") */
    WriteOnlyChannel(String name) {
        this.name = name;
    }

    @Override
    public final long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        long n = 0;
        for (int i = offset; i < offset + length; i++) {
            n += write(srcs[i]);
        }
        return n;
    }

    @Override
    public final long position() {
        return position;
    }

    @Override
    public final FileChannel position(long newPosition) {
        position = newPosition;
        return this;
    }

    @Override
    public final int read(ByteBuffer dst) {
        throw refused("read");
    }

    @Override
    public final long read(ByteBuffer[] dsts, int offset, int length) {
        throw refused("read");
    }

    @Override
    public final int read(ByteBuffer dst, long at) {
        throw refused("read");
    }

    @Override
    public final long transferTo(long at, long count, WritableByteChannel target) {
        throw refused("transfer");
    }

    @Override
    public final long transferFrom(ReadableByteChannel src, long at, long count) {
        throw refused("transfer");
    }

    @Override
    public final MappedByteBuffer map(MapMode mode, long at, long length) {
        throw refused("map");
    }

    @Override
    public final FileLock lock(long at, long length, boolean shared) {
        throw refused("lock");
    }

    @Override
    public final FileLock tryLock(long at, long length, boolean shared) {
        throw refused("lock");
    }

    private UnsupportedOperationException refused(String what) {
        return new UnsupportedOperationException(name + " cannot " + what);
    }
}
