package org.mrdmft.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one global heap collection of an HDF5 file that holds the bytes of its variable-length strings (HDF5
 * file format, "Global Heap": signature {@code GCOL}, version 1). jhdf 0.13.0 has no global-heap writer; a
 * variable-length string is stored where it is used as a heap ID (byte length, collection address, object
 * index), and the text itself lives here. Equal strings share one heap object. The collection's address is
 * known only once the rest of the file is laid out, hence {@link #address(long)}.
 */
final class StringHeap {
    /** Smallest collection the HDF5 library writes; readers expect at least this much. */
    private static final int MIN_SIZE = 4096;
    private static final int HEADER = 16;
    private static final int OBJECT_HEADER = 16;
    /** Object indices are 16-bit and 0 is the free space. */
    private static final int MAX_OBJECTS = 0xFFFF;

    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final List<byte[]> objects = new ArrayList<>();
    private long address;

    /** Registers a string (once per distinct text) and returns its 1-based object index. */
    int add(String text) {
        Integer known = index.get(text);
        if (known != null) {
            return known;
        }
        if (objects.size() == MAX_OBJECTS) {
            throw new IllegalStateException("more than " + MAX_OBJECTS + " distinct strings in one HDF5 file");
        }
        objects.add(text.getBytes(StandardCharsets.UTF_8));
        index.put(text, objects.size());
        return objects.size();
    }

    /** The encoded length, in bytes, of a registered string. */
    int length(int objectIndex) {
        return objects.get(objectIndex - 1).length;
    }

    /** Sets the file address at which the collection will be written. */
    void address(long fileAddress) {
        this.address = fileAddress;
    }

    /** The file address of the collection (0 until set). */
    long address() {
        return address;
    }

    /** Whether no string was registered (then no collection is written). */
    boolean isEmpty() {
        return objects.isEmpty();
    }

    /**
     * The collection as bytes: header, the objects in index order (each padded to 8 bytes), and the free-space
     * object 0 filling the rest, whose size field counts its own header as the HDF5 library expects.
     */
    ByteBuffer collection() {
        long used = HEADER;
        for (byte[] o : objects) {
            used += OBJECT_HEADER + align(o.length);
        }
        long size = Math.max(MIN_SIZE, used + OBJECT_HEADER);
        ByteBuffer b = ByteBuffer.allocate(Math.toIntExact(size)).order(ByteOrder.LITTLE_ENDIAN);
        b.put("GCOL".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put(new byte[3]).putLong(size);
        for (int i = 0; i < objects.size(); i++) {
            byte[] o = objects.get(i);
            b.putShort((short) (i + 1)).putShort((short) 0).putInt(0).putLong(o.length);
            b.put(o).position(b.position() + align(o.length) - o.length);
        }
        b.putShort((short) 0).putShort((short) 0).putInt(0).putLong(size - used);
        b.position(0);
        return b;
    }

    private static int align(int n) {
        return (n + 7) & ~7;
    }
}
