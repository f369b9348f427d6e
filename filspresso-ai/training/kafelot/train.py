"""Trains one Kafelot model: python -m kafelot.train --model tanka|villanelle|ode|tiny [options].

AdamW with linear warm-up then cosine decay, gradient clipping at 1.0, bf16 autocast where the
device supports it, validation loss and perplexity after every epoch, the best checkpoint kept
(model, optimizer, scheduler, history), early stopping after 3 epochs without improvement,
resumable (--resume), seeded. Runs on Debian's PyTorch 1.13 on a CPU and on current PyTorch with
CUDA. Metrics go to <out>/metrics.jsonl, one line per epoch. --quantize-aware trains through the
4-bit blocks the file will hold (kafelot.quantize.QuantizedWeights): the validation figures are
then the shipped file's, and the float32 weights' are logged beside them.
"""
import argparse
import contextlib
import json
import math
import random
import sys
import time
from pathlib import Path

import torch

from .model import Kafelot, ModelConfig, configs
from . import classification, graph
from . import tokenizer as tok
from .onnx_weights import load_shipped

HERE = Path(__file__).resolve().parent.parent


def parse(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--model", required=True, choices=["tanka", "villanelle", "ode", "tiny"])
    p.add_argument("--data", type=Path, default=HERE / "data")
    p.add_argument("--tokenizer", type=Path, default=HERE / "tokenizer" / "kafelot.model")
    p.add_argument("--out", type=Path, default=None, help="checkpoint folder (default: runs/<model>)")
    p.add_argument("--seq", type=int, default=512)
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--epochs", type=int, default=20)
    p.add_argument("--steps-per-epoch", type=int, default=0, help="0: one pass over the training tokens")
    p.add_argument("--lr", type=float, default=6e-4)
    p.add_argument("--min-lr", type=float, default=6e-5)
    p.add_argument("--warmup", type=int, default=200)
    p.add_argument("--weight-decay", type=float, default=0.1)
    p.add_argument("--patience", type=int, default=3)
    p.add_argument("--seed", type=int, default=1234)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--classify-every", type=int, default=1,
                   help="score every n-th held-out classification example each epoch (3 on a CPU: a third of the time)")
    p.add_argument("--resume", action="store_true")
    p.add_argument("--init-from", type=Path, default=None,
                   help="a shipped model folder (model.onnx + model.json) to go on training from")
    p.add_argument("--dropout", type=float, default=None,
                   help="dropout on each block's attention and feed-forward output (default: the configuration's, 0)")
    p.add_argument("--quantize-aware", action="store_true",
                   help="forward and backward through the weights' 4-bit blocks, as export.py --embedding int4 stores them")
    return p.parse_args(argv)


def token_stream(path, processor):
    """The split as one tensor of ids; documents end with the end marker."""
    ids = tok.encode(processor, path.read_text(encoding="utf-8"))
    return torch.tensor(ids, dtype=torch.long)


def batches(tokens, batch, seq, generator):
    starts = torch.randint(0, len(tokens) - seq - 1, (batch,), generator=generator)
    x = torch.stack([tokens[s:s + seq] for s in starts.tolist()])
    y = torch.stack([tokens[s + 1:s + seq + 1] for s in starts.tolist()])
    return x, y


def lr_at(step, total, args):
    if step < args.warmup:
        return args.lr * (step + 1) / args.warmup
    progress = min(1.0, (step - args.warmup) / max(1, total - args.warmup))
    return args.min_lr + 0.5 * (args.lr - args.min_lr) * (1 + math.cos(math.pi * progress))


def autocast(device):
    """bf16 autocast on CUDA devices with bf16 and on CPUs (PyTorch ≥ 1.10); otherwise none."""
    if device.type == "cuda" and torch.cuda.is_bf16_supported():
        return torch.autocast("cuda", dtype=torch.bfloat16)
    if device.type == "cpu":
        return torch.autocast("cpu", dtype=torch.bfloat16)
    return torch.autocast(device.type, enabled=False)


@torch.no_grad()
def evaluate(model, tokens, seq, device, max_windows=200):
    """Mean loss over consecutive windows of the validation split (the same windows every time)."""
    model.eval()
    losses = []
    for start in range(0, min(len(tokens) - seq - 1, max_windows * seq), seq):
        x = tokens[start:start + seq].unsqueeze(0).to(device)
        y = tokens[start + 1:start + seq + 1].unsqueeze(0).to(device)
        with autocast(device):
            lm, _ = model.loss(x, y)
        losses.append(lm.float().item())
    model.train()
    return sum(losses) / len(losses)


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def classify_accuracy(model, processor, examples):
    if not examples:
        return None
    model.eval()
    report = classification.accuracy(model, processor, examples)
    model.train()
    return report


def progress(epoch, step, steps, loss, started):
    width = 30
    done = int(width * step / steps)
    rate = step / max(1e-9, time.time() - started)
    sys.stderr.write(f"\repoch {epoch} [{'#' * done}{'.' * (width - done)}] {step}/{steps} loss {loss:.3f} {rate:.1f} it/s")
    sys.stderr.flush()


