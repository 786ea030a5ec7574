#!/usr/bin/env python3
"""Train the refusal detector's linear model (`src/eval/refusal/model.bin`).

A logistic regression over hashed word unigrams and bigrams of a reply's head and tail and the
cue class the rules found (read from `agentwatch score` with the `learned` class off), trained
on the *development* refusal corpora only (`CORPORA`; never on the sets that
`tests/corpora.rs` lists as `HELD_OUT`). The Rust side (`src/eval/refusal/model.rs`) reads the
same features the same way; training also writes `model_check.txt`, a few scores for its unit
test to compare.

    pip install numpy           # training only; the product reads the shipped weights
    cargo build --release                             # the rules' verdicts are features
    python3 scripts/refusal_model/train.py            # writes model.bin and model_check.txt
    python3 scripts/refusal_model/train.py --cv       # 5-fold cross-validation report
    python3 scripts/refusal_model/train.py --by-set   # each set scored by a model trained on the others
    EPOCHS=20 L2=1e-4 python3 scripts/refusal_model/train.py --by-set   # other settings

Output format (little-endian): b"AWRM", u32 version (1), u32 bucket bits, f32 scale, f32 bias,
then 2^bits int8 weights (weight = int8 * scale).
"""
import json
import os
import struct
import subprocess
import sys
import tempfile

import numpy as np

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
CORPORA = [
    "tests/data/refusal/corpus.jsonl",
    "tests/data/refusal/voices3.jsonl",
    "tests/data/refusal/voices4.jsonl",
    "tests/data/refusal/voices6.jsonl",
    "tests/data/refusal/voices8.jsonl",
    "tests/data/refusal/voices9.jsonl",
    "tests/data/refusal/voices10.jsonl",
    "tests/data/refusal/voices11.jsonl",
    "tests/data/refusal/voices12.jsonl",
    "tests/data/refusal/voices13.jsonl",
    "tests/data/refusal/voices16.jsonl",
    "tests/data/holdout/refusal.jsonl",  # measured and tuned on: a development set now
    "tests/data/holdout/refusal_voices.jsonl",  # likewise
    "tests/data/holdout/refusal_voices2.jsonl",  # held out until 2026-12-06, then likewise
]
# 2^20 buckets: at 2^16 the 180 k distinct features shared buckets (--by-set F1 0.910 vs 0.917,
# both at L2 1e-4).
BITS = 20
HEAD = 512
TAIL = 256
SEED = 7


def fnv1a(data: bytes) -> int:
    h = 0x811C9DC5
    for b in data:
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


M64 = (1 << 64) - 1


def word_hash(token: bytes) -> int:
    """A token's hash: its bytes eight at a time (little-endian, zero-padded), each step an
    xor, a multiply and a shift, seeded by the length; folded to 32 bits."""
    h = (len(token) * 0x9E3779B97F4A7C15) & M64
    for i in range(0, len(token), 8):
        h = ((h ^ int.from_bytes(token[i:i + 8].ljust(8, b"\0"), "little")) * 0xFF51AFD7ED558CCD) & M64
        h ^= h >> 32
    return (h ^ (h >> 29)) & 0xFFFFFFFF


def mix(x: int) -> int:
    """A 32-bit finalizer (lowbias32): spreads a token's hash over the buckets."""
    x ^= x >> 16
    x = (x * 0x7FEB352D) & 0xFFFFFFFF
    x ^= x >> 15
    x = (x * 0x846CA68B) & 0xFFFFFFFF
    x ^= x >> 16
    return x


def region(text: str) -> bytes:
    """The bytes the model reads: the head and, for a long reply, the tail."""
    raw = text.encode("utf-8")
    if len(raw) <= HEAD + TAIL:
        return raw
    return raw[:HEAD] + b"\n" + raw[len(raw) - TAIL:]


def tokens(raw: bytes):
    """ASCII-lowered words: ASCII letters, digits, apostrophes and any non-ASCII byte; a curly
    apostrophe (E2 80 99) reads as a straight one; apostrophes trimmed from the ends."""
    raw = raw.replace("\u2019".encode(), b"'").lower()
    out, cur = [], bytearray()
    for b in raw:
        if (48 <= b <= 57) or (97 <= b <= 122) or b == 39 or b >= 128:
            cur.append(b)
        elif cur:
            out.append(bytes(cur))
            cur = bytearray()
    if cur:
        out.append(bytes(cur))
    out = [t.strip(b"'") for t in out]
    return [t for t in out if t]


RULE_CLASSES = ["inability", "normative", "ai_identity", "apology", "deflection", "premise",
                "omission", "custom"]


def features(text: str, rule_class):
    """Buckets of the unigrams, the bigrams and the rules' class. A token is hashed once
    (`word_hash`); unigram and bigram buckets are mixes of those hashes."""
    ids = [word_hash(t) for t in tokens(region(text))]
    mask = (1 << BITS) - 1
    feats = {mix(h ^ 0x55) & mask for h in ids}
    feats |= {mix(((a * 0x9E3779B1) & 0xFFFFFFFF) ^ b ^ 0x62) & mask for a, b in zip(ids, ids[1:])}
    feats.add(mix(fnv1a(b"r:" + (rule_class or "none").encode())) & mask)
    return sorted(feats)


