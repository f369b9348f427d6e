"""4-bit blocks in the layout ONNX Runtime's MatMulNBits reads (kafelot.graph stores every linear
layer this way for shipping: decoding reads about a seventh of the float32 bytes per token).
"""
import numpy as np
import torch
import torch.nn.functional as F

# The ranges tried for each block, as fractions of its full span: clipping a block's few outlying
# weights often rounds all the others more finely.
RANGE_FRACTIONS = np.linspace(1.0, 0.6, 21)


def blockwise(weight, block_size, bits):
    """[N, K] float -> codes uint8 [N, blocks, block_size * bits / 8], scales float [N * blocks] and
    zero points uint8 [N * ceil(blocks * bits / 8)]: value = (code - zero point) * scale.
    4-bit codes and zero points go two per byte, the lower index in the low nibble."""
    grouped = _grouped(weight, block_size)
    n, blocks, _ = grouped.shape
    scales, zeros = _ranges(grouped, bits)
    codes = _codes(grouped, scales, zeros, 2 ** bits - 1).astype(np.int16)
    zeros = zeros.astype(np.int16)
    if bits == 4:
        codes = codes[:, :, 0::2] | (codes[:, :, 1::2] << 4)
        if blocks % 2:
            zeros = np.concatenate([zeros, np.zeros((n, 1), dtype=np.int16)], axis=1)
        zeros = zeros[:, 0::2] | (zeros[:, 1::2] << 4)
    return codes.astype(np.uint8), scales.reshape(-1).astype(np.float32), zeros.reshape(-1).astype(np.uint8)


def block_ranges(weight, block_size, bits):
    """Each block's scale and zero point, float32 [N, blocks] both. A block is mapped from a range
    around zero onto the codes: of the fractions of its span in RANGE_FRACTIONS, the one that
    reproduces it with the smallest squared error (for Villanelle in blocks of 32, held-out
    perplexity 11.87 against 11.92 with each block's full span; blocks of 16: 11.77)."""
    return _ranges(_grouped(weight, block_size), bits)


def _ranges(grouped, bits):
    n, blocks, _ = grouped.shape
    top = 2 ** bits - 1
    low = np.minimum(grouped.min(axis=2), 0.0)
    high = np.maximum(grouped.max(axis=2), 0.0)
    # A narrower range must do measurably better: a block that its full span holds exactly (a
    # rebuilt file's) keeps its codes rather than an equivalent one picked by rounding noise.
    margin = 1e-7 * (grouped * grouped).sum(axis=2)
    best_error = np.full((n, blocks), np.inf, dtype=np.float32)
    scales = np.ones((n, blocks), dtype=np.float32)
    zeros = np.zeros((n, blocks), dtype=np.float32)
    for fraction in RANGE_FRACTIONS:
        scale = ((high - low) * fraction / top).astype(np.float32)
        scale[scale == 0] = 1.0
        zero = np.clip(np.round(-low * fraction / scale), 0, top)
        codes = _codes(grouped, scale, zero, top)
        error = ((grouped - (codes - zero[:, :, None]) * scale[:, :, None]) ** 2).sum(axis=2)
        better = error < best_error - margin
        best_error = np.where(better, error, best_error)
        scales = np.where(better, scale, scales)
        zeros = np.where(better, zero, zeros)
    return scales.astype(np.float32), zeros.astype(np.float32)


def _grouped(weight, block_size):
    n, k = weight.shape
    blocks = -(-k // block_size)
    padded = np.zeros((n, blocks * block_size), dtype=np.float32)
    padded[:, :k] = weight
    return padded.reshape(n, blocks, block_size)


def _codes(grouped, scales, zeros, top):
    return np.clip(np.round(grouped / scales[:, :, None]) + zeros[:, :, None], 0, top)


class QuantizedWeights:
    """Quantization-aware training: inside `with` the given parameters hold the values their 4-bit
    blocks decode to, so a forward and backward pass see the weights the shipped file will hold,
    and on leaving they get their float32 values back, for the optimizer to update (the gradient
    passes straight through the rounding). Without it small updates are lost when the file rounds
    them away: Ode trained 3 more epochs in float32 went 11.16 -> 9.95 held-out perplexity, its
    4-bit file only 11.39 -> 11.25; trained 5 epochs through its blocks, the file went 11.39 -> 9.18.

    Each block's scale and zero point are chosen by `block_ranges`, as the export chooses them,
    and kept until `refresh()`: after a refresh the values inside `with` are the file's exactly."""

    def __init__(self, parameters, block_size, bits=4):
        self.parameters = dict(parameters)
        self.block_size, self.bits = block_size, bits
        self.ranges, self.saved = {}, {}
        self.refresh()

    def refresh(self):
        for name, p in self.parameters.items():
            scales, zeros = block_ranges(p.detach().float().cpu().numpy(), self.block_size, self.bits)
            self.ranges[name] = (torch.from_numpy(scales).to(p.device), torch.from_numpy(zeros).to(p.device))

    def decoded(self, name):
        """The parameter's values as its 4-bit blocks decode them."""
        weight = self.parameters[name].data
        scales, zeros = self.ranges[name]
        n, k = weight.shape
        blocks = scales.shape[1]
        grouped = F.pad(weight.float(), (0, blocks * self.block_size - k)).view(n, blocks, self.block_size)
        codes = (grouped / scales[..., None]).round().add(zeros[..., None]).clamp(0, 2 ** self.bits - 1)
        return ((codes - zeros[..., None]) * scales[..., None]).view(n, -1)[:, :k].to(weight.dtype)

    def __enter__(self):
        for name, p in self.parameters.items():
            self.saved[name] = p.data
            p.data = self.decoded(name)
        return self

    def __exit__(self, *exc):
        for name, p in self.parameters.items():
            p.data = self.saved.pop(name)
        return False
