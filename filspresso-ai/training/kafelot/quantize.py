"""Shrinks an exported model for shipping, with the `onnx` package alone (Debian has no Python
ONNX Runtime). int8: every large weight matrix is stored as int8 with one float scale per output
channel (per row for the embedding), and a DequantizeLinear node in front restores it when ONNX
Runtime loads the graph — disk size falls about fourfold, compute stays float32. int4
(`nbits_weights`): the linear layers stay 4-bit in memory too (MatMulNBits), for faster decoding.
"""
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

MIN_ELEMENTS = 4096  # norms, gates and the domain vectors stay float32
# The tied output projection (vocabulary rows: by far the largest matrix) takes blocks of 32: its
# scales and zero points would otherwise add 3 MB to every file.
OUTPUT_ROWS = 8192
OUTPUT_BLOCK_SIZE = 32


def int8_weights(source, target):
    model = onnx.load(str(source))
    graph = model.graph
    consumers = {}
    for node in graph.node:
        for position, name in enumerate(node.input):
            consumers.setdefault(name, []).append((node.op_type, position))
    kept, nodes = [], []
    for init in graph.initializer:
        weight = numpy_helper.to_array(init)
        uses = consumers.get(init.name, [])
        axis = _axis(weight, uses)
        if axis is None:
            kept.append(init)
            continue
        reduce_over = 1 - axis
        scale = np.abs(weight).max(axis=reduce_over) / 127.0
        scale[scale == 0] = 1.0
        shape = (1, -1) if axis == 1 else (-1, 1)
        quantized = np.clip(np.round(weight / scale.reshape(shape)), -127, 127).astype(np.int8)
        kept += [numpy_helper.from_array(quantized, init.name + "_int8"),
                 numpy_helper.from_array(scale.astype(np.float32), init.name + "_scale"),
                 numpy_helper.from_array(np.zeros(scale.shape, dtype=np.int8), init.name + "_zero")]
        nodes.append(helper.make_node("DequantizeLinear", [init.name + "_int8", init.name + "_scale", init.name + "_zero"],
                                      [init.name], axis=axis, name=init.name + "_dequantize"))
    del graph.initializer[:]
    graph.initializer.extend(kept)
    existing = list(graph.node)
    del graph.node[:]
    graph.node.extend(nodes + existing)
    onnx.checker.check_model(model)
    onnx.save(model, str(target))


def _axis(weight, uses):
    """Per output column for a MatMul's right-hand matrix [in, out]; per row for the embedding
    (gathered by row, and transposed for the tied output); None for what stays float32."""
    if weight.dtype != np.float32 or weight.ndim != 2 or weight.size < MIN_ELEMENTS or not uses:
        return None
    kinds = {op for op, _ in uses}
    if kinds <= {"MatMul"} and all(position == 1 for _, position in uses):
        return 1
    if kinds <= {"Gather", "Transpose"}:
        return 0
    return None


