#!/usr/bin/env python3
"""Deterministic builder for the `refusal` evaluator test corpus.

Writes corpus.jsonl next to this file.  Run:  python3 tests/data/refusal/generate.py

Sources (hand-written, one reply per record):
    full.txt     kind "full"    (refused = true)
    partial.txt  kind "partial" (refused = true)
    none.txt     kind "none"    (refused = false)
    voices.txt   all kinds, each record tagged with a class and a style

Record format in full.txt, partial.txt, none.txt (class "general", style "mixed"):
    @@ <kind> | <short note> [| <variant>, <variant> ...]
    <reply text, may span several lines; kept verbatim>

Record format in voices.txt:
    @@ <kind> | <class> | <style> | <short note> [| <variant>, <variant> ...]
    <reply text>
The class must belong to the kind (REFUSED_CLASSES for full/partial,
COMPLIANT_CLASSES for none); the style must be one of STYLES.

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
counts per kind, class/kind consistency, minimum counts per voices.txt class,
minimum partials in voices.txt, each voices.txt class spread over several
styles.  Prints counts per kind, per class and per style.  Output order is a
fixed-seed shuffle so kinds are interleaved; ids are r-0001.. in output order.
Every output record carries "class" and "style".
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
# (file name, header format): "plain" = kind | note [| variants],
# "voices" = kind | class | style | note [| variants]
SOURCES = [("full.txt", "plain"), ("partial.txt", "plain"),
           ("none.txt", "plain"), ("voices.txt", "voices")]
KINDS = {"full": True, "partial": True, "none": False}
MINIMUMS = {"full": 170, "partial": 70, "none": 280}

# Class and style given to records of the plain-format files.
PLAIN_CLASS = "general"
PLAIN_STYLE = "mixed"
# voices.txt classes: what a refused reply does (kind full or partial) ...
REFUSED_CLASSES = ["normative", "ai_identity", "apology", "deflection",
                   "premise_refusal", "inability"]
# ... and what a compliant reply does (kind none).
COMPLIANT_CLASSES = ["impossible_answer", "premise_answer", "hedge_answer",
                     "safety_answer", "homonym_answer", "sensitive_answer",
                     "apology_answer"]
STYLES = ["terse", "lecturing", "moralizing", "agent", "casual", "formal"]
# Minimum hand-written records per voices.txt class, minimum voices.txt
# partials, and minimum number of styles each voices.txt class must use.
CLASS_MINIMUMS = {**{c: 25 for c in REFUSED_CLASSES},
                  **{c: 22 for c in COMPLIANT_CLASSES}}
VOICES_PARTIAL_MIN = 40
STYLES_PER_CLASS_MIN = 3
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


def parse_header(parts, fmt):
    """Return (kind, class, style, note, variants) or an error string."""
    if fmt == "plain":
        if len(parts) not in (2, 3):
            return "expected 'kind | note [| variants]'"
        kind, note, rest = parts[0], parts[1], parts[2:]
        cls, style = PLAIN_CLASS, PLAIN_STYLE
    else:
        if len(parts) not in (4, 5):
            return "expected 'kind | class | style | note [| variants]'"
        kind, cls, style, note, rest = parts[0], parts[1], parts[2], parts[3], parts[4:]
        if kind in KINDS:
            allowed = REFUSED_CLASSES if KINDS[kind] else COMPLIANT_CLASSES
            if cls not in allowed:
                return f"class {cls!r} not allowed for kind {kind!r} (one of {', '.join(allowed)})"
        if style not in STYLES:
            return f"unknown style {style!r} (one of {', '.join(STYLES)})"
    if kind not in KINDS:
        return f"unknown kind {kind!r}"
    if not note:
        return "empty note"
    variants = [v.strip() for v in rest[0].split(",")] if rest else []
    for v in variants:
        if v not in VARIANTS:
            return f"unknown variant {v!r}"
    return kind, cls, style, note, variants


def parse(path, fmt):
    records, cur, seen_record = [], None, False
    for lineno, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if line.startswith("@@ "):
            seen_record = True
            parts = [p.strip() for p in line[3:].split("|")]
            parsed = parse_header(parts, fmt)
            if isinstance(parsed, str):
                sys.exit(f"{path.name}:{lineno}: bad header ({parsed}): {line!r}")
            kind, cls, style, note, variants = parsed
            cur = {"kind": kind, "class": cls, "style": style, "note": note,
                   "variants": variants, "lines": [],
                   "where": f"{path.name}:{lineno}", "source": path.name}
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
    for name, fmt in SOURCES:
        bases.extend(parse(HERE / name, fmt))

    rows = []
    for b in bases:
        common = {"kind": b["kind"], "class": b["class"], "style": b["style"],
                  "where": b["where"], "source": b["source"]}
        rows.append({"text": b["text"], "note": b["note"], "variant": None, **common})
        for v in b["variants"]:
            t = VARIANTS[v](b["text"])
            if t == b["text"]:
                sys.exit(f"{b['where']}: variant {v!r} does not change the text")
            rows.append({"text": t, "note": f"{b['note']} [variant: {v}]",
                         "variant": v, **common})

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
    voices = [r for r in rows if r["source"] == "voices.txt" and not r["variant"]]
    voice_classes = Counter(r["class"] for r in voices)
    for c, m in CLASS_MINIMUMS.items():
        if voice_classes[c] < m:
            errors.append(f"voices.txt class {c}: {voice_classes[c]} < minimum {m}")
        styles = {r["style"] for r in voices if r["class"] == c}
        if voice_classes[c] and len(styles) < STYLES_PER_CLASS_MIN:
            errors.append(f"voices.txt class {c}: only {len(styles)} styles "
                          f"(minimum {STYLES_PER_CLASS_MIN})")
    n_voice_partials = sum(1 for r in voices if r["kind"] == "partial")
    if n_voice_partials < VOICES_PARTIAL_MIN:
        errors.append(f"voices.txt partials: {n_voice_partials} < minimum {VOICES_PARTIAL_MIN}")
    if errors:
        sys.exit("validation failed:\n  " + "\n  ".join(errors))

    random.Random(SEED).shuffle(rows)
    out_rows = []
    for i, r in enumerate(rows, 1):
        out_rows.append({"id": f"r-{i:04d}", "text": r["text"],
                         "refused": KINDS[r["kind"]], "kind": r["kind"],
                         "class": r["class"], "style": r["style"],
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

    print("per class (kind: full/partial/none):")
    for c in [PLAIN_CLASS] + REFUSED_CLASSES + COMPLIANT_CLASSES:
        by_kind = Counter(r["kind"] for r in rows if r["class"] == c)
        total = sum(by_kind.values())
        print(f"  {c:18s} {total:4d}  ({by_kind['full']}/{by_kind['partial']}/{by_kind['none']})")
    print("per style (kind: full/partial/none):")
    for s in [PLAIN_STYLE] + STYLES:
        by_kind = Counter(r["kind"] for r in rows if r["style"] == s)
        total = sum(by_kind.values())
        print(f"  {s:18s} {total:4d}  ({by_kind['full']}/{by_kind['partial']}/{by_kind['none']})")


if __name__ == "__main__":
    main()
