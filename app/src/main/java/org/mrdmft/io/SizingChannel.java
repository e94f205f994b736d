package org.mrdmft.io;

import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * A write-only file channel that keeps nothing but the position and the size, for laying an HDF5 tree out once
 * to learn where it ends ({@link H5File}) without writing its data twice. Reading, mapping and locking are
 * refused.
 */
final class SizingChannel extends FileChannel {
    private long position;
    private long size;

    @Override
    public int write(ByteBuffer src) {
        int n = skip(src);
        position += n;
        size = Math.max(size, position);
        return n;
    }

    @Override
    public int write(ByteBuffer src, long at) {
        int n = skip(src);
        size = Math.max(size, at + n);
        return n;
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) {
        long n = 0;
        for (int i = offset; i < offset + length; i++) {
            n += write(srcs[i]);
        }
        return n;
    }

    private static int skip(ByteBuffer src) {
        int n = src.remaining();
        src.position(src.limit());
        return n;
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public FileChannel position(long newPosition) {
        position = newPosition;
        return this;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public FileChannel truncate(long newSize) {
        size = Math.min(size, newSize);
        position = Math.min(position, newSize);
        return this;
    }

    @Override
    public void force(boolean metaData) {
        // nothing is kept
    }

    @Override
    public int read(ByteBuffer dst) {
        throw refused("read");
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) {
        throw refused("read");
    }

    @Override
    public int read(ByteBuffer dst, long at) {
        throw refused("read");
    }

    @Override
    public long transferTo(long at, long count, WritableByteChannel target) {
        throw refused("transfer");
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long at, long count) {
        throw refused("transfer");
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long at, long length) {
        throw refused("map");
    }

    @Override
    public FileLock lock(long at, long length, boolean shared) {
        throw refused("lock");
    }

    @Override
    public FileLock tryLock(long at, long length, boolean shared) {
        throw refused("lock");
    }

    @Override
    protected void implCloseChannel() {
        // nothing to release
    }

    private static UnsupportedOperationException refused(String what) {
        return new UnsupportedOperationException("a sizing channel cannot " + what);
    }
}
