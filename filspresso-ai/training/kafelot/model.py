"""Kafelot's decoder-only transformer: one definition, three sizes (Tanka, Villanelle, Ode).

Pre-norm blocks of grouped-query attention with rotary positions, a small "coffee domain"
attention over eight learned domain vectors, and a SwiGLU feed-forward that is either dense or a
mixture of experts (learned router, top-2). The output projection is the token embedding.

Only APIs present in both PyTorch 1.13 (Debian) and 2.x are used. The serving graph is not traced
from here: kafelot.graph writes it node by node from these weights.
"""
import math
from dataclasses import dataclass, asdict

import torch
import torch.nn as nn
import torch.nn.functional as F

DOMAINS = ("extraction", "chemistry", "sensory", "sustainability",
           "equipment", "regions", "processing", "brewing science")


@dataclass
class ModelConfig:
    name: str
    vocab_size: int
    hidden: int
    layers: int
    heads: int
    kv_heads: int
    ffn: int
    experts: int = 0          # 0: dense SwiGLU
    top_k: int = 2
    expert_ffn: int = 0       # width of each expert (sized so that totals match the targets)
    context: int = 1024
    rope_theta: float = 10000.0
    domain_dim: int = 64      # width of the domain attention's queries and keys
    aux_loss_weight: float = 0.01
    dropout: float = 0.0      # on each block's attention and feed-forward output, in training only

    @property
    def head_dim(self):
        return self.hidden // self.heads

    @property
    def rotary_dim(self):
        # Ode's 776 / 8 = 97 is odd: rotate the first 96 dimensions, leave the last one as is.
        return self.head_dim - self.head_dim % 2

    def to_dict(self):
        return asdict(self)


def configs(vocab_size):
    """The three shipped sizes (hidden, layers, heads, KV heads, FFN and context as specified)."""
    return {
        "tanka": ModelConfig("tanka", vocab_size, hidden=432, layers=7, heads=8, kv_heads=2, ffn=1296, context=1024),
        "villanelle": ModelConfig("villanelle", vocab_size, hidden=592, layers=9, heads=8, kv_heads=2, ffn=1776,
                                  experts=4, expert_ffn=560, context=1024),
        "ode": ModelConfig("ode", vocab_size, hidden=776, layers=8, heads=8, kv_heads=4, ffn=2328,
                           experts=8, expert_ffn=352, context=1536),
        # For tests and CI: trains in seconds on a CPU, same code paths (MoE and padded 12-wide heads included).
        "tiny": ModelConfig("tiny", vocab_size, hidden=48, layers=2, heads=4, kv_heads=2, ffn=128,
                            experts=4, expert_ffn=64, context=128, domain_dim=16),
    }


class RMSNorm(nn.Module):
    def __init__(self, dim, eps=1e-6):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


def rotary_tables(config):
    """cos and sin for every position of the context, precomputed once: [context, rotary_dim / 2]."""
    half = config.rotary_dim // 2
    inv_freq = 1.0 / (config.rope_theta ** (torch.arange(0, half, dtype=torch.float32) / half))
    angles = torch.outer(torch.arange(config.context, dtype=torch.float32), inv_freq)
    return torch.cos(angles), torch.sin(angles)


def apply_rotary(x, cos, sin, rotary_dim):
    """x: [B, heads, S, head_dim]; cos, sin: [S, rotary_dim / 2] for the positions of x."""
    rotated, kept = x[..., :rotary_dim], x[..., rotary_dim:]
    even, odd = rotated[..., 0::2], rotated[..., 1::2]
    cos, sin = cos[None, None], sin[None, None]
    turned = torch.stack((even * cos - odd * sin, even * sin + odd * cos), dim=-1).flatten(-2)
    return torch.cat((turned, kept), dim=-1)


