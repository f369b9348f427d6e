"""Exports a trained Kafelot checkpoint to ONNX for the Java server:
python -m kafelot.export --checkpoint runs/tanka/best.pt --out ../src/main/resources/models/tanka

Inputs: input_ids [batch, seq] (int64), past_keys and past_values [layers, batch, kv_heads, past,
head_dim] (float32; past may be 0). Outputs: logits [batch, seq, vocab], present_keys and
present_values [layers, batch, kv_heads, past + seq, head_dim]. All of batch, seq and past are
dynamic. The export is checked against PyTorch (full prompt, then one cached step) and its
maximum absolute difference reported; weights are then stored as fp16 (--weights fp16, computing
in fp32) or int8 (--weights int8, dynamic quantization of the MatMuls) for shipping.
"""
import argparse
import json
from pathlib import Path

import torch

from .train import load_checkpoint

NAMES_IN = ["input_ids", "past_keys", "past_values"]
NAMES_OUT = ["logits", "present_keys", "present_values"]


class _Graph(torch.nn.Module):
    """The model without its training-only output (the balancing loss)."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, past_keys, past_values):
        logits, keys, values, _ = self.model(input_ids, past_keys, past_values)
        return logits, keys, values


def export(model, path, opset=17):
    c = model.config
    ids = torch.randint(0, c.vocab_size, (1, 8))
    past_k, past_v = model.empty_cache(1)
    past_k = torch.randn(c.layers, 1, c.kv_heads, 3, c.head_dim)
    past_v = torch.randn(c.layers, 1, c.kv_heads, 3, c.head_dim)
    cache_axes = {1: "batch", 3: "past"}
    torch.onnx.export(
        _Graph(model), (ids, past_k, past_v), str(path), input_names=NAMES_IN, output_names=NAMES_OUT,
        dynamic_axes={"input_ids": {0: "batch", 1: "seq"}, "past_keys": cache_axes, "past_values": cache_axes,
                      "logits": {0: "batch", 1: "seq"}, "present_keys": {1: "batch", 3: "total"},
                      "present_values": {1: "batch", 3: "total"}},
        opset_version=opset, do_constant_folding=False)  # folding would store the tied embedding twice


def max_difference(model, path):
    """Largest |logit difference| between ONNX Runtime and PyTorch, for a prompt and then one cached step."""
    import numpy as np
    import onnxruntime as ort
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    c = model.config
    prompt = torch.randint(0, c.vocab_size, (1, 12))
    past_k, past_v = model.empty_cache(1)
    with torch.no_grad():
        expected, keys, values, _ = model(prompt, past_k, past_v)
        step = torch.randint(0, c.vocab_size, (1, 1))
        expected_step, _, _, _ = model(step, keys, values)
    got, got_k, got_v = session.run(None, {"input_ids": prompt.numpy(), "past_keys": past_k.numpy(), "past_values": past_v.numpy()})
    got_step = session.run(None, {"input_ids": step.numpy(), "past_keys": got_k, "past_values": got_v})[0]
    return float(max(np.abs(got - expected.numpy()).max(), np.abs(got_step - expected_step.numpy()).max()))


def shrink(source, target, weights):
    if weights == "int8":
        from onnxruntime.quantization import QuantType, quantize_dynamic
        quantize_dynamic(str(source), str(target), weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul", "Gemm"])
    elif weights == "fp16":
        import onnx
        from onnxruntime.transformers.float16 import convert_float_to_float16
        model = onnx.load(str(source))
        # Inputs and outputs stay float32 so that Java feeds the same tensors either way.
        onnx.save(convert_float_to_float16(model, keep_io_types=True), str(target))
    else:
        target.write_bytes(source.read_bytes())


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--checkpoint", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True, help="folder for model.onnx and model.json")
    p.add_argument("--weights", choices=["fp32", "fp16", "int8"], default="int8")
    args = p.parse_args(argv)
    model, state = load_checkpoint(args.checkpoint)
    args.out.mkdir(parents=True, exist_ok=True)
    full = args.out / "model-fp32.onnx"
    export(model, full)
    difference = max_difference(model, full)
    shipped = args.out / "model.onnx"
    shrink(full, shipped, args.weights)
    shipped_difference = max_difference(model, shipped)
    if shipped != full:
        full.unlink()
    total, active = model.parameter_counts()
    best = min(state["history"], key=lambda r: r["val_loss"])
    card = {"config": state["config"], "parameters": total, "active_parameters": active, "weights": args.weights,
            "onnx_max_abs_diff_fp32": difference, "onnx_max_abs_diff_shipped": shipped_difference,
            "val_loss": best["val_loss"], "val_perplexity": best["val_perplexity"], "epochs": len(state["history"]),
            "size_bytes": shipped.stat().st_size}
    (args.out / "model.json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(card, indent=2))


if __name__ == "__main__":
    main()
