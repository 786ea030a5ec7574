#!/usr/bin/env python3
"""Score the detector on labelled series: replay each CSV through the real pipeline and count
which labelled anomalies fire an alert and how many alerts fire outside them.

For every `<name>.csv` in DIR (labels in DIR/labels.json, NAB's format
{"<name>.csv": [[start, end], ...]}; kinds in DIR/kinds.json when present, see generate.py):
  1. a fresh temp dir, a pipeline file there: --config's (or the built-in defaults) with the
     store replaced by an SQLite file in the temp dir;
  2. `agentwatch replay --config FILE --csv <name>.csv --as latency|volume`;
  3. the `alerts` table: every transition to `firing` (of --rule, or of any rule) whose
     window_start lies inside a labelled window [start, end] makes that window *detected*;
     one outside every labelled window is a *false* transition.

Prints per series, per kind and totals (detected/labelled, false transitions, the most false
transitions of one series) and writes the same as JSON to --json (default: a temp file, whose
path is printed). Exits 1 when a replay failed outright (no summary line printed).

Usage: scripts/series/score.py DIR [--binary target/release/agentwatch] [--as latency|volume|auto]
                               [--rule NAME] [-j 2] [--config BASE.yaml] [--json OUT.json]
"""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime as dt
import json
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def parse_time(text: str) -> int:
    """Unix ns of a label timestamp (`YYYY-MM-DD HH:MM:SS[.f]` UTC, RFC 3339, or Unix seconds)."""
    text = text.strip()
    if re.fullmatch(r"\d+(\.\d*)?", text):
        return round(float(text) * 1e9)
    t = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.timezone.utc)
    return round(t.timestamp()) * 1_000_000_000 + t.microsecond * 1000


def without_store(config: str) -> str:
    """The pipeline text minus its top-level `store:` section (replaced by ours)."""
    out, skipping = [], False
    for line in config.splitlines():
        top_level = line and not line[0].isspace() and not line.startswith("#")
        if top_level:
            skipping = line.startswith("store:")
        if not skipping:
            out.append(line)
    return "\n".join(out) + "\n"


def replay_one(csv: Path, args: argparse.Namespace, base_config: str, mode: str) -> dict:
    """Replay one series in its own store; returns the firing transitions and the run's output."""
    with tempfile.TemporaryDirectory(prefix="series-score-") as tmp:
        db = Path(tmp) / "replay.db"
        config = Path(tmp) / "pipeline.yaml"
        config.write_text(f"{base_config}store:\n  kind: sqlite\n  path: {db}\n")
        cmd = [str(args.binary), "replay", "--config", str(config), "--csv", str(csv.resolve()), "--as", mode]
        started = time.monotonic()
        run = subprocess.run(cmd, cwd=tmp, capture_output=True, text=True)
        seconds = time.monotonic() - started
        firing = []
        if db.exists():
            conn = sqlite3.connect(db)
            sql = "SELECT rule, dimension, window_start_ns FROM alerts WHERE state = 'firing'"
            params: tuple = ()
            if args.rule:
                sql += " AND rule = ?"
                params = (args.rule,)
            firing = [tuple(r) for r in conn.execute(sql + " ORDER BY window_start_ns", params)]
            conn.close()
    return {
        "exit": run.returncode,
        "stdout": run.stdout.strip(),
        "stderr": run.stderr.strip()[-2000:],
        "seconds": round(seconds, 1),
        "firing": firing,
    }


