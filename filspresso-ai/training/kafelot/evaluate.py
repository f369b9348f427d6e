"""Held-out loss and perplexity of shipped model folders on the current split:
python -m kafelot.evaluate ../models/tanka ../models/villanelle ../models/ode [--update]

The weights are read back from model.onnx (what ships, 4-bit blocks included) and measured over
the same windows as train.py's validation. After the corpus changes, --update writes the new
figures into each folder's model.json, which the Java build checks the file against.
"""
import argparse
import json
import math
from pathlib import Path

import torch

from . import tokenizer as tok
from .onnx_weights import load_shipped
from .train import HERE, evaluate, token_stream


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("folders", type=Path, nargs="+")
    p.add_argument("--data", type=Path, default=HERE / "data")
    p.add_argument("--tokenizer", type=Path, default=HERE / "tokenizer" / "kafelot.model")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--update", action="store_true", help="write the figures into each folder's model.json")
    args = p.parse_args(argv)
    torch.set_num_threads(args.threads)
    val_tokens = token_stream(args.data / "val.txt", tok.load(args.tokenizer))
    for folder in args.folders:
        model, card = load_shipped(folder)
        loss = evaluate(model, val_tokens, min(card.get("train_seq", 512), model.config.context), torch.device("cpu"))
        result = {"model": card["name"], "val_loss": round(loss, 4), "val_perplexity": round(math.exp(loss), 2),
                  "validation_tokens": len(val_tokens)}
        print(json.dumps(result), flush=True)
        if args.update:
            card.update(val_loss=result["val_loss"], val_perplexity=result["val_perplexity"])
            for stale in ("val_loss_float32", "val_perplexity_float32"):  # a checkpoint's float weights, not the file's
                card.pop(stale, None)
            (folder / "model.json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
