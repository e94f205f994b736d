package org.mrdmft.io;

import io.jhdf.api.Group;
import java.nio.ByteBuffer;

/**
 * A dataset being written whose elements are text (a {@code String[]} of any rank), stored contiguously as
 * variable-length UTF-8 strings ({@link VlenStringType}) so that h5py reads an array of {@code str}; jhdf's own
 * dataset writer would store fixed-length strings, which h5py returns as bytes.
 */
final class VlenStringDataset extends ContiguousDataset {
    private final VlenStringType type;

    VlenStringDataset(Group parent, String name, Object data, StringHeap heap) {
        this(parent, name, data, new VlenStringType(heap));
    }

    private VlenStringDataset(Group parent, String name, Object data, VlenStringType type) {
        super(parent, name, data, type);
        this.type = type;
        type.encodeData(data); // registers the strings and rejects nulls now rather than at flush
    }

    @Override
    ByteBuffer encoded() {
        return type.encodeData(getData());
    }

    @Override
    public boolean isVariableLength() {
        return true;
    }
}
