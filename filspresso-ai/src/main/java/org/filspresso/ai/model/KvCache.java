package org.filspresso.ai.model;

import ai.onnxruntime.OnnxTensor;

/**
 * The attention keys and values of the positions run so far, as the graph returned them
 * ([layers, 1, kv heads, length, head size]); closing it frees them.
 */
public record KvCache(OnnxTensor keys, OnnxTensor values, AutoCloseable owner, int length) implements AutoCloseable {

    @Override
    public void close() {
        try {
            if (owner != null) {
                owner.close(); // the run's result, which owns both tensors
            } else {
                keys.close();
                values.close();
            }
        } catch (Exception e) {
            throw new ModelException("Cannot free the cache", e);
        }
    }
}
