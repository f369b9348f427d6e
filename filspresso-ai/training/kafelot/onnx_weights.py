"""Reads a shipped model folder (model.onnx + model.json) back into a PyTorch Kafelot, so that
training can go on from what ships: `train.py --init-from ../models/tanka`.

The exporter keeps PyTorch's parameter names ("model." in front); int8 weights come back through
their DequantizeLinear scales, so the recovered model equals the shipped file, not the float32
checkpoint it was made from (the held-out perplexity differs by about 0.1 %).
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
    model = Kafelot(ModelConfig(**card["config"]))
    model.load_state_dict(state_dict(folder / "model.onnx"))
    return model.eval(), card


def state_dict(onnx_path):
    graph = onnx.load(str(onnx_path)).graph
    arrays = {init.name: numpy_helper.to_array(init) for init in graph.initializer}
    axes = {node.output[0]: _axis(node) for node in graph.node if node.op_type == "DequantizeLinear"}
    weights = {}
    for name, array in arrays.items():
        if name.endswith(("_int8", "_scale", "_zero")) or not name.startswith(PREFIX):
            continue
        weights[name[len(PREFIX):]] = array
    for name, axis in axes.items():
        quantized, scale = arrays[name + "_int8"].astype(np.float32), arrays[name + "_scale"]
        shape = [1] * quantized.ndim
        shape[axis] = -1
        weights[name[len(PREFIX):]] = quantized * scale.reshape(shape)
    return {name: torch.from_numpy(np.array(array)) for name, array in weights.items()}


def _axis(node):
    for attribute in node.attribute:
        if attribute.name == "axis":
            return attribute.i
    return 1  # the operator's default