def rule_classes(texts):
    """The cue class each reply fires in the rules alone (`learned` off), or None."""
    binary = os.environ.get("AGENTWATCH", os.path.join(ROOT, "target/release/agentwatch"))
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as cfg:
        cfg.write("evaluators:\n  refusal:\n    classes: [" + ", ".join(RULE_CLASSES) + "]\n")
    lines = "\n".join(json.dumps({"id": i, "text": t}) for i, t in enumerate(texts))
    out = subprocess.run([binary, "score", "--config", cfg.name], input=lines,
                         capture_output=True, text=True, check=True).stdout
    os.unlink(cfg.name)
    classes = [None] * len(texts)
    for line in out.splitlines():
        row = json.loads(line)
        classes[row["id"]] = row["refusal"]["class"]
    return classes


def load():
    texts, ys, sets = [], [], []
    for name in CORPORA:
        for line in open(os.path.join(ROOT, name), encoding="utf-8"):
            row = json.loads(line)
            texts.append(row["text"])
            ys.append(1.0 if row["refused"] else 0.0)
            sets.append(name)
    classes = rule_classes(texts)
    feats = [features(t, c) for t, c in zip(texts, classes)]
    return texts, classes, feats, np.array(ys), np.array(sets)


# Training settings; `--by-set` compares others (EPOCHS=…, L2=…, LR=… in the environment).
EPOCHS = int(os.environ.get("EPOCHS", 40))
LR = float(os.environ.get("LR", 0.2))
L2 = float(os.environ.get("L2", 1e-3))


def train(xs, ys, epochs=EPOCHS, lr=LR, l2=L2):
    rng = np.random.default_rng(SEED)
    w = np.zeros(1 << BITS)
    bias = 0.0
    for _ in range(epochs):
        for i in rng.permutation(len(xs)):
            f = xs[i]
            z = bias + w[f].sum()
            p = 1.0 / (1.0 + np.exp(-z))
            g = p - ys[i]
            w[f] -= lr * (g + l2 * w[f])
            bias -= lr * g
    return w, bias


def quantize(w):
    scale = max(float(np.abs(w).max()) / 127.0, 1e-9)
    q = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
    return q, scale


def logit(q, scale, bias, f):
    return bias + scale * float(q[f].astype(np.int64).sum())


def score(q, scale, bias, f):
    return 1.0 / (1.0 + np.exp(-logit(q, scale, bias, f)))


def main():
    texts, classes, xs, ys, sets = load()
    if "--cv" in sys.argv or "--by-set" in sys.argv:
        # --cv: five random folds. --by-set: each development set scored by a model trained on
        # the others — a set's writer unseen, as the held-out sets' and real users' are.
        if "--by-set" in sys.argv:
            names = sorted(set(sets))
            folds = np.array([names.index(n) for n in sets])
        else:
            rng = np.random.default_rng(SEED)
            folds = rng.integers(0, 5, len(xs))
        probs = np.zeros(len(xs))
        for k in sorted(set(folds.tolist())):
            tr = [i for i in range(len(xs)) if folds[i] != k]
            w, b = train([xs[i] for i in tr], ys[tr])
            q, s = quantize(w)
            for i in range(len(xs)):
                if folds[i] == k:
                    probs[i] = score(q, s, b, xs[i])
        print(f"epochs {EPOCHS}, lr {LR}, l2 {L2}")
        def report(label, pred):
            tp = int((pred & (ys == 1)).sum())
            fp = int((pred & (ys == 0)).sum())
            fn = int((~pred & (ys == 1)).sum())
            p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
            print(f"{label}: precision {p:.3f} recall {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f}")

        for t in (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95):
            report(f"threshold {t:.2f}", probs >= t)
        # What a separate veto threshold would do: a reply a rule flagged stays flagged unless
        # the model's probability is below the veto; one no rule flagged needs the threshold.
        # (The evaluator uses one for both: "threshold 0.70, veto below 0.70" is what ships.)
        fired = np.array([c is not None and c != "custom" for c in classes])
        print(f"{int(fired.sum())} replies flagged by a rule, {int((fired & (ys == 0)).sum())} of them answers")
        for t in (0.6, 0.7, 0.8):
            for veto in (0.05, 0.1, 0.2, 0.3, 0.5, 0.7):
                pred = np.where(fired, probs >= veto, probs >= t)
                report(f"threshold {t:.2f}, veto below {veto:.2f}", pred)
        return
    w, b = train(xs, ys)
    q, s = quantize(w)
    out = os.path.join(ROOT, "src/eval/refusal/model.bin")
    with open(out, "wb") as f:
        f.write(b"AWRM" + struct.pack("<IIff", 1, BITS, s, b) + q.tobytes())
    print(f"{len(xs)} replies, {int(ys.sum())} refusals -> {out} ({os.path.getsize(out)} bytes)")
    # Scores for the Rust reader's unit test: every tenth reply, short and long.
    check = os.path.join(ROOT, "src/eval/refusal/model_check.txt")
    with open(check, "w", encoding="utf-8") as f:
        for i in range(0, len(texts), 97):
            if "\\" in texts[i]:
                continue  # the check file spells a line break "\\n"
            text = texts[i].replace("\n", "\\n")
            f.write(f"{logit(q, s, b, xs[i]):.5f} {classes[i] or 'none'} {text}\n")


if __name__ == "__main__":
    main()
