"""Kafelot's tokenizer: a SentencePiece BPE model trained on our training split, plus the same
model written as a Hugging Face tokenizer.json, which the Java side reads with DJL's tokenizers.

BPE rather than unigram because the parameter targets need a vocabulary near 25-32k and our
corpus only supports about 8k unigram pieces (pieces never span a space either way).

Whitespace is normalised (runs of spaces collapse) before encoding on both sides, because the two
libraries treat leading double spaces differently; bytes the vocabulary lacks fall back to byte
tokens, so any text (°, ☕, Romanian diacritics) encodes.
"""
import json
import re
from pathlib import Path

import sentencepiece as spm

from . import formats

VOCAB_SIZE = 32000


def normalise(text):
    return re.sub(r"[ \t]+", " ", text)


def train(corpus, prefix, vocab_size=VOCAB_SIZE):
    """Trains on the corpus file; writes prefix.model, prefix.vocab and prefix.json."""
    spm.SentencePieceTrainer.train(
        input=str(corpus), model_prefix=str(prefix), model_type="bpe", vocab_size=vocab_size,
        character_coverage=1.0, byte_fallback=True, split_digits=True, normalization_rule_name="identity",
        remove_extra_whitespaces=False, add_dummy_prefix=False, user_defined_symbols=list(formats.MARKERS),
        pad_id=0, unk_id=1, bos_id=2, eos_id=3, input_sentence_size=2_000_000, shuffle_input_sentence=True,
        max_sentence_length=20000, hard_vocab_limit=False, num_threads=4, minloglevel=2)
    write_tokenizer_json(Path(f"{prefix}.model"), Path(f"{prefix}.json"))


def load(model_path):
    return spm.SentencePieceProcessor(model_file=str(model_path))


def encode(processor, text):
    return processor.encode(normalise(text))


def write_tokenizer_json(model_path, json_path):
    """The BPE model as tokenizer.json: SentencePiece's pieces become the vocabulary and its merge
    order (a piece's score) the merge list — each piece is the merge of the two pieces it splits
    into — with byte fallback; spaces become "▁" as SentencePiece writes them."""
    processor = load(model_path)
    pieces = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    vocab = {piece: i for i, piece in enumerate(pieces)}
    merges = []
    for i, piece in enumerate(pieces):
        if processor.is_control(i) or processor.is_unknown(i) or processor.is_byte(i) or piece in formats.MARKERS:
            continue
        for cut in range(1, len(piece)):
            left, right = piece[:cut], piece[cut:]
            if left in vocab and right in vocab:
                merges.append((processor.get_score(i), vocab[left], vocab[right], left, right))
    # Earlier merges (higher score) first; ties by the parts' ids, as Hugging Face's converter does.
    merges.sort(key=lambda m: (-m[0], m[1], m[2]))
    added = [{"id": vocab[m], "content": m, "single_word": False, "lstrip": False, "rstrip": False,
              "normalized": False, "special": True} for m in formats.MARKERS]
    tokenizer = {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": added,
        "normalizer": {"type": "Replace", "pattern": {"String": " "}, "content": "\u2581"},
        "pre_tokenizer": None,
        "post_processor": None,
        "decoder": {"type": "Sequence", "decoders": [
            {"type": "Replace", "pattern": {"String": "\u2581"}, "content": " "},
            {"type": "ByteFallback"},
            {"type": "Fuse"},
        ]},
        "model": {"type": "BPE", "dropout": None, "unk_token": processor.id_to_piece(processor.unk_id()),
                  "continuing_subword_prefix": None, "end_of_word_suffix": None, "fuse_unk": True,
                  "byte_fallback": True, "vocab": vocab, "merges": [f"{left} {right}" for _, _, _, left, right in merges]},
    }
    json_path.write_text(json.dumps(tokenizer, ensure_ascii=False), encoding="utf-8")
