"""Writes the serving graph of a Kafelot model with the `onnx` package, node by node.

Why not `torch.onnx.export`: the traced graph recomputes the causal mask, the rotary slices and
every reshape's target shape in each layer (about 1,000 nodes per decoding step, two thirds of
them shape plumbing), and at batch 1 the time goes to running nodes, not to reading weights. Here:
- each layer's attention is ONNX Runtime's `GroupQueryAttention` on one query+key+value product:
  rotary positions, causal scores over the key/value groups and the cache write in one node;
- the cache is a buffer per layer sized for the whole generation, which the caller passes both as
  past and as present (ONNX Runtime then writes the new positions in place instead of copying the
  cache every step); `seqlens_k` (positions after this step, minus one) and
  `total_sequence_length` say how much of it is filled;
- a SwiGLU's gate and up come from one matrix product; reshapes use fixed target shapes;
- each expert of a mixture runs in an `If` on "some token chose it", on the rows of the tokens
  that chose it only, so a decoded token reads two experts and a prompt computes each token's two
  (a decoding session switches to a leaner form for one token: `_experts`);
- the coffee-domain attention's query and keys are multiplied once, at load (constant folding).

Inputs: input_ids [batch, seq], keep_logits (logits for the last that many positions, 0 for
all), seqlens_k [batch] int32, total_sequence_length int32, past_key_<layer> and
past_value_<layer> [batch, kv_heads, capacity, padded head]. Outputs: logits [batch, kept, vocab],
present_key_<layer> and present_value_<layer> (the same buffers when bound to the past ones).
Weights are named after the PyTorch parameters (fused ones after their parts, the heads padded)
so a shipped file reads back into the model (kafelot.onnx_weights).
"""
import math

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from .model import rotary_tables
from .quantize import QuantizedWeights, blockwise

PREFIX = "model."
MS = "com.microsoft"
# 4-bit blocks of 32 inputs: against blocks of 16, a sixth fewer bytes and ONNX Runtime's kernel faster
# per byte (Villanelle decodes a step in 1.81 ms against 2.08) for 1 % in held-out perplexity (11.87 / 11.77).
BLOCK_SIZE = 32
MIN_ELEMENTS = 4096      # smaller matrices (a router, the domain keys) stay float32
ACCURACY_LEVEL = 4       # MatMulNBits multiplies with int8 activations (same perplexity, 1.4x faster)
ONE_TOKEN = "one_token"  # a bool initializer, false in the file: see _experts


