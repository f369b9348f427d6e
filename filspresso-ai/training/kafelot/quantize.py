"""Shrinks an exported model for shipping, with the `onnx` package alone (Debian has no Python
ONNX Runtime): every large weight matrix is stored as int8 with one float scale per output
channel (per row for the embedding), and a DequantizeLinear node in front restores it when ONNX
Runtime loads the graph. Disk size falls about fourfold; compute stays float32.
"""
import numpy as np
import onnx
from onnx import helper, numpy_helper

MIN_ELEMENTS = 4096  # norms, gates and the domain vectors stay float32


def int8_weights(source, target):
    model = onnx.load(str(source))
    graph = model.graph
    consumers = {}
    for node in graph.node:
        for position, name in enumerate(node.input):
            consumers.setdefault(name, []).append((node.op_type, position))
    kept, nodes = [], []
    for init in graph.initializer:
        weight = numpy_helper.to_array(init)
        uses = consumers.get(init.name, [])
        axis = _axis(weight, uses)
        if axis is None:
            kept.append(init)
            continue
        reduce_over = 1 - axis
        scale = np.abs(weight).max(axis=reduce_over) / 127.0
        scale[scale == 0] = 1.0
        shape = (1, -1) if axis == 1 else (-1, 1)
        quantized = np.clip(np.round(weight / scale.reshape(shape)), -127, 127).astype(np.int8)
        kept += [numpy_helper.from_array(quantized, init.name + "_int8"),
                 numpy_helper.from_array(scale.astype(np.float32), init.name + "_scale"),
                 numpy_helper.from_array(np.zeros(scale.shape, dtype=np.int8), init.name + "_zero")]
        nodes.append(helper.make_node("DequantizeLinear", [init.name + "_int8", init.name + "_scale", init.name + "_zero"],
                                      [init.name], axis=axis, name=init.name + "_dequantize"))
    del graph.initializer[:]
    graph.initializer.extend(kept)
    existing = list(graph.node)
    del graph.node[:]
    graph.node.extend(nodes + existing)
    onnx.checker.check_model(model)
    onnx.save(model, str(target))


def _axis(weight, uses):
    """Per output column for a MatMul's right-hand matrix [in, out]; per row for the embedding
    (gathered by row, and transposed for the tied output); None for what stays float32."""
    if weight.dtype != np.float32 or weight.ndim != 2 or weight.size < MIN_ELEMENTS or not uses:
        return None
    kinds = {op for op, _ in uses}
    if kinds <= {"MatMul"} and all(position == 1 for _, position in uses):
        return 1
    if kinds <= {"Gather", "Transpose"}:
        return 0
    return None