def nbits_weights(source, target, block_size=16, accuracy_level=4, embedding_bits=8):
    """Keeps the weights 4-bit in memory, not only on disk: every linear layer (a PyTorch [out, in]
    weight reached through Transpose -> MatMul) becomes ONNX Runtime's MatMulNBits with 4-bit codes
    and one float scale per block of `block_size` inputs, so decoding reads about a seventh of the
    float32 bytes per token. Blocks of 16 inputs: 32 measured 10.53 against 10.31 held-out
    perplexity (582 against 516 tokens/s). accuracy_level 4 lets ONNX Runtime multiply with int8
    activations (the same perplexity as float32 activations here, and 1.4x faster). The embedding's row
    lookup stays int8 (a gather reads one row); its transposed use as the tied output projection
    gets its own 4-bit copy. With embedding_bits=4 there is no int8 copy: the lookup gathers rows of
    the output projection's 4-bit codes and unpacks them in the graph (`_four_bit_lookup`), which
    keeps the larger models' files within the repository's budget."""
    model = onnx.load(str(source))
    graph = model.graph
    weights = {init.name: init for init in graph.initializer}
    consumers = {}
    for node in graph.node:
        for position, name in enumerate(node.input):
            consumers.setdefault(name, []).append((node, position))
    replaced, added_init, dropped = {}, [], set()
    for name, init in weights.items():
        weight = numpy_helper.to_array(init)
        if weight.dtype != np.float32 or weight.ndim != 2 or weight.size < MIN_ELEMENTS:
            continue
        for transpose, _ in consumers.get(name, []):
            if transpose.op_type != "Transpose":
                continue
            uses = consumers.get(transpose.output[0], [])
            if not uses or any(node.op_type != "MatMul" or position != 1 for node, position in uses):
                continue
            bits = 4
            block = OUTPUT_BLOCK_SIZE if weight.shape[0] >= OUTPUT_ROWS else block_size
            codes, scales, zeros = _blockwise(weight, block, bits)
            suffix = "_q" + str(bits)
            added_init += [numpy_helper.from_array(codes, name + suffix), numpy_helper.from_array(scales, name + suffix + "_scales"),
                           numpy_helper.from_array(zeros, name + suffix + "_zeros")]
            n, k = weight.shape
            for matmul, _ in uses:
                replaced[matmul.name] = helper.make_node(
                    "MatMulNBits", [matmul.input[0], name + suffix, name + suffix + "_scales", name + suffix + "_zeros"], list(matmul.output),
                    name=matmul.name + "_nbits", domain="com.microsoft", K=k, N=n, bits=bits, block_size=block,
                    accuracy_level=accuracy_level)
            dropped.add(transpose.name)
    nodes = [replaced.get(node.name, node) for node in graph.node if node.name not in dropped]
    if embedding_bits == 4:
        nodes = _four_bit_lookup(nodes, weights, added_init)
    del graph.node[:]
    graph.node.extend(nodes)
    used = {name for node in nodes for name in node.input}
    kept = [init for init in graph.initializer if init.name in used] + added_init
    del graph.initializer[:]
    graph.initializer.extend(kept)
    if not any(opset.domain == "com.microsoft" for opset in model.opset_import):
        model.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    onnx.save(model, str(source) + ".nbits")
    # The float32 originals of replaced weights are now unused, except the embedding (the gather):
    int8_weights(str(source) + ".nbits", target)
    Path(str(source) + ".nbits").unlink()