class Attention(nn.Module):
    """Grouped-query attention: kv_heads key/value heads shared by heads query heads."""

    def __init__(self, config):
        super().__init__()
        self.config = config
        hd = config.head_dim
        self.q = nn.Linear(config.hidden, config.heads * hd, bias=False)
        self.k = nn.Linear(config.hidden, config.kv_heads * hd, bias=False)
        self.v = nn.Linear(config.hidden, config.kv_heads * hd, bias=False)
        self.o = nn.Linear(config.heads * hd, config.hidden, bias=False)

    def forward(self, x, cos, sin, past_k, past_v):
        c = self.config
        b, s, _ = x.shape
        hd = c.head_dim
        q = self.q(x).view(b, s, c.heads, hd).transpose(1, 2)
        k = self.k(x).view(b, s, c.kv_heads, hd).transpose(1, 2)
        v = self.v(x).view(b, s, c.kv_heads, hd).transpose(1, 2)
        q = apply_rotary(q, cos, sin, c.rotary_dim)
        k = apply_rotary(k, cos, sin, c.rotary_dim)
        k = torch.cat((past_k, k), dim=2)
        v = torch.cat((past_v, v), dim=2)
        present_k, present_v = k, v
        # Share each key/value head with its group of query heads (expand + reshape exports
        # correctly with dynamic shapes; repeat_interleave does not).
        group = c.heads // c.kv_heads
        total = k.shape[2]
        k = k.unsqueeze(2).expand(b, c.kv_heads, group, total, hd).reshape(b, c.heads, total, hd)
        v = v.unsqueeze(2).expand(b, c.kv_heads, group, total, hd).reshape(b, c.heads, total, hd)
        scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(hd)
        past = total - s
        query_pos = torch.arange(s, device=x.device).unsqueeze(1) + past
        key_pos = torch.arange(total, device=x.device).unsqueeze(0)
        scores = scores.masked_fill(key_pos > query_pos, float("-inf"))
        attended = torch.matmul(F.softmax(scores, dim=-1), v)
        out = attended.transpose(1, 2).reshape(b, s, c.heads * hd)
        return self.o(out), present_k, present_v


class DomainAttention(nn.Module):
    """Each position attends to eight learned coffee-domain vectors; the result is blended in
    residually through a learned gate that starts closed, so training decides how much to use."""

    def __init__(self, config):
        super().__init__()
        self.query = nn.Linear(config.hidden, config.domain_dim, bias=False)
        self.keys = nn.Parameter(torch.randn(len(DOMAINS), config.domain_dim) * 0.02)
        self.values = nn.Parameter(torch.randn(len(DOMAINS), config.hidden) * 0.02)
        self.gate = nn.Parameter(torch.zeros(config.hidden))
        self.scale = 1.0 / math.sqrt(config.domain_dim)

    def forward(self, x):
        weights = F.softmax(torch.matmul(self.query(x), self.keys.t()) * self.scale, dim=-1)
        return torch.tanh(self.gate) * torch.matmul(weights, self.values)


class SwiGLU(nn.Module):
    def __init__(self, hidden, width):
        super().__init__()
        self.gate = nn.Linear(hidden, width, bias=False)
        self.up = nn.Linear(hidden, width, bias=False)
        self.down = nn.Linear(width, hidden, bias=False)

    def forward(self, x):
        return self.down(F.silu(self.gate(x)) * self.up(x))


class MixtureOfExperts(nn.Module):
    """Top-k routing over SwiGLU experts with the Switch-Transformer load-balancing loss."""

    def __init__(self, config):
        super().__init__()
        self.top_k = config.top_k
        self.router = nn.Linear(config.hidden, config.experts, bias=False)
        self.experts = nn.ModuleList(SwiGLU(config.hidden, config.expert_ffn) for _ in range(config.experts))

    def forward(self, x):
        probs = F.softmax(self.router(x), dim=-1)                      # [B, S, E]
        top_p, top_i = torch.topk(probs, self.top_k, dim=-1)
        top_p = top_p / top_p.sum(-1, keepdim=True)
        gate = torch.zeros_like(probs).scatter(-1, top_i, top_p).flatten(0, 1)    # [B*S, E], 0 if unchosen
        # Each expert runs on the rows that chose it only: an unchosen expert's gate is 0, so outputs
        # and gradients are those of running every expert on every row, for 2/8 of the experts' work in Ode.
        rows_in = x.flatten(0, 1)
        chose = F.one_hot(top_i, probs.shape[-1]).sum(-2).flatten(0, 1)           # [B*S, E]
        out = torch.zeros_like(rows_in)
        for e, expert in enumerate(self.experts):
            rows = chose[:, e].nonzero().squeeze(1)
            if rows.numel():
                out = out.index_add(0, rows, (gate[rows, e:e + 1] * expert(rows_in[rows])).to(out.dtype))
        out = out.view_as(x)
        # Load balance: fraction of tokens whose first choice is e, times e's mean probability.
        n = probs.shape[-1]
        chosen = F.one_hot(top_i[..., 0], n).float().mean(dim=(0, 1))
        aux = n * torch.sum(chosen * probs.mean(dim=(0, 1)))
        return out, aux


