"""Writes what the Java tests compare against, so that Java and PyTorch are checked on the same
inputs in every build: python -m kafelot.fixtures OUT_DIR

- tokenizer-parity.jsonl: lines of both splits (and some awkward strings) with the ids
  SentencePiece gives them — the Java tokenizer must give the same;
- tiny.onnx: a seeded tiny model (mixture of experts included) in the serving graph, float32;
- tiny-reference.json: its PyTorch logits for a prompt, for one cached step after it, and for the
  prompt and step recomputed in one pass;
- tiny-kafelot.onnx: a tiny model with the shipped tokenizer's vocabulary, to drive generation;
- tiny-classification.json: the classification tasks and that model's log-probability of each
  label for a few texts, which the Java label scorer must reproduce.
"""
import json
import sys
from pathlib import Path

import torch

from . import classification, prepare_data, tokenizer as tok
from .export import export
from .model import Kafelot, configs

HERE = Path(__file__).resolve().parent.parent
AWKWARD = ["", "  leading  and   inner   spaces", "Cafea bună din Brașov ☕ la 92 °C", "<|user|>Make me a ristretto\n<|recipe|>",
           "tabs\tand\nnewlines", "1234567890 ml", "ÇÀÉÎÕÜ ß ø", "emoji 🙂 and 中文"]


def tokenizer_parity(out):
    processor = tok.load(HERE / "tokenizer" / "kafelot.model")
    def lines(split):
        return [line for line in (HERE / "data" / f"{split}.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
    with open(out / "tokenizer-parity.jsonl", "w", encoding="utf-8") as sample:
        for text in AWKWARD + lines("val") + lines("train")[::10]:
            sample.write(json.dumps({"text": text, "ids": tok.encode(processor, text)}, ensure_ascii=False) + "\n")


def tiny_model(out):
    torch.manual_seed(11)
    model = Kafelot(configs(300)["tiny"]).eval()
    with torch.no_grad():
        for p in model.parameters():  # visible gates and routers, so every path carries weight
            p.add_(torch.randn_like(p) * 0.02)
    export(model, out / "tiny.onnx")
    prompt = torch.randint(0, 300, (1, 10))
    step = torch.randint(0, 300, (1, 1))
    with torch.no_grad():
        keys, values = model.empty_cache(1)
        prompt_logits, keys, values, _ = model(prompt, keys, values)
        step_logits, _, _, _ = model(step, keys, values)
        full_logits = model(torch.cat((prompt, step), dim=1))[0]
    reference = {"prompt": prompt[0].tolist(), "step": step[0].tolist(),
                 "prompt_logits": prompt_logits[0].tolist(), "step_logits": step_logits[0, -1].tolist(),
                 "full_logits": full_logits[0].tolist(), "config": model.config.to_dict()}
    (out / "tiny-reference.json").write_text(json.dumps(reference), encoding="utf-8")


def tiny_with_vocabulary(out):
    torch.manual_seed(12)
    processor = tok.load(HERE / "tokenizer" / "kafelot.model")
    model = Kafelot(configs(processor.get_piece_size())["tiny"]).eval()
    export(model, out / "tiny-kafelot.onnx")
    texts = {"coffee_type": "A tall glass of milk with one shot", "brewing_method": "I use a Bialetti on the stove",
             "intent": "Where is my last order?"}
    cases = [{"task": task, "text": text, "log_probabilities": classification.log_probabilities(model, processor, task, text)}
             for task, text in texts.items()]
    (out / "tiny-classification.json").write_text(json.dumps({"tasks": classification.task_spec(), "cases": cases}), encoding="utf-8")


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    prepare_data.build()  # the splits as the current sources give them (about a second)
    tokenizer_parity(out)
    tiny_model(out)
    tiny_with_vocabulary(out)


if __name__ == "__main__":
    main()
