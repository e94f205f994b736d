package org.mrdmft.io;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A write-only file channel that keeps nothing but the position and the size, for laying an HDF5 tree out once
 * to learn where it ends ({@link H5File}) without writing its data twice. Reading, mapping and locking are
 * refused ({@link WriteOnlyChannel}).
 */
final class SizingChannel extends WriteOnlyChannel {
    private long size;

    SizingChannel() {
        super("a sizing channel");
    }

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

    private static int skip(ByteBuffer src) {
        int n = src.remaining();
        src.position(src.limit());
        return n;
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
    protected void implCloseChannel() {
        // nothing to release
    }
}
