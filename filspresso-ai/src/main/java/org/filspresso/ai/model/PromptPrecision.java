package org.filspresso.ai.model;

import java.nio.charset.StandardCharsets;

/**
 * A prompt runs many rows through each 4-bit matrix at once, a decoded token one. ONNX Runtime's
 * MatMulNBits with int8 activations (accuracy_level 4, what the graph ships with) is the faster
 * of the two for one row and the slower for many (Villanelle, 256 prompt tokens: 124 against
 * 77 ms). So a model runs its prompts in a second session whose MatMulNBits nodes multiply in
 * float32 (accuracy_level 1): the same file with that attribute's value changed, read at load.
 */
final class PromptPrecision {

    private static final int INT8_ACTIVATIONS = 4;
    private static final int FLOAT_ACTIVATIONS = 1;

    /**
     * The attribute as protobuf writes it: field 1 (name, length-delimited), then field 3 (the
     * integer, a one-byte varint here). Changing that byte leaves every length around it as it is.
     */
    private static final byte[] ATTRIBUTE = attribute();

    private PromptPrecision() {
    }

    /** The graph with float32 activations in every MatMulNBits, or null when it has none at int8. */
    static byte[] floatActivations(byte[] onnx) {
        byte[] patched = null;
        for (int at = indexOf(onnx, 0); at >= 0; at = indexOf(onnx, at + ATTRIBUTE.length)) {
            patched = patched == null ? onnx.clone() : patched;
            patched[at + ATTRIBUTE.length] = FLOAT_ACTIVATIONS;
        }
        return patched;
    }

    private static byte[] attribute() {
        byte[] name = "accuracy_level".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[name.length + 3];
        bytes[0] = 0x0a; // field 1, length-delimited
        bytes[1] = (byte) name.length;
        System.arraycopy(name, 0, bytes, 2, name.length);
        bytes[bytes.length - 1] = 0x18; // field 3, varint; the value follows
        return bytes;
    }

    /** Where the attribute with value 4 starts, from {@code from} on; -1 when nowhere. */
    private static int indexOf(byte[] onnx, int from) {
        for (int at = Bytes.indexOf(onnx, ATTRIBUTE, from); at >= 0; at = Bytes.indexOf(onnx, ATTRIBUTE, at + 1)) {
            if (at + ATTRIBUTE.length < onnx.length && onnx[at + ATTRIBUTE.length] == INT8_ACTIVATIONS) {
                return at;
            }
        }
        return -1;
    }
}
