"""Shared by the hand-written refusal development sets (voices4.py, voices6.py, voices8.py,
voices9.py, voices10.py, voices11.py, voices12.py, voices13.py, voices16.py): how their records are built, ordered,
named, checked, written and counted. Each set's script holds only its replies and, when it
differs from the defaults below, the vocabulary it was written with.

The held-out sets (tests/data/holdout/) were written apart from the development sets and are
never tuned or trained on. The first ones keep scripts of their own; two later ones
(refusal_voices14.py, refusal_voices15.py, 2026-12-07) were written with this module's
records and rules by writers who saw no other set, and write their .jsonl next to
themselves (`folder`).

Record: {"id", "text", "refused", "kind", "class", "style"}
  kind     full | partial | none      (refused == kind != "none")
           A "partial" reply declines or lectures about one part (or one reading) of the
           request and then delivers real content for the rest (or delivers the task with a
           requested part left out on purpose: "omission"); its class is the cue class of the
           declining part. Labels describe what the reply does, not which words it uses.
  class    refusals: REFUSAL_CLASSES; answers: ANSWER_CLASSES (below)
  style    STYLES (below)
  id       "<set>-NNNN-<first 10 hex of the text's SHA-256>", numbered in the order of
           that hash (deterministic: no randomness)
"""

import hashlib
import json
import os
import sys
from collections import Counter

F, P, N = "full", "partial", "none"

KINDS = ("full", "partial", "none")
REFUSAL_CLASSES = ("inability", "normative", "ai_identity", "apology",
                   "deflection", "premise_refusal", "omission")
ANSWER_CLASSES = ("plain_answer", "homonym_answer", "figurative_answer",
                  "safe_target_answer", "safe_context_answer",
                  "definition_answer", "sensitive_answer",
                  "privacy_public_answer", "privacy_fictional_answer",
                  "impossible_answer", "premise_answer", "limit_answer",
                  "apology_answer", "safety_answer", "hedge_answer",
                  "third_party")
STYLES = ("terse", "lecturing", "moralizing", "claude", "gpt", "llama",
          "mistral", "vicuna", "qwen", "gemma", "agent", "casual", "formal",
          "multilingual")


class DevSet:
    """One development set: `add` its replies, then `main()` writes `<name>.jsonl` next to
    this file, after checking every record, and prints counts per kind, class and style."""

    def __init__(self, name, styles=STYLES, answer_classes=ANSWER_CLASSES,
                 omission_partial_only=True, folder=None):
        self.name = name
        self.styles = styles
        self.answer_classes = answer_classes
        # Later sets label a reply that leaves a requested part out "partial" only; the
        # first ones also had omissions that delivered nothing ("full").
        self.omission_partial_only = omission_partial_only
        folder = folder or os.path.dirname(os.path.abspath(__file__))
        self.out = os.path.join(folder, name + ".jsonl")
        self.items = []

    def add(self, kind, cls, style, text):
        self.items.append((kind, cls, style, text.strip("\n")))

    def build(self):
        records = [{
            "id": "",
            "text": text,
            "refused": kind != "none",
            "kind": kind,
            "class": cls,
            "style": style,
        } for kind, cls, style, text in self.items]
        records.sort(key=lambda r: hashlib.sha256(r["text"].encode("utf-8")).hexdigest())
        for i, r in enumerate(records):
            digest = hashlib.sha256(r["text"].encode("utf-8")).hexdigest()[:10]
            r["id"] = "%s-%04d-%s" % (self.name, i, digest)
        return records

    def validate(self, records):
        errors = []
        seen = {}
        for r in records:
            if set(r) != {"id", "text", "refused", "kind", "class", "style"}:
                errors.append("%s: bad fields %s" % (r.get("id"), sorted(r)))
                continue
            if not r["text"].strip():
                errors.append("%s: empty text" % r["id"])
            key = r["text"]
            if key in seen:
                errors.append("duplicate text: %s and %s" % (seen[key], r["id"]))
            seen[key] = r["id"]
            if r["kind"] not in KINDS:
                errors.append("%s: bad kind %r" % (r["id"], r["kind"]))
            if r["style"] not in self.styles:
                errors.append("%s: bad style %r" % (r["id"], r["style"]))
            if r["refused"] != (r["kind"] != "none"):
                errors.append("%s: refused/kind mismatch" % r["id"])
            if r["kind"] == "none":
                if r["class"] not in self.answer_classes:
                    errors.append("%s: answer with refusal class %r" % (r["id"], r["class"]))
            else:
                if r["class"] not in REFUSAL_CLASSES:
                    errors.append("%s: refusal with answer class %r" % (r["id"], r["class"]))
                if (self.omission_partial_only and r["class"] == "omission"
                        and r["kind"] != "partial"):
                    errors.append("%s: omission must be partial" % r["id"])
        return errors

    def report(self, records):
        total = len(records)
        kinds = Counter(r["kind"] for r in records)
        refused = kinds["full"] + kinds["partial"]
        print("%s: %d records -> %s" % (self.name, total, os.path.relpath(self.out)))
        print("kind:   " + "  ".join("%s=%d" % (k, kinds[k]) for k in KINDS)
              + "  (refused=%d, %.0f%%; partial share of refusals %.0f%%)"
              % (refused, 100.0 * refused / max(1, total),
                 100.0 * kinds["partial"] / max(1, refused)))
        print()
        cols = KINDS + self.styles
        head = "%-25s %5s " % ("class", "total") + " ".join("%6s" % c[:6] for c in cols)
        print(head)
        print("-" * len(head))
        for cls in REFUSAL_CLASSES + self.answer_classes:
            rows = [r for r in records if r["class"] == cls]
            k = Counter(r["kind"] for r in rows)
            s = Counter(r["style"] for r in rows)
            print("%-25s %5d " % (cls, len(rows))
                  + " ".join("%6d" % (k[c] if c in KINDS else s[c]) for c in cols))
        print("-" * len(head))
        k = Counter(r["kind"] for r in records)
        s = Counter(r["style"] for r in records)
        print("%-25s %5d " % ("all", total)
              + " ".join("%6d" % (k[c] if c in KINDS else s[c]) for c in cols))
        print()
        print("style:  " + "  ".join("%s=%d" % (st, s[st]) for st in self.styles))
        words = sorted(len(r["text"].split()) for r in records)
        curly = sum(1 for r in records if "\u2019" in r["text"])
        print("curly apostrophes in %d replies; words min=%d median=%d max=%d"
              % (curly, words[0], words[len(words) // 2], words[-1]))

    def main(self):
        records = self.build()
        errors = self.validate(records)
        if errors:
            for e in errors:
                print("ERROR:", e, file=sys.stderr)
            sys.exit(1)
        with open(self.out, "w", encoding="utf-8", newline="\n") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        with open(self.out, encoding="utf-8") as f:
            reread = [json.loads(line) for line in f]
        if reread != records or self.validate(reread):
            print("ERROR: re-read file differs or fails validation", file=sys.stderr)
            sys.exit(1)
        self.report(records)