def padded_head_dim(config):
    """GroupQueryAttention with rotary positions inside takes head sizes in multiples of 16 only:
    Tanka's 54 become 64, Villanelle's 74 80, Ode's 97 112. The added dimensions are zero in every
    query, key and value, so scores and outputs are those of the real heads."""
    return -(-config.head_dim // 16) * 16


def fused_parts(config):
    """The matrices stored concatenated and the parameters whose rows they hold, in order."""
    c = config
    parts = {}
    for layer in range(c.layers):
        parts[f"blocks.{layer}.attn.qkv.weight"] = [f"blocks.{layer}.attn.{p}.weight" for p in "qkv"]
        for ffn in _feed_forwards(c, layer):
            parts[f"{ffn}.gate_up.weight"] = [f"{ffn}.gate.weight", f"{ffn}.up.weight"]
    return parts


def four_bit_parameters(config):
    """The model's parameters that an int4 file stores in 4-bit blocks (fused matrices by their parts:
    their rows are quantized one by one, so fusing changes no block)."""
    c = config
    names = ["embed.weight"]
    for layer in range(c.layers):
        names += [f"blocks.{layer}.attn.{p}.weight" for p in "qkvo"]
        names += [f"{ffn}.{p}.weight" for ffn in _feed_forwards(c, layer) for p in ("gate", "up", "down")]
    return names


def _feed_forwards(config, layer):
    """The SwiGLU modules of a layer: each expert of a mixture, or the one dense feed-forward."""
    if config.experts:
        return [f"blocks.{layer}.ffn.experts.{e}" for e in range(config.experts)]
    return [f"blocks.{layer}.ffn"]


def quantized_weights(model):
    """The model's 4-bit parameters as an int4 file with a 4-bit embedding holds them (for
    quantization-aware training, and for the reference logits of a model trained that way)."""
    parameters = dict(model.named_parameters())
    return QuantizedWeights({name: parameters[name] for name in four_bit_parameters(model.config)}, BLOCK_SIZE)


def _padded_rows(config, param, weight):
    """A query, key or value matrix with zero rows after each head's own, up to the padded size."""
    if not param.endswith((".attn.q.weight", ".attn.k.weight", ".attn.v.weight")):
        return weight
    heads = weight.shape[0] // config.head_dim
    rows = weight.reshape(heads, config.head_dim, -1)
    zeros = np.zeros((heads, padded_head_dim(config) - config.head_dim, rows.shape[2]), dtype=rows.dtype)
    return np.concatenate([rows, zeros], axis=1).reshape(heads * padded_head_dim(config), -1)


def _padded_rotary_tables(config):
    """cos and sin [context, padded head / 2]: the model's angles, then pairs left as they are
    (cos 1, sin 0) for Ode's unrotated 97th dimension and the padding."""
    cos, sin = (table.numpy() for table in rotary_tables(config))
    extra = padded_head_dim(config) // 2 - cos.shape[1]
    return (np.concatenate([cos, np.ones((cos.shape[0], extra), np.float32)], axis=1),
            np.concatenate([sin, np.zeros((sin.shape[0], extra), np.float32)], axis=1))


class _Builder:
    def __init__(self, weights, weight_format, embedding_bits):
        self.weights = weights
        self.format = weight_format
        self.embedding_bits = embedding_bits
        self.nodes, self.initializers, self.names = [], [], set()
        self.four_bit_blocks = {}

    def constant(self, name, array):
        if name not in self.names:
            self.names.add(name)
            self.initializers.append(numpy_helper.from_array(np.asarray(array), name))
        return name

    def node(self, op, inputs, output, domain=None, **attributes):
        self.nodes.append(helper.make_node(op, inputs, [output] if isinstance(output, str) else output,
                                           name=(output if isinstance(output, str) else output[0]) + "/" + op,
                                           domain=domain, **attributes))
        return output

    def ints(self, name, values):
        return self.constant("/int/" + name, np.array(values, dtype=np.int64))

    def subgraph(self, name, build):
        """An If branch: the nodes that build() adds, with its returned value as the output."""
        outer, self.nodes = self.nodes, []
        output = build()
        graph = helper.make_graph(self.nodes, name, [], [helper.make_tensor_value_info(output, TensorProto.FLOAT, None)])
        self.nodes = outer
        return graph

    def floats(self, name, value):
        return self.constant("/float/" + name, np.array(value, dtype=np.float32))

    def linear(self, x, param, out):
        """x @ W.T for a PyTorch [out, in] weight, in the file's weight format."""
        weight = self.weights[param]
        n, k = weight.shape
        stored = PREFIX + param
        if self.format == "int4":
            self.four_bit(param)
            return self.node("MatMulNBits", [x, stored + "_q4", stored + "_q4_scales", stored + "_q4_zeros"], out, domain=MS,
                             K=k, N=n, bits=4, block_size=BLOCK_SIZE, accuracy_level=ACCURACY_LEVEL)
        return self.node("MatMul", [x, self.matrix(param)], out)

    def matrix(self, param):
        """A float32 or int8 weight as the [in, out] matrix of a MatMul, made once, in the graph being
        built when first asked for (`_experts` asks before building its two branches, which share it)."""
        name = PREFIX + param + "/t"
        if name not in self.names:
            self.names.add(name)
            self.node("Transpose", [self.stored(param)], name, perm=[1, 0])
        return name

    def four_bit(self, param):
        """The 4-bit codes, scales and zero points of a matrix as initializers (made once)."""
        if param not in self.four_bit_blocks:
            name = PREFIX + param
            codes, scales, zeros = self.four_bit_blocks[param] = blockwise(self.weights[param], BLOCK_SIZE, 4)
            self.constant(name + "_q4", codes)
            self.constant(name + "_q4_scales", scales)
            self.constant(name + "_q4_zeros", zeros)
        return self.four_bit_blocks[param]

    def stored(self, param, weight_format=None):
        """A matrix as an initializer: float32, or int8 with one scale per row restored at load
        (any format but fp32 stores int8 here: 4-bit matrices go through `linear`)."""
        weight, name = self.weights[param], PREFIX + param
        if name in self.names:  # the tied embedding: looked up and projected onto
            return name
        if (weight_format or self.format) == "fp32" or weight.ndim != 2 or weight.size < MIN_ELEMENTS:
            return self.constant(name, weight.astype(np.float32))
        scale = np.abs(weight).max(axis=1) / 127.0
        scale[scale == 0] = 1.0
        self.constant(name + "_int8", np.clip(np.round(weight / scale[:, None]), -127, 127).astype(np.int8))
        self.constant(name + "_scale", scale.astype(np.float32))
        self.constant(name + "_zero", np.zeros(scale.shape, dtype=np.int8))
        self.names.add(name)
        return self.node("DequantizeLinear", [name + "_int8", name + "_scale", name + "_zero"], name, axis=0)

    def rms_norm(self, x, param, out):
        weight = self.constant(PREFIX + param, self.weights[param])
        squared = self.node("Pow", [x, self.floats("two", 2.0)], out + "/squared")
        mean = self.node("ReduceMean", [squared], out + "/mean", axes=[-1], keepdims=1)
        root = self.node("Sqrt", [self.node("Add", [mean, self.floats("eps", 1e-6)], out + "/eps")], out + "/root")
        inverse = self.node("Div", [self.floats("one", 1.0), root], out + "/inverse")
        return self.node("Mul", [self.node("Mul", [x, inverse], out + "/normed"), weight], out)

    def add_and_norm(self, x, residual, param, out):
        """(x + residual, its RMS norm) in one SkipSimplifiedLayerNormalization: each block's
        residual sum and the next block's norm read the hidden state once."""
        weight = self.constant(PREFIX + param, self.weights[param])
        normed, _, _, total = self.node("SkipSimplifiedLayerNormalization", [residual, x, weight],
                                        [out + "/normed", "", "", out], domain=MS, epsilon=1e-6)
        return total, normed

    def silu_product(self, gate_up, width, out):
        """SwiGLU's silu(gate) * up from the fused [.., 2 * width] product."""
        gate, up = self.node("Split", [gate_up, self.ints(f"halves{width}", [width, width])], [out + "/gate", out + "/up"], axis=-1)
        silu = self.node("Mul", [gate, self.node("Sigmoid", [gate], out + "/sigmoid")], out + "/silu")
        return self.node("Mul", [silu, up], out)


def build(config, weights, path, weight_format="int4", embedding_bits=8):
    """weights: the PyTorch state dict as float32 numpy arrays (fused matrices are made here)."""
    c = config
    weights = dict(weights)
    for fused, parts in fused_parts(c).items():
        if all(part in weights for part in parts):
            weights[fused] = np.concatenate([_padded_rows(c, part, weights.pop(part)) for part in parts])
    b = _Builder(weights, weight_format, embedding_bits)
    hd = c.head_dim

    # Each layer's attention is one GroupQueryAttention: rotary positions, causal scores and the
    # cache write inside; the heads padded to a multiple of 16 as it requires (zero rows).
    cos, sin = _padded_rotary_tables(c)
    cos, sin = b.constant("/rope/cos", cos), b.constant("/rope/sin", sin)
    padded = padded_head_dim(c)
    # The real dimensions of each head's output, in order: what the output projection reads.
    real = b.ints("real_head_dims", [h * padded + d for h in range(c.heads) for d in range(hd)])

    x = _embedding(b, c)
    h = b.rms_norm(x, "blocks.0.attn_norm.weight", "/blocks.0/attn_norm")
    for i in range(c.layers):
        p = f"blocks.{i}"
        qkv = b.linear(h, p + ".attn.qkv.weight", f"/{p}/attn/qkv")
        attended, _, _ = b.node("GroupQueryAttention", [qkv, "", "", f"past_key_{i}", f"past_value_{i}", "seqlens_k",
                                                        "total_sequence_length", cos, sin],
                                [f"/{p}/attn/padded_heads", f"present_key_{i}", f"present_value_{i}"], domain=MS,
                                num_heads=c.heads, kv_num_heads=c.kv_heads, scale=1.0 / math.sqrt(hd),
                                do_rotary=1, rotary_interleaved=1)
        if padded != hd:
            attended = b.node("Gather", [attended, real], f"/{p}/attn/merged", axis=2)
        x, h = b.add_and_norm(x, b.linear(attended, p + ".attn.o.weight", f"/{p}/attn/out"), p + ".domain_norm.weight", f"/{p}/after_attn")
        x, h = b.add_and_norm(x, _domain_attention(b, c, p, h), p + ".ffn_norm.weight", f"/{p}/after_domain")
        ffn = _experts(b, c, p, h) if c.experts else b.linear(
            b.silu_product(b.linear(h, p + ".ffn.gate_up.weight", f"/{p}/ffn/gate_up"), c.ffn, f"/{p}/ffn/hidden"),
            p + ".ffn.down.weight", f"/{p}/ffn/out")
        next_norm = f"blocks.{i + 1}.attn_norm.weight" if i + 1 < c.layers else "norm.weight"
        x, h = b.add_and_norm(x, ffn, next_norm, f"/{p}/out")

    keep = b.node("Reshape", [b.node("Neg", ["keep_logits"], "/keep/negative"), b.ints("one_dim", [1])], "/keep/start")
    # keep_logits = 0 gives start -0 = 0: every position.
    x = b.node("Slice", [h, keep, b.ints("end", [2 ** 62]), b.ints("seq_axis", [1])], "/keep/hidden")
    b.linear(x, "embed.weight", "logits")
    _save(b, c, path)


def _embedding(b, c):
    if b.format == "int4" and b.embedding_bits == 4:
        return _four_bit_rows(b, c)
    # Next to a 4-bit output projection the lookup table is int8 rows (a gather reads one row).
    table = b.stored("embed.weight", "int8" if b.format == "int4" else None)
    return b.node("Gather", [table, "input_ids"], "/embed", axis=0)


def _four_bit_rows(b, c):
    """Rows of the output projection's 4-bit codes as the embedding, unpacked in the graph:
    value = (code - zero point) * scale, low nibble first (as MatMulNBits reads them). No int8 copy."""
    weight = b.weights["embed.weight"]
    vocabulary, hidden = weight.shape
    codes, _, zeros = b.four_bit("embed.weight")
    blocks = codes.shape[1]
    name = PREFIX + "embed.weight"
    zero_rows = np.stack([zeros & 15, zeros >> 4], axis=-1).reshape(vocabulary, -1)[:, :blocks]
    b.constant(name + "_q4_row_zeros", zero_rows.astype(np.uint8))
    p = "/embed/q4/"
    packed = b.node("Gather", [name + "_q4", "input_ids"], p + "codes", axis=0)
    four = b.constant(p + "four", np.array([4], dtype=np.uint8))
    high = b.node("BitShift", [packed, four], p + "high", direction="RIGHT")
    low = b.node("Sub", [packed, b.node("BitShift", [high, four], p + "high_back", direction="LEFT")], p + "low")
    last = b.ints("last", [-1])
    pairs = b.node("Concat", [b.node("Unsqueeze", [low, last], p + "low1"), b.node("Unsqueeze", [high, last], p + "high1")], p + "pairs", axis=-1)
    levels = b.node("Cast", [b.node("Reshape", [pairs, b.ints("pairs_shape", [0, 0, 0, -1])], p + "nibbles")], p + "levels", to=TensorProto.FLOAT)
    zero = b.node("Cast", [b.node("Gather", [name + "_q4_row_zeros", "input_ids"], p + "zero_codes", axis=0)], p + "zero_levels", to=TensorProto.FLOAT)
    scale_rows = b.node("Reshape", [name + "_q4_scales", b.ints("scale_shape", [vocabulary, blocks])], p + "scale_rows")
    scale = b.node("Gather", [scale_rows, "input_ids"], p + "row_scales", axis=0)
    centred = b.node("Sub", [levels, b.node("Unsqueeze", [zero, last], p + "zero")], p + "centred")
    values = b.node("Mul", [centred, b.node("Unsqueeze", [scale, last], p + "scale")], p + "blocks")
    padded = b.node("Reshape", [values, b.ints("row_shape", [0, 0, -1])], p + "padded")
    return b.node("Slice", [padded, b.ints("zero1", [0]), b.ints("hidden", [hidden]), last], "/embed")


def _domain_attention(b, c, p, h):
    """tanh(gate) * softmax(h Wq K^T / sqrt(d)) V: Wq K^T / sqrt(d) and tanh(gate) V are constants,
    folded once when ONNX Runtime loads the graph."""
    query = b.stored(p + ".domain.query.weight")                                   # [domain_dim, hidden]
    keys = b.constant(PREFIX + p + ".domain.keys", b.weights[p + ".domain.keys"])    # [8, domain_dim]
    values = b.constant(PREFIX + p + ".domain.values", b.weights[p + ".domain.values"])
    gate = b.constant(PREFIX + p + ".domain.gate", b.weights[p + ".domain.gate"])
    # Plain ONNX operators: ONNX Runtime's constant folding leaves its own FusedMatMul to run every step.
    transposed = b.node("MatMul", [b.node("Transpose", [query], f"/{p}/domain/query_t", perm=[1, 0]),
                                   b.node("Transpose", [keys], f"/{p}/domain/keys_t", perm=[1, 0])], f"/{p}/domain/query_keys")
    scores_matrix = b.node("Mul", [transposed, b.floats(f"domain_scale{c.domain_dim}", 1.0 / math.sqrt(c.domain_dim))],
                           f"/{p}/domain/scores_matrix")  # [hidden, 8]
    gated_values = b.node("Mul", [values, b.node("Tanh", [gate], f"/{p}/domain/open")], f"/{p}/domain/gated_values")
    weights = b.node("Softmax", [b.node("MatMul", [h, scores_matrix], f"/{p}/domain/scores")], f"/{p}/domain/weights", axis=-1)
    return b.node("MatMul", [weights, gated_values], f"/{p}/domain/out")


def _experts(b, c, p, h):
    """Top-k routing: each token's k largest router logits, softmaxed, are its experts' gates (the
    same weights as a softmax over all experts with the k largest renormalised), 0 for the others.
    Two ways to run the chosen experts, chosen by the constant ONE_TOKEN (false in the file):
    `_experts_on_chosen_rows` for any number of tokens, and `_experts_on_one_token` for the one
    token of a decoding step, in fewer nodes and without the row gather/scatter. ONNX Runtime keeps
    only the branch that the constant picks; the serving code loads its decoding session with the
    constant set true (Ode's median step 7 % faster; Villanelle's within noise). It must be a constant:
    under a computed condition the experts sit two Ifs deep, where ONNX Runtime 1.29 does not
    prepack their 4-bit weights (Ode: 30 ms a step instead of 3)."""
    if b.format != "int4":  # the experts' matrices before the branches that share them (4-bit ones are initializers)
        for e in range(c.experts):
            b.matrix(f"{p}.ffn.experts.{e}.gate_up.weight")
            b.matrix(f"{p}.ffn.experts.{e}.down.weight")
    router = b.constant(PREFIX + p + ".ffn.router.weight", b.weights[p + ".ffn.router.weight"])  # [experts, hidden], float32
    logits = b.node("FusedMatMul", [h, router], f"/{p}/ffn/router", domain=MS, alpha=1.0, transA=0, transB=1)
    top, chosen = b.node("TopK", [logits, b.ints("top_k", [c.top_k])], [f"/{p}/ffn/top", f"/{p}/ffn/top_index"], axis=-1)
    gates = b.node("ScatterElements", [b.node("Mul", [logits, b.floats("zero", 0.0)], f"/{p}/ffn/no_gates"), chosen,
                                       b.node("Softmax", [top], f"/{p}/ffn/top_gates", axis=-1)], f"/{p}/ffn/gates", axis=-1)
    return b.node("If", [b.constant(ONE_TOKEN, np.array(False))], f"/{p}/ffn/out",
                  then_branch=b.subgraph(f"/{p}/ffn/one_token", lambda: _experts_on_one_token(b, c, p, h, gates)),
                  else_branch=b.subgraph(f"/{p}/ffn/chosen_rows", lambda: _experts_on_chosen_rows(b, c, p, h, gates)))


def _experts_on_one_token(b, c, p, h, gates):
    """Each expert the token chose, on its row times its gate: an If whose other branch is a
    constant 0 (passing a running sum through would cost more per skipped expert)."""
    q = f"/{p}/ffn/one_token/experts."
    used = b.node("Split", [b.node("Greater", [gates, b.floats("zero", 0.0)], f"/{p}/ffn/one_token/chosen")],
                  [f"{q}{e}/used" for e in range(c.experts)], axis=-1)
    gate = b.node("Split", [gates], [f"{q}{e}/gate" for e in range(c.experts)], axis=-1)
    parts = []
    for e in range(c.experts):
        run = b.subgraph(f"{q}{e}/run", lambda: b.node("Mul", [_expert_output(b, c, p, e, h, f"{q}{e}"), gate[e]], f"{q}{e}/weighted"))
        nothing = b.subgraph(f"{q}{e}/nothing", lambda: b.node("Constant", [], f"{q}{e}/zero",
                                                             value=numpy_helper.from_array(np.zeros((1, 1, 1), np.float32))))
        parts.append(b.node("If", [used[e]], f"{q}{e}/part", then_branch=run, else_branch=nothing))
    return b.node("Sum", parts, f"/{p}/ffn/one_token/sum")


def _experts_on_chosen_rows(b, c, p, h, gates):
    """Each expert an If that adds its output on the rows that chose it (times their gates) into a
    running sum, or passes the sum on when no row did."""
    rows = b.node("Reshape", [h, b.ints("rows_shape", [-1, c.hidden])], f"/{p}/ffn/rows")
    gate_rows = b.node("Reshape", [gates, b.ints(f"gate_rows_shape{c.experts}", [-1, c.experts])], f"/{p}/ffn/gate_rows")
    used = b.node("Greater", [b.node("ReduceMax", [gate_rows], f"/{p}/ffn/gate_max", axes=[0], keepdims=0), b.floats("zero", 0.0)],
                  f"/{p}/ffn/used")
    conditions = b.node("Split", [used], [f"/{p}/ffn/experts.{e}/used_by_rows" for e in range(c.experts)], axis=0)
    total = b.node("ConstantOfShape", [b.node("Shape", [rows], f"/{p}/ffn/rows_shape")], f"/{p}/ffn/zeros",
                   value=numpy_helper.from_array(np.zeros(1, dtype=np.float32)))
    for e in range(c.experts):
        q = f"/{p}/ffn/experts.{e}"
        run = b.subgraph(q + "/run", lambda: _expert_on_its_rows(b, c, p, e, rows, gate_rows, total))
        skip = b.subgraph(q + "/skip", lambda: b.node("Identity", [total], q + "/passed"))
        total = b.node("If", [conditions[e]], q + "/sum", then_branch=run, else_branch=skip)
    # [tokens, hidden] back to [batch, seq, hidden]
    return b.node("Reshape", [total, b.node("Shape", [h], f"/{p}/ffn/shape")], f"/{p}/ffn/rows_out")


def _expert_on_its_rows(b, c, p, e, rows, gate_rows, total):
    q = f"/{p}/ffn/experts.{e}"
    column = b.node("Gather", [gate_rows, b.ints(f"expert{e}", e)], q + "/column", axis=1)
    chosen = b.node("Transpose", [b.node("NonZero", [column], q + "/chosen_2d")], q + "/chosen", perm=[1, 0])  # [n, 1]
    out = _expert_output(b, c, p, e, b.node("GatherND", [rows, chosen], q + "/picked"), q)
    share = b.node("GatherND", [column, chosen], q + "/share")
    weighted = b.node("Mul", [out, b.node("Unsqueeze", [share, b.ints("last", [-1])], q + "/share_column")], q + "/weighted")
    return b.node("ScatterND", [total, chosen, weighted], q + "/added", reduction="add")


def _expert_output(b, c, p, e, rows, q):
    """Expert e's SwiGLU on rows, its nodes named under q."""
    hidden = b.silu_product(b.linear(rows, f"{p}.ffn.experts.{e}.gate_up.weight", q + "/gate_up"), c.expert_ffn, q + "/hidden")
    return b.linear(hidden, f"{p}.ffn.experts.{e}.down.weight", q + "/down")


def _save(b, c, path):
    def cache(prefix, length):
        return [helper.make_tensor_value_info(f"{prefix}_{kind}_{i}", TensorProto.FLOAT, ["batch", c.kv_heads, length, padded_head_dim(c)])
                for i in range(c.layers) for kind in ("key", "value")]
    vocabulary = b.weights["embed.weight"].shape[0]
    graph = helper.make_graph(
        b.nodes, "kafelot_" + c.name,
        [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "seq"]),
         helper.make_tensor_value_info("keep_logits", TensorProto.INT64, []),
         helper.make_tensor_value_info("seqlens_k", TensorProto.INT32, ["batch"]),
         helper.make_tensor_value_info("total_sequence_length", TensorProto.INT32, [])] + cache("past", "capacity"),
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", "kept", vocabulary])] + cache("present", "capacity"),
        b.initializers)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid(MS, 1)],
                              producer_name="kafelot.graph")
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, str(path))