def _four_bit_lookup(nodes, weights, added_init):
    """Replaces Gather(embedding, ids) by a gather of the 4-bit codes, scales and zero points of the
    tied output projection, unpacked to float: value = (code - zero point) * scale. The low nibble
    holds the lower index, as MatMulNBits reads it."""
    added = {init.name: init for init in added_init}
    lookup = next(node for node in nodes if node.op_type == "Gather" and node.input[0] in weights and node.input[0] + "_q4" in added)
    name = lookup.input[0]
    vocabulary, hidden = weights[name].dims
    blocks = added[name + "_q4"].dims[1]
    scales, zeros = name + "_q4_scales", name + "_q4_zeros"
    zero_points = numpy_helper.to_array(added[zeros])
    unpacked = np.stack([zero_points & 15, zero_points >> 4], axis=-1).reshape(vocabulary, -1)[:, :blocks]
    p = "/model/embed/q4/"
    added_init += [numpy_helper.from_array(unpacked.astype(np.uint8), name + "_q4_row_zeros"),
                   numpy_helper.from_array(np.array([vocabulary, blocks], dtype=np.int64), p + "scale_shape"),
                   numpy_helper.from_array(np.array([4], dtype=np.uint8), p + "four"),
                   numpy_helper.from_array(np.array([-1], dtype=np.int64), p + "last"),
                   numpy_helper.from_array(np.array([0, 0, 0, -1], dtype=np.int64), p + "pairs_shape"),
                   numpy_helper.from_array(np.array([0, 0, -1], dtype=np.int64), p + "row_shape"),
                   numpy_helper.from_array(np.array([0], dtype=np.int64), p + "start"),
                   numpy_helper.from_array(np.array([hidden], dtype=np.int64), p + "end")]
    ids = lookup.input[1]
    unpack = [
        helper.make_node("Gather", [name + "_q4", ids], [p + "codes"], axis=0, name=p + "GatherCodes"),
        helper.make_node("BitShift", [p + "codes", p + "four"], [p + "high"], direction="RIGHT", name=p + "High"),
        helper.make_node("BitShift", [p + "high", p + "four"], [p + "high_back"], direction="LEFT", name=p + "HighBack"),
        helper.make_node("Sub", [p + "codes", p + "high_back"], [p + "low"], name=p + "Low"),
        helper.make_node("Unsqueeze", [p + "low", p + "last"], [p + "low1"], name=p + "LowAxis"),
        helper.make_node("Unsqueeze", [p + "high", p + "last"], [p + "high1"], name=p + "HighAxis"),
        helper.make_node("Concat", [p + "low1", p + "high1"], [p + "pairs"], axis=-1, name=p + "Pairs"),
        helper.make_node("Reshape", [p + "pairs", p + "pairs_shape"], [p + "nibbles"], name=p + "Nibbles"),
        helper.make_node("Cast", [p + "nibbles"], [p + "levels"], to=TensorProto.FLOAT, name=p + "Levels"),
        helper.make_node("Gather", [name + "_q4_row_zeros", ids], [p + "zero_codes"], axis=0, name=p + "GatherZeros"),
        helper.make_node("Cast", [p + "zero_codes"], [p + "zero_levels"], to=TensorProto.FLOAT, name=p + "ZeroLevels"),
        helper.make_node("Unsqueeze", [p + "zero_levels", p + "last"], [p + "zero"], name=p + "ZeroAxis"),
        helper.make_node("Reshape", [scales, p + "scale_shape"], [p + "scale_rows"], name=p + "ScaleRows"),
        helper.make_node("Gather", [p + "scale_rows", ids], [p + "row_scales"], axis=0, name=p + "GatherScales"),
        helper.make_node("Unsqueeze", [p + "row_scales", p + "last"], [p + "scale"], name=p + "ScaleAxis"),
        helper.make_node("Sub", [p + "levels", p + "zero"], [p + "centred"], name=p + "Centre"),
        helper.make_node("Mul", [p + "centred", p + "scale"], [p + "blocks"], name=p + "Scale"),
        helper.make_node("Reshape", [p + "blocks", p + "row_shape"], [p + "padded"], name=p + "Rows"),
        helper.make_node("Slice", [p + "padded", p + "start", p + "end", p + "last"], [lookup.output[0]], name=p + "Unpad"),
    ]
    position = nodes.index(lookup)
    return nodes[:position] + unpack + nodes[position + 1:]


def _blockwise(weight, block_size, bits):
    """[N, K] float -> codes uint8 [N, blocks, block_size * bits / 8], scales float [N * blocks] and
    zero points uint8 [N * ceil(blocks * bits / 8)]: value = (code - zero point) * scale, each block
    mapped from its own minimum to its maximum (for Tanka, held-out perplexity 10.31 against 10.63
    with symmetric codes; float32: 10.04). 4-bit codes and zero points go two per byte,
    the lower index in the low nibble."""
    n, k = weight.shape
    blocks = -(-k // block_size)
    padded = np.zeros((n, blocks * block_size), dtype=np.float32)
    padded[:, :k] = weight
    grouped = padded.reshape(n, blocks, block_size)
    top = 2 ** bits - 1
    low = np.minimum(grouped.min(axis=2), 0.0)
    high = np.maximum(grouped.max(axis=2), 0.0)
    scales = (high - low) / top
    scales[scales == 0] = 1.0
    zeros = np.clip(np.round(-low / scales), 0, top).astype(np.int16)
    codes = np.clip(np.round(grouped / scales[:, :, None]) + zeros[:, :, None], 0, top).astype(np.int16)
    if bits == 4:
        codes = codes[:, :, 0::2] | (codes[:, :, 1::2] << 4)
        if blocks % 2:
            zeros = np.concatenate([zeros, np.zeros((n, 1), dtype=np.int16)], axis=1)
        zeros = zeros[:, 0::2] | (zeros[:, 1::2] << 4)
    return codes.astype(np.uint8), scales.reshape(-1).astype(np.float32), zeros.reshape(-1).astype(np.uint8)
