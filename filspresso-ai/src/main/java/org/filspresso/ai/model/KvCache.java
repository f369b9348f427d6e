package org.filspresso.ai.model;

import ai.onnxruntime.OnnxTensor;
import java.util.List;
import java.util.function.Consumer;

/**
 * The attention keys and values of one sequence: a buffer per layer sized for every position the
 * sequence may reach ([1, kv heads, capacity, head size]), which the graph writes in place. The
 * first {@link #length()} positions are filled; {@link #rewind} forgets those after a point, so
 * several continuations can each go on from one prompt. Closing it hands the buffers back to the
 * model, which keeps a few for the next sequences.
 */
public final class KvCache implements AutoCloseable {

    private final List<OnnxTensor> keys;
    private final List<OnnxTensor> values;
    private final int capacity;
    private final Consumer<KvCache> release;
    private int length;

    KvCache(List<OnnxTensor> keys, List<OnnxTensor> values, int capacity, Consumer<KvCache> release) {
        this.keys = keys;
        this.values = values;
        this.capacity = capacity;
        this.release = release;
    }

    public int length() {
        return length;
    }

    public int capacity() {
        return capacity;
    }

    /** Keeps the first {@code positions} only: the next run writes after them. */
    public void rewind(int positions) {
        if (positions < 0 || positions > length) {
            throw new IllegalArgumentException("Cannot rewind a cache of " + length + " positions to " + positions);
        }
        length = positions;
    }

    List<OnnxTensor> keys() {
        return keys;
    }

    List<OnnxTensor> values() {
        return values;
    }

    void advance(int positions) {
        length += positions;
    }

    void free() {
        keys.forEach(OnnxTensor::close);
        values.forEach(OnnxTensor::close);
    }

    @Override
    public void close() {
        release.accept(this);
    }
}
