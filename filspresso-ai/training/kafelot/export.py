"""Exports a trained Kafelot checkpoint to ONNX for the Java server:
python -m kafelot.export --checkpoint runs/tanka/best.pt --out ../models/tanka

The graph is written by kafelot.graph (inputs input_ids, keep_logits, seqlens_k,
total_sequence_length and each layer's key and value buffer; outputs logits and the buffers
written; batch, seq and capacity dynamic). Weights are stored
4-bit (--weights int4, the default: ONNX Runtime's MatMulNBits keeps them 4-bit in memory too),
int8 or fp32 on request. `--rebuild FOLDER` writes a shipped folder's graph again from its own
weights (after a change of the graph's layout; the weights, model.json and reference.json stay;
4-bit blocks of another size than graph.BLOCK_SIZE are quantized again, which moves the held-out
perplexity a little: measure it before shipping).

Next to model.onnx: model.json (configuration, parameter counts, validation metrics, size) and
reference.json (a prompt, one cached step and PyTorch's float32 logits for both). The Java build
runs the shipped file on that input and reports the largest difference (Debian has no Python
ONNX Runtime, so the check lives there only).
"""
import argparse
import contextlib
import json
from pathlib import Path

import torch

from . import classification, graph
from .model import Kafelot, ModelConfig
from .train import load_checkpoint


def export(model, path, weights="fp32", embedding="int8"):
    """Writes the serving graph of a PyTorch Kafelot (fp32, int8 or int4 weights)."""
    state = {name: tensor.detach().cpu().numpy() for name, tensor in model.state_dict().items()}
    graph.build(model.config, state, path, weights, 4 if embedding == "int4" else 8)


def rebuild(folder):
    """The shipped folder's model.onnx written again by the current graph code from its own weights."""
    from .onnx_weights import state_dict
    card = json.loads((folder / "model.json").read_text(encoding="utf-8"))
    model = Kafelot(ModelConfig(**card["config"]))
    weights = {name: tensor.numpy() for name, tensor in state_dict(folder / "model.onnx", model.config).items()}
    missing = set(model.state_dict()) - set(weights)
    if missing:
        raise ValueError(f"{folder}: no weights for {sorted(missing)[:5]}")
    embedding = card.get("embedding", "int8")
    graph.build(model.config, weights, folder / "model.onnx", card["weights"], 4 if embedding == "int4" else 8)
    card["size_bytes"] = (folder / "model.onnx").stat().st_size
    (folder / "model.json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    print(f"{folder}: rebuilt, {card['size_bytes']:,} bytes")


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
    p.add_argument("--checkpoint", type=Path)
    p.add_argument("--out", type=Path, help="folder for model.onnx, model.json and reference.json")
    p.add_argument("--rebuild", type=Path, nargs="*", default=[], help="shipped folders to write again from their own weights")
    p.add_argument("--weights", choices=["fp32", "int8", "int4"], default="int4")
    p.add_argument("--embedding", choices=["int8", "int4"], default="int8",
                   help="int4 (with --weights int4): the lookup reads the output projection's 4-bit codes, no int8 copy")
    args = p.parse_args(argv)
    for folder in args.rebuild:
        rebuild(folder)
    if args.rebuild:
        return
    if not (args.checkpoint and args.out):
        p.error("--checkpoint and --out are required (or --rebuild FOLDER...)")
    model, state = load_checkpoint(args.checkpoint)
    args.out.mkdir(parents=True, exist_ok=True)
    shipped = args.out / "model.onnx"
    export(model, shipped, args.weights, args.embedding)
    own = state["history"][-1]  # the epoch whose weights the checkpoint holds (best.pt: the best one)
    # A model trained through its 4-bit blocks was run and measured through them: so is its reference.
    with graph.quantized_weights(model) if own.get("quantize_aware") else contextlib.nullcontext():
        (args.out / "reference.json").write_text(json.dumps(reference(model)), encoding="utf-8")
    total, active = model.parameter_counts()
    card = {"name": model.config.name, "config": state["config"], "parameters": total, "active_parameters": active,
            "weights": args.weights, "embedding": args.embedding if args.weights == "int4" else args.weights, "size_bytes": shipped.stat().st_size,
            "epochs_trained": state.get("previous_epochs", 0) + len(state["history"]),
            "epoch": state.get("previous_epochs", 0) + own["epoch"], "val_loss": own["val_loss"], "val_perplexity": own["val_perplexity"],
            "train_seq": state["seq"]}
    if own.get("quantize_aware"):
        # val_* were measured through the 4-bit blocks written here; the float32 weights' beside them.
        card.update(quantize_aware=True, val_loss_float32=own["val_loss_float32"],
                    val_perplexity_float32=own["val_perplexity_float32"])
    if own.get("classify_accuracy"):
        # Trained on the classification examples: the server may classify with it (/api/classify).
        card["classification"] = {"tasks": classification.task_spec(), "held_out_accuracy": own["classify_accuracy"]}
    (args.out / "model.json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(card, indent=2))


if __name__ == "__main__":
    main()