def main(argv=None):
    args = parse(argv)
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    torch.set_num_threads(args.threads)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    out = args.out or HERE / "runs" / args.model
    out.mkdir(parents=True, exist_ok=True)

    processor = tok.load(args.tokenizer)
    train_tokens = token_stream(args.data / "train.txt", processor)
    val_tokens = token_stream(args.data / "val.txt", processor)
    previous_epochs = 0
    if args.init_from:
        model, card = load_shipped(args.init_from)
        model, config, previous_epochs = model.train().to(device), model.config, card["epochs_trained"]
        print(f"starting from the weights in {args.init_from}", flush=True)
    else:
        config = configs(processor.get_piece_size())[args.model]
        model = Kafelot(config).to(device)
    if args.dropout is not None:
        config.dropout = args.dropout
    seq = min(args.seq, config.context)
    classify_val = read_jsonl(args.data / "classify-val.jsonl")[::max(1, args.classify_every)]
    total, active = model.parameter_counts()
    print(f"{args.model}: {total / 1e6:.1f}M parameters, {active / 1e6:.1f}M active per token; "
          f"{len(train_tokens):,} training and {len(val_tokens):,} validation tokens on {device}", flush=True)

    decay = [p for n, p in model.named_parameters() if p.dim() >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.dim() < 2]
    optimizer = torch.optim.AdamW([{"params": decay, "weight_decay": args.weight_decay},
                                   {"params": no_decay, "weight_decay": 0.0}], lr=args.lr, betas=(0.9, 0.95))
    steps = args.steps_per_epoch or max(1, len(train_tokens) // (args.batch * seq))
    total_steps = steps * args.epochs
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: lr_at(step, total_steps, args) / args.lr)
    generator = torch.Generator().manual_seed(args.seed)
    history, best, stale, first_epoch = [], float("inf"), 0, 1

    checkpoint = out / "last.pt"
    if args.resume and checkpoint.exists():
        state = torch.load(checkpoint, map_location=device)
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        scheduler.load_state_dict(state["scheduler"])
        generator.set_state(state["generator"])
        history, best, stale = state["history"], state["best"], state["stale"]
        previous_epochs = state.get("previous_epochs", previous_epochs)
        first_epoch = len(history) + 1
        print(f"resumed after epoch {len(history)} (best validation loss {best:.4f})", flush=True)
    quantized = graph.quantized_weights(model) if args.quantize_aware else contextlib.nullcontext()

    for epoch in range(first_epoch, args.epochs + 1):
        started, running = time.time(), 0.0
        for step in range(1, steps + 1):
            x, y = batches(train_tokens, args.batch, seq, generator)
            x, y = x.to(device), y.to(device)
            optimizer.zero_grad(set_to_none=True)
            with quantized:
                with autocast(device):
                    lm, aux = model.loss(x, y)
                    loss = lm + config.aux_loss_weight * aux
                loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            running = lm.item() if step == 1 else 0.98 * running + 0.02 * lm.item()
            if step % 10 == 0 or step == steps:
                progress(epoch, step, steps, running, started)
        sys.stderr.write("\n")
        elapsed = time.time() - started
        if args.quantize_aware:
            quantized.refresh()  # the blocks' ranges as the export will choose them (and for the next epoch)
        with quantized:
            val_loss = evaluate(model, val_tokens, seq, device)
            accuracy = classify_accuracy(model, processor, classify_val)
        record = {"epoch": epoch, "train_loss": round(running, 4), "val_loss": round(val_loss, 4),
                  "val_perplexity": round(math.exp(val_loss), 2), "lr": scheduler.get_last_lr()[0],
                  "classify_accuracy": accuracy,
                  "seconds": round(elapsed, 1), "tokens_per_second": round(steps * args.batch * seq / elapsed)}
        if args.quantize_aware:  # val_* above: through the 4-bit blocks; here the float32 weights
            float_loss = evaluate(model, val_tokens, seq, device)
            record.update(quantize_aware=True, val_loss_float32=round(float_loss, 4),
                          val_perplexity_float32=round(math.exp(float_loss), 2))
        history.append(record)
        with open(out / "metrics.jsonl", "a", encoding="utf-8") as log:
            log.write(json.dumps(record) + "\n")
        print(json.dumps(record), flush=True)
        improved = val_loss < best
        if improved:
            best, stale = val_loss, 0
        else:
            stale += 1
        state = {"model": model.state_dict(), "optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict(),
                 "generator": generator.get_state(), "history": history, "best": best, "stale": stale,
                 "config": config.to_dict(), "seq": seq, "previous_epochs": previous_epochs}
        torch.save(state, checkpoint)
        if improved:
            torch.save(state, out / "best.pt")
        if stale >= args.patience:
            print(f"stopping early: no improvement for {args.patience} epochs", flush=True)
            break
    print(json.dumps({"model": args.model, "best_val_loss": round(best, 4), "best_val_perplexity": round(math.exp(best), 2),
                      "parameters": total, "active_parameters": active}), flush=True)


def load_checkpoint(path, device="cpu"):
    state = torch.load(path, map_location=device)
    model = Kafelot(ModelConfig(**state["config"]))
    model.load_state_dict(state["model"])
    return model.eval(), state


if __name__ == "__main__":
    main()
