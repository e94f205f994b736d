package org.mrdmft.notebook;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One value as Jupyter shows it: its representations by MIME type (PNG images base64-encoded) and per-type
 * metadata (an image's width and height in pixels).
 *
 * @param data the representations, always with {@code text/plain}
 * @param metadata per MIME type, for example {@code image/png -> {width, height}}
 */
public record MimeBundle(Map<String, String> data, Map<String, Map<String, Object>> metadata) {
    /** The MIME type of a PNG image. */
    public static final String PNG = "image/png";
    /** The MIME type of an HTML fragment. */
    public static final String HTML = "text/html";
    /** The MIME type of plain text. */
    public static final String TEXT = "text/plain";

    public MimeBundle {
        data = Map.copyOf(new LinkedHashMap<>(data));
        metadata = Map.copyOf(metadata);
        if (!data.containsKey(TEXT)) {
            throw new IllegalArgumentException("a MIME bundle needs a text/plain representation");
        }
    }
}