def judge(windows: list[tuple[int, int]], firing: list[tuple]) -> tuple[int, int, list[str]]:
    """(labelled windows detected, false firing transitions, rules that fired falsely)."""
    hit = [False] * len(windows)
    false, false_rules = 0, []
    for rule, _dimension, t in firing:
        inside = [k for k, (a, b) in enumerate(windows) if a <= t <= b]
        for k in inside:
            hit[k] = True
        if not inside:
            false += 1
            false_rules.append(rule)
    return sum(hit), false, false_rules


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dir", type=Path)
    parser.add_argument("--binary", type=Path, default=Path("target/release/agentwatch"))
    parser.add_argument("--as", dest="mode", choices=("latency", "volume", "auto"), default="latency",
                        help="how values become spans; auto: each series' `as` in kinds.json")
    parser.add_argument("--rule", help="count only this rule's alerts (default: every rule)")
    parser.add_argument("-j", "--jobs", type=int, default=2)
    parser.add_argument("--config", type=Path, help="base pipeline file (its store is replaced)")
    parser.add_argument("--json", type=Path, help="write the summary here")
    args = parser.parse_args()

    if not args.binary.exists():
        sys.exit(f"no binary at {args.binary} (build it: cargo build --release, or pass --binary)")
    labels = json.loads((args.dir / "labels.json").read_text())
    kinds_file = args.dir / "kinds.json"
    kinds = json.loads(kinds_file.read_text()) if kinds_file.exists() else {}
    base_config = without_store(args.config.read_text()) if args.config else ""
    files = sorted(args.dir.glob("*.csv"))
    if not files:
        sys.exit(f"no CSV files in {args.dir}")

    def mode_of(csv: Path) -> str:
        if args.mode != "auto":
            return args.mode
        return kinds.get(csv.name, {}).get("as", "latency")

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = {f: pool.submit(replay_one, f, args, base_config, mode_of(f)) for f in files}
        runs = {f.name: futures[f].result() for f in files}

    series = []
    for f in files:
        run = runs[f.name]
        windows = [(parse_time(a), parse_time(b)) for a, b in labels.get(f.name, [])]
        detected, false, false_rules = judge(windows, run["firing"])
        series.append({
            "series": f.name,
            "kind": kinds.get(f.name, {}).get("kind", "?"),
            "as": mode_of(f),
            "labelled": len(windows),
            "detected": detected,
            "false": false,
            "false_rules": sorted(set(false_rules)),
            "firing": len(run["firing"]),
            "exit": run["exit"],
            "seconds": run["seconds"],
            "replay": run["stdout"],
            "stderr": run["stderr"] if run["exit"] else "",
        })
    report(series, args)
    return 1 if any(s["exit"] and not s["replay"] for s in series) else 0


def totals(rows: list[dict]) -> dict:
    return {
        "series": len(rows),
        "labelled": sum(r["labelled"] for r in rows),
        "detected": sum(r["detected"] for r in rows),
        "false": sum(r["false"] for r in rows),
        "max_false_per_series": max((r["false"] for r in rows), default=0),
    }


def report(series: list[dict], args: argparse.Namespace) -> None:
    print(f"{'SERIES':<26} {'KIND':<18} {'AS':<8} {'DETECTED':>9} {'FALSE':>6} {'SECS':>6}")
    for s in series:
        flag = "" if s["exit"] == 0 else f"  (exit {s['exit']}: {s['stderr'].splitlines()[-1] if s['stderr'] else ''})"
        print(f"{s['series']:<26} {s['kind']:<18} {s['as']:<8} "
              f"{s['detected']:>4}/{s['labelled']:<4} {s['false']:>6} {s['seconds']:>6}{flag}")
    by_kind: dict[str, list[dict]] = {}
    for s in series:
        by_kind.setdefault(s["kind"], []).append(s)
    print(f"\n{'KIND':<18} {'SERIES':>6} {'DETECTED':>9} {'FALSE':>6} {'MAX FALSE':>9}")
    kinds = {}
    for kind, rows in sorted(by_kind.items()):
        t = kinds[kind] = totals(rows)
        print(f"{kind:<18} {t['series']:>6} {t['detected']:>4}/{t['labelled']:<4} {t['false']:>6} "
              f"{t['max_false_per_series']:>9}")
    t = totals(series)
    rule = args.rule or "any rule"
    print(f"\nTOTAL ({rule}, {args.dir}): {t['detected']}/{t['labelled']} labelled anomalies fired, "
          f"{t['false']} firing transitions outside them, at most {t['max_false_per_series']} in one series")
    summary = {"dir": str(args.dir), "rule": args.rule, "as": args.mode, "total": t, "kinds": kinds,
               "series": series}
    out = args.json
    if out is None:
        out = Path(tempfile.mkstemp(prefix="series-score-", suffix=".json")[1])
    out.write_text(json.dumps(summary, indent=1) + "\n")
    print(f"summary: {out}")


if __name__ == "__main__":
    sys.exit(main())