class Block(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.config = config  # shared: train.py --dropout sets it on a model read back from a shipped folder
        self.attn_norm = RMSNorm(config.hidden)
        self.attn = Attention(config)
        self.domain_norm = RMSNorm(config.hidden)
        self.domain = DomainAttention(config)
        self.ffn_norm = RMSNorm(config.hidden)
        self.ffn = MixtureOfExperts(config) if config.experts else SwiGLU(config.hidden, config.ffn)

    def forward(self, x, cos, sin, past_k, past_v):
        attended, present_k, present_v = self.attn(self.attn_norm(x), cos, sin, past_k, past_v)
        x = x + self._dropped(attended)
        x = x + self.domain(self.domain_norm(x))
        if isinstance(self.ffn, MixtureOfExperts):
            out, aux = self.ffn(self.ffn_norm(x))
        else:
            out, aux = self.ffn(self.ffn_norm(x)), x.new_zeros(())
        return x + self._dropped(out), present_k, present_v, aux

    def _dropped(self, x):
        return F.dropout(x, self.config.dropout, self.training) if self.config.dropout else x


class Kafelot(nn.Module):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.embed = nn.Embedding(config.vocab_size, config.hidden)
        self.blocks = nn.ModuleList(Block(config) for _ in range(config.layers))
        self.norm = RMSNorm(config.hidden)
        cos, sin = rotary_tables(config)
        self.register_buffer("rope_cos", cos, persistent=False)
        self.register_buffer("rope_sin", sin, persistent=False)
        self.apply(self._init)

    @staticmethod
    def _init(module):
        if isinstance(module, (nn.Linear, nn.Embedding)):
            nn.init.normal_(module.weight, std=0.02)

    def empty_cache(self, batch, device=None):
        c = self.config
        shape = (c.layers, batch, c.kv_heads, 0, c.head_dim)
        return torch.zeros(shape, device=device), torch.zeros(shape, device=device)

    def forward(self, input_ids, past_keys=None, past_values=None):
        """input_ids [B, S]; past_* [layers, B, kv_heads, P, head_dim] (P may be 0).
        Returns logits [B, S, vocab], present keys and values [layers, B, kv_heads, P + S, head_dim],
        and the mixture-of-experts balancing loss."""
        b, s = input_ids.shape
        if past_keys is None:
            past_keys, past_values = self.empty_cache(b, input_ids.device)
        past = past_keys.shape[3]
        cos = self.rope_cos[past:past + s]
        sin = self.rope_sin[past:past + s]
        x = self.embed(input_ids)
        keys, values = [], []
        aux = x.new_zeros(())
        for i, block in enumerate(self.blocks):
            x, k, v, block_aux = block(x, cos, sin, past_keys[i], past_values[i])
            keys.append(k)
            values.append(v)
            aux = aux + block_aux
        logits = torch.matmul(self.norm(x), self.embed.weight.t())
        return logits, torch.stack(keys), torch.stack(values), aux / len(self.blocks)

    def loss(self, input_ids, targets, ignore_index=-100):
        logits, _, _, aux = self(input_ids)
        lm = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), targets.reshape(-1), ignore_index=ignore_index)
        return lm, aux

    def parameter_counts(self):
        """Total parameters, and those a single token uses (only top-k experts of each MoE layer)."""
        c = self.config
        total = sum(p.numel() for p in self.parameters())
        if not c.experts:
            return total, total
        per_expert = sum(p.numel() for p in self.blocks[0].ffn.experts[0].parameters())
        idle = c.layers * (c.experts - c.top_k) * per_expert
        return total, total - idle
