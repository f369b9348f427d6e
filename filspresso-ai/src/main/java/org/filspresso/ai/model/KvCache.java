package org.filspresso.ai.model;

import ai.onnxruntime.OnnxTensor;
import java.util.List;

/**
 * The attention keys and values of the positions run so far, one tensor per layer as the graph
 * returned them ([1, kv heads, length, head size]); closing it frees them.
 */
public record KvCache(List<OnnxTensor> keys, List<OnnxTensor> values, AutoCloseable owner, int length) implements AutoCloseable {

    @Override
    public void close() {
        try {
            if (owner != null) {
                owner.close(); // the run's result, which owns every layer's tensors
            } else {
                for (OnnxTensor tensor : keys) {
                    tensor.close();
                }
                for (OnnxTensor tensor : values) {
                    tensor.close();
                }
            }
        } catch (Exception e) {
            throw new ModelException("Cannot free the cache", e);
        }
    }
}
