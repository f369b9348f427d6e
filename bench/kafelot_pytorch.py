"""The other columns of the Kafelot decode bench: the same model in PyTorch eager on the CPU, and
the memory-bandwidth bound of the shipped file (weight bytes read per decoded token / measured read
bandwidth), which is the bound of a step early in a sequence; 256 positions in, each step also
reads the cache, so a second bound counts those bytes too. Run from the repository root after a
build, beside bench/KafelotDecodeBench.java:

    /usr/bin/python3 bench/kafelot_pytorch.py filspresso-ai/models/tanka
"""
import sys
import time
from pathlib import Path

import numpy as np
import onnx
import torch
from onnx import numpy_helper

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "filspresso-ai" / "training"))
from kafelot.graph import padded_head_dim  # noqa: E402
from kafelot.onnx_weights import load_shipped  # noqa: E402

THREADS = 2


def pytorch_decode(model, steps=128):
    """Tokens/s at batch 1 with the KV cache after an 8-token prompt, best of 3 runs."""
    best = 0.0
    with torch.no_grad():
        for _ in range(3):
            keys, values = model.empty_cache(1)
            logits, keys, values, _ = model(torch.arange(5, 13).unsqueeze(0), keys, values)
            started = time.perf_counter()
            for _ in range(steps):
                token = logits[:, -1].argmax(-1, keepdim=True)
                logits, keys, values, _ = model(token, keys, values)
            best = max(best, steps / (time.perf_counter() - started))
    return best


def bytes_per_token(onnx_path, config):
    """What one decoding step reads: every weight initializer once (MatMulNBits codes, scales and
    zero points; float32 norms), except the embedding's int8 rows and the rotary tables, of which a
    step reads one row, the domain attention's query (folded with its keys into a float32
    [hidden, 8] matrix at load), and the experts of a mixture-of-experts layer, of which a step runs
    top_k (kafelot.graph)."""
    total = 0
    share = config["top_k"] / config["experts"] if config.get("experts") else 1.0
    for init in onnx.load(str(onnx_path)).graph.initializer:
        array = numpy_helper.to_array(init)
        if ".domain.query.weight" in init.name:
            total += config["hidden"] * 8 * 4 if init.name.endswith("_int8") else 0
        elif init.name.startswith("/rope/") or (init.name.startswith("model.embed.weight")
                                                and not init.name.endswith(("_q4", "_q4_scales", "_q4_zeros"))):
            total += array.nbytes // max(1, array.shape[0])
        elif ".experts." in init.name:
            total += array.nbytes * share
        else:
            total += array.nbytes
    return total


def cache_bytes_per_token(config, positions):
    """What a step's attention reads of the float32 cache with `positions` in it: keys and values of
    every layer, the heads padded as GroupQueryAttention stores them (kafelot.graph)."""
    return config.layers * 2 * config.kv_heads * padded_head_dim(config) * 4 * positions


def read_bandwidth(megabytes=512):
    """Bytes/s of summing a buffer far larger than the caches, with the bench's threads."""
    torch.set_num_threads(THREADS)
    buffer = torch.ones(megabytes * 2 ** 20 // 4)
    buffer.sum()
    best = 0.0
    for _ in range(5):
        started = time.perf_counter()
        buffer.sum()
        best = max(best, buffer.numel() * 4 / (time.perf_counter() - started))
    return best


def main():
    torch.set_num_threads(THREADS)
    for folder in sys.argv[1:]:
        model, card = load_shipped(folder)
        weights = bytes_per_token(Path(folder) / "model.onnx", card["config"])
        cache = cache_bytes_per_token(model.config, 256 + 64)  # the mean of the bench's steps after 256 prompt tokens
        bandwidth = read_bandwidth()
        print(f"{folder}: PyTorch eager {pytorch_decode(model):.0f} tokens/s (float32); "
              f"{weights / 1e6:.1f} MB of weights read per token, read bandwidth {bandwidth / 1e9:.1f} GB/s, "
              f"bound {bandwidth / weights:.0f} tokens/s ({card['weights']}); after 256 prompt tokens "
              f"{cache / 1e6:.1f} MB of cache besides, bound {bandwidth / (weights + cache):.0f} tokens/s")


if __name__ == "__main__":
    main()
