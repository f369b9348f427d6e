package org.filspresso.ai.model;

import java.nio.charset.StandardCharsets;

/**
 * A mixture-of-experts graph runs its experts in one of two ways, chosen by its bool constant
 * {@code one_token} (false in the file): on the rows of the tokens that chose each expert, which
 * works for any number of tokens, or on the single row of a decoding step, in fewer nodes and
 * without the row gather/scatter (Ode's median decoding step 7 % faster). ONNX Runtime keeps only
 * the branch the constant picks, so the session that decodes one token at a time loads the file
 * with that byte set to true. It has to be a constant in the file:
 * {@code SessionOptions.addInitializer} replaces a value only after the graph is optimized, and a
 * branch left to run nests each expert a level deeper, where ONNX Runtime does not prepack its
 * 4-bit weights (Ode: 30 ms a step instead of 3).
 */
final class OneTokenExperts {

    /**
     * The initializer as protobuf writes it: data_type BOOL (field 2), the name (field 8), then
     * raw_data (field 9) of one byte, the value.
     */
    private static final byte[] INITIALIZER = initializer();

    private OneTokenExperts() {
    }

    /** The graph with {@code one_token} true, or null when it has no such constant (no experts). */
    static byte[] forDecoding(byte[] onnx) {
        int at = Bytes.indexOf(onnx, INITIALIZER, 0);
        if (at < 0) {
            return null;
        }
        byte[] patched = onnx.clone();
        patched[at + INITIALIZER.length - 1] = 1;
        return patched;
    }

    private static byte[] initializer() {
        byte[] name = "one_token".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[name.length + 7];
        bytes[0] = 0x10; // field 2, varint
        bytes[1] = 9;    // BOOL
        bytes[2] = 0x42; // field 8, length-delimited
        bytes[3] = (byte) name.length;
        System.arraycopy(name, 0, bytes, 4, name.length);
        bytes[bytes.length - 3] = 0x4a; // field 9, length-delimited
        bytes[bytes.length - 2] = 1;
        bytes[bytes.length - 1] = 0;    // false
        return bytes;
    }
}
