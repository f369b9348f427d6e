#!/usr/bin/env bash
# The whole training pipeline, in order: data, tokenizer, the three models, ONNX exports.
#   training/train_all.sh [models="tanka villanelle ode"] [epochs=40]
# Writes data/, tokenizer/, runs/<model>/ (checkpoints, metrics.jsonl) and ../models/<model>/ (what ships).
# On a CUDA GPU this takes minutes; on 2 CPU cores use a tiny model or a few epochs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
models="${1:-tanka villanelle ode}"; epochs="${2:-40}"
python="${PYTHON:-python3}"
"$python" -m kafelot.prepare_data >/dev/null
"$python" - <<'PY'
from pathlib import Path
from kafelot import tokenizer
Path("tokenizer").mkdir(exist_ok=True)
tokenizer.train(Path("data/train.txt"), "tokenizer/kafelot")
print("tokenizer:", tokenizer.load("tokenizer/kafelot.model").get_piece_size(), "pieces")
PY
for model in $models; do
    "$python" -m kafelot.train --model "$model" --epochs "$epochs" --warmup 100 --seq 512 --batch 32 --threads "$(nproc)"
    "$python" -m kafelot.export --checkpoint "runs/$model/best.pt" --out "../models/$model"
done
