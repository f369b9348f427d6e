"""Checks that tokenizer.json (read by the Java server through Hugging Face tokenizers) gives the
same ids as the SentencePiece model the trainer uses: python -m kafelot.parity [text file]."""
import sys
from pathlib import Path

from tokenizers import Tokenizer

from . import tokenizer as tok

HERE = Path(__file__).resolve().parent.parent


def main():
    text_file = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "data" / "val.txt"
    processor = tok.load(HERE / "tokenizer" / "kafelot.model")
    fast = Tokenizer.from_file(str(HERE / "tokenizer" / "kafelot.json"))
    lines = [line for line in text_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    mismatched = 0
    for line in lines:
        expected = tok.encode(processor, line)
        got = fast.encode(tok.normalise(line), add_special_tokens=False).ids
        if expected != got:
            mismatched += 1
            if mismatched <= 3:
                print("MISMATCH", line[:80], expected[:12], got[:12])
    print(f"parity: {len(lines) - mismatched}/{len(lines)} lines identical")
    sys.exit(1 if mismatched else 0)


if __name__ == "__main__":
    main()
