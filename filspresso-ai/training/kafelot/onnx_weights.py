"""Reads a shipped model folder (model.onnx + model.json) back into a PyTorch Kafelot, so that
training can go on from what ships: `train.py --init-from ../models/tanka`.

The graph keeps PyTorch's parameter names ("model." in front; fused matrices are split again);
int8 weights come back through their DequantizeLinear scales and 4-bit ones through their
MatMulNBits blocks, so the recovered model equals the shipped file, not the float32 checkpoint it
was made from.
"""
import json
from pathlib import Path

import numpy as np
import onnx
import torch
from onnx import numpy_helper

from .model import Kafelot, ModelConfig

PREFIX = "model."


def load_shipped(folder):
    """(model, card): the model in evaluation mode and the folder's model.json."""
    folder = Path(folder)
    card = json.loads((folder / "model.json").read_text(encoding="utf-8"))
    config = ModelConfig(**card["config"])
    model = Kafelot(config)
    model.load_state_dict(state_dict(folder / "model.onnx", config))
    return model.eval(), card


def _nodes(graph):
    """Every node, including those inside If branches (a mixture of experts' conditional experts)."""
    for node in graph.node:
        yield node
        for attribute in node.attribute:
            if attribute.type == onnx.AttributeProto.GRAPH:
                yield from _nodes(attribute.g)


def state_dict(onnx_path, config):
    graph = onnx.load(str(onnx_path)).graph
    arrays = {init.name: numpy_helper.to_array(init) for init in graph.initializer}
    axes = {node.output[0]: _axis(node) for node in _nodes(graph) if node.op_type == "DequantizeLinear"}
    weights = {}
    for name, array in arrays.items():
        if name.endswith(("_int8", "_scale", "_zero", "_q4", "_q4_scales", "_q4_zeros", "_q4_row_zeros")) or not name.startswith(PREFIX):
            continue
        weights[name[len(PREFIX):]] = array
    for node in _nodes(graph):
        if node.op_type == "MatMulNBits":
            codes, scales, zeros = (arrays[node.input[i]] for i in (1, 2, 3))
            k = next(a.i for a in node.attribute if a.name == "K")
            weights.setdefault(node.input[1][len(PREFIX):-len("_q4")], _from_4bit(codes, scales, zeros, k))
    for name, axis in axes.items():
        quantized, scale = arrays[name + "_int8"].astype(np.float32), arrays[name + "_scale"]
        shape = [1] * quantized.ndim
        shape[axis] = -1
        weights[name[len(PREFIX):]] = quantized * scale.reshape(shape)
    _split_fused(weights, config)
    return {name: torch.from_numpy(np.array(array)) for name, array in weights.items()}


def _split_fused(weights, config):
    """kafelot.graph stores query, key and value as one matrix (the query heads' rows, then the
    key's, then the value's, each head padded with zero rows) and a SwiGLU's gate and up as one."""
    for name in [n for n in weights if n.endswith((".qkv.weight", ".gate_up.weight"))]:
        fused = weights.pop(name)
        if name.endswith(".qkv.weight"):
            prefix = name[:-len("qkv.weight")]
            heads = [config.heads, config.kv_heads, config.kv_heads]
            stored_head = fused.shape[0] // sum(heads)
            rows = np.split(fused, np.cumsum([n * stored_head for n in heads])[:-1])
            for part, n, matrix in zip("qkv", heads, rows):
                real = matrix.reshape(n, stored_head, -1)[:, :config.head_dim]
                weights[prefix + part + ".weight"] = real.reshape(n * config.head_dim, -1)
        else:
            prefix = name[:-len("gate_up.weight")]
            weights[prefix + "gate.weight"], weights[prefix + "up.weight"] = np.split(fused, 2)


def _from_4bit(codes, scales, zeros, k):
    """MatMulNBits blocks back to the [N, K] weight (quantize.blockwise in reverse)."""
    n, blocks, _ = codes.shape
    values = np.stack([codes & 15, codes >> 4], axis=-1).reshape(n, blocks, -1).astype(np.float32)
    zero_points = np.stack([zeros & 15, zeros >> 4], axis=-1).reshape(n, -1)[:, :blocks].astype(np.float32)
    weight = (values - zero_points[:, :, None]) * scales.reshape(n, blocks)[:, :, None]
    return weight.reshape(n, -1)[:, :k]


def _axis(node):
    for attribute in node.attribute:
        if attribute.name == "axis":
            return attribute.i
    return 1  # the operator's default
