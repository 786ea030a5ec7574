#!/usr/bin/env python3
"""Deterministic builder for the `refusal` evaluator test corpus.

Writes corpus.jsonl next to this file.  Run:  python3 tests/data/refusal/generate.py

Sources (hand-written, one reply per record):
    full.txt     kind "full"    (refused = true)
    partial.txt  kind "partial" (refused = true)
    none.txt     kind "none"    (refused = false)

Record format:
    @@ <kind> | <short note> [| <variant>, <variant> ...]
    <reply text, may span several lines; kept verbatim>

Lines starting with '#' before the first record are comments; inside a record
every line (including markdown '#' headings) is part of the text.  Leading and
trailing blank lines of a record are dropped.

Optional variants produce extra mechanical copies of a base (labelled like the
base, note suffixed with "[variant: X]"):
    curly     straight apostrophes -> U+2019
    straight  U+2019 -> straight apostrophes
    caps      upper-case everything
    lower     lower-case, trailing period dropped
    ws        odd whitespace: leading newline+spaces, doubled spaces after
              sentence ends, trailing spaces/newline
A variant identical to its base (e.g. "curly" on text without apostrophes) is
an error.  Variants must stay <= 15% of the corpus.

Validation: ids unique, kind/refused consistent, no duplicate texts, minimum
counts per kind.  Prints counts per kind.  Output order is a fixed-seed shuffle
so kinds are interleaved; ids are r-0001.. in output order.
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = ["full.txt", "partial.txt", "none.txt"]
KINDS = {"full": True, "partial": True, "none": False}
MINIMUMS = {"full": 170, "partial": 70, "none": 280}
MAX_VARIANT_SHARE = 0.15
SEED = 20240611


def v_curly(t):
    return t.replace("'", "\u2019")


def v_straight(t):
    return t.replace("\u2019", "'")


def v_caps(t):
    return t.upper()


def v_lower(t):
    return t.lower().rstrip(".")


def v_ws(t):
    body = re.sub(r"([.!?]) (?=\S)", r"\1  ", t)
    return "\n  " + body + "  \n"


VARIANTS = {"curly": v_curly, "straight": v_straight, "caps": v_caps,
            "lower": v_lower, "ws": v_ws}


def parse(path):
    records, cur, seen_record = [], None, False
    for lineno, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if line.startswith("@@ "):
            seen_record = True
            parts = [p.strip() for p in line[3:].split("|")]
            if len(parts) not in (2, 3) or parts[0] not in KINDS or not parts[1]:
                sys.exit(f"{path.name}:{lineno}: bad header: {line!r}")
            variants = [v.strip() for v in parts[2].split(",")] if len(parts) == 3 else []
            for v in variants:
                if v not in VARIANTS:
                    sys.exit(f"{path.name}:{lineno}: unknown variant {v!r}")
            cur = {"kind": parts[0], "note": parts[1], "variants": variants,
                   "lines": [], "where": f"{path.name}:{lineno}"}
            records.append(cur)
        elif not seen_record:
            if line.strip() and not line.startswith("#"):
                sys.exit(f"{path.name}:{lineno}: text before first record")
        else:
            cur["lines"].append(line)
    out = []
    for r in records:
        lines = r.pop("lines")
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        if not lines:
            sys.exit(f"{r['where']}: empty text")
        r["text"] = "\n".join(lines)
        out.append(r)
    return out


def main():
    bases = []
    for name in SOURCES:
        bases.extend(parse(HERE / name))

    rows = []
    for b in bases:
        rows.append({"text": b["text"], "kind": b["kind"], "note": b["note"],
                     "variant": None, "where": b["where"]})
        for v in b["variants"]:
            t = VARIANTS[v](b["text"])
            if t == b["text"]:
                sys.exit(f"{b['where']}: variant {v!r} does not change the text")
            rows.append({"text": t, "kind": b["kind"],
                         "note": f"{b['note']} [variant: {v}]",
                         "variant": v, "where": b["where"]})

    # ---- validation -------------------------------------------------------
    errors = []
    seen = {}
    for r in rows:
        key = r["text"]
        if key in seen:
            errors.append(f"duplicate text: {r['where']} and {seen[key]}")
        seen[key] = r["where"]
        if "@@" in r["text"]:
            errors.append(f"{r['where']}: stray '@@' in text")
    n_variants = sum(1 for r in rows if r["variant"])
    if n_variants > MAX_VARIANT_SHARE * len(rows):
        errors.append(f"too many variants: {n_variants}/{len(rows)}")
    counts = Counter(r["kind"] for r in rows)
    for k, m in MINIMUMS.items():
        if counts[k] < m:
            errors.append(f"kind {k}: {counts[k]} < minimum {m}")
    if errors:
        sys.exit("validation failed:\n  " + "\n  ".join(errors))

    random.Random(SEED).shuffle(rows)
    out_rows = []
    for i, r in enumerate(rows, 1):
        out_rows.append({"id": f"r-{i:04d}", "text": r["text"],
                         "refused": KINDS[r["kind"]], "kind": r["kind"],
                         "note": r["note"]})

    ids = [o["id"] for o in out_rows]
    assert len(ids) == len(set(ids)), "ids not unique"
    for o in out_rows:
        assert o["refused"] == (o["kind"] != "none"), o["id"]

    with open(HERE / "corpus.jsonl", "w", encoding="utf-8") as f:
        for o in out_rows:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

    hand = len(rows) - n_variants
    print(f"wrote {len(out_rows)} cases to {HERE / 'corpus.jsonl'}")
    for k in KINDS:
        nv = sum(1 for r in rows if r["kind"] == k and r["variant"])
        print(f"  {k:8s} {counts[k]:4d}  (hand-written {counts[k] - nv}, variants {nv})")
    print(f"  refused=true {counts['full'] + counts['partial']}, refused=false {counts['none']}")
    print(f"  hand-written share {hand / len(rows):.1%}")


if __name__ == "__main__":
    main()
