"""Exports a trained Kafelot checkpoint to ONNX for the Java server:
python -m kafelot.export --checkpoint runs/tanka/best.pt --out ../models/tanka

Inputs: input_ids [batch, seq] (int64), past_keys and past_values [layers, batch, kv_heads, past,
head_dim] (float32; past may be 0), keep_logits (int64 scalar: logits for the last that many
positions, 0 for all). Outputs: logits [batch, kept, vocab], present_keys and
present_values [layers, batch, kv_heads, past + seq, head_dim]. All of batch, seq and past are
dynamic. Weights are stored 4-bit (--weights int4, the default; int8 or fp32 on request), and a
mixture-of-experts layer runs only the experts its tokens chose (kafelot.sparse_experts).

Next to model.onnx: model.json (configuration, parameter counts, validation metrics, size) and
reference.json (a prompt, one cached step and PyTorch's float32 logits for both). The Java build
runs the shipped file on that input and reports the largest difference (Debian has no Python
ONNX Runtime, so the check lives there only).
"""
import argparse
import json
from pathlib import Path

import torch

from . import classification
from .last_logits import keep_last_logits
from .sparse_experts import skip_unchosen_experts
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


def reference(model):
    """A fixed prompt and step with PyTorch's float32 logits: what the shipped file must reproduce."""
    torch.manual_seed(5)
    c = model.config
    prompt = torch.randint(0, c.vocab_size, (1, 12))
    step = torch.randint(0, c.vocab_size, (1, 1))
    with torch.no_grad():
        keys, values = model.empty_cache(1)
        prompt_logits, keys, values, _ = model(prompt, keys, values)
        step_logits = model(step, keys, values)[0]
    return {"prompt": prompt[0].tolist(), "step": step[0].tolist(),
            "prompt_last_logits": prompt_logits[0, -1].tolist(), "step_logits": step_logits[0, -1].tolist()}


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--checkpoint", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True, help="folder for model.onnx, model.json and reference.json")
    p.add_argument("--weights", choices=["fp32", "int8", "int4"], default="int4")
    p.add_argument("--embedding", choices=["int8", "int4"], default="int8",
                   help="int4 (with --weights int4): the lookup reads the output projection's 4-bit codes, no int8 copy")
    args = p.parse_args(argv)
    model, state = load_checkpoint(args.checkpoint)
    args.out.mkdir(parents=True, exist_ok=True)
    full = args.out / "model-fp32.onnx"
    export(model, full)
    shipped = args.out / "model.onnx"
    if args.weights in ("int8", "int4"):
        from .quantize import int8_weights, nbits_weights
        if args.weights == "int8":
            int8_weights(full, shipped)
        else:
            nbits_weights(full, shipped, embedding_bits=4 if args.embedding == "int4" else 8)
        full.unlink()
    else:
        full.rename(shipped)
    skip_unchosen_experts(shipped, shipped)  # MoE decoding reads only the chosen experts
    keep_last_logits(shipped, shipped)  # a prompt projects only its last position onto the vocabulary
    (args.out / "reference.json").write_text(json.dumps(reference(model)), encoding="utf-8")
    total, active = model.parameter_counts()
    own = state["history"][-1]  # the epoch whose weights the checkpoint holds (best.pt: the best one)
    card = {"name": model.config.name, "config": state["config"], "parameters": total, "active_parameters": active,
            "weights": args.weights, "embedding": args.embedding if args.weights == "int4" else args.weights, "size_bytes": shipped.stat().st_size,
            "epochs_trained": state.get("previous_epochs", 0) + len(state["history"]),
            "epoch": state.get("previous_epochs", 0) + own["epoch"], "val_loss": own["val_loss"], "val_perplexity": own["val_perplexity"],
            "train_seq": state["seq"]}
    if own.get("classify_accuracy"):
        # Trained on the classification examples: the server may classify with it (/api/classify).
        card["classification"] = {"tasks": classification.task_spec(), "held_out_accuracy": own["classify_accuracy"]}
    (args.out / "model.json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(card, indent=2))


if __name__ == "__main__":
    main()
