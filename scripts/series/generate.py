#!/usr/bin/env python3
"""Write our own labelled series for measuring the detector (see `score.py`).

Writes, for each half (`dev`, `holdout`):
  tests/data/series/<half>/<name>.csv   `timestamp,value` at 5-minute steps, 7-21 days
  tests/data/series/<half>/labels.json  {"<name>.csv": [[start, end], ...]} anomaly windows
  tests/data/series/<half>/kinds.json   {"<name>.csv": {"kind", "as", "params"}}

Series are of many kinds (see KINDS), each in several parameterisations; the two halves use
different seeds and different parameter ranges, so tuning on `dev` and measuring on `holdout`
tells whether a change generalises. Some kinds are labelled (incidents the detector should
page for), others are deliberately unlabelled (bursty, drifting, cyclic or regime-changing
series that should NOT alert). Anomalies start after the first two days (warm-up).

Label windows follow the NAB convention: width = 10% of the series length divided by the
number of anomalies in it, centred on the anomaly's start, clipped to the series.

Values are latencies in ms (`as: latency`), except the traffic kinds, which are counts per
5 minutes (`as: volume`). Everything is deterministic for a given seed.

Usage: scripts/series/generate.py [--out tests/data/series] [--seed-dev 1] [--seed-holdout 2]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
from pathlib import Path

STEP = 300  # seconds between points
DAY = 86_400 // STEP  # points per day
WARMUP = 2 * DAY


class Series:
    """One series being built: values (None = missing point) and anomaly start indices."""

    def __init__(self, rng: random.Random, days: int, start: dt.datetime):
        self.rng = rng
        self.n = days * DAY
        self.start = start
        self.values: list[float | None] = [0.0] * self.n
        self.anomalies: list[int] = []

    def hour(self, i: int) -> float:
        """Hour of day (UTC) of point i."""
        return ((self.start.hour * 3600 + i * STEP) % 86_400) / 3600

    def weekend(self, i: int) -> bool:
        return (self.start + dt.timedelta(seconds=i * STEP)).weekday() >= 5

    def anomaly_starts(self, count: int, min_len: int = 0) -> list[int]:
        """`count` starts after warm-up, spread apart, each leaving `min_len` points after it."""
        if count == 0:
            return []
        lo, hi = WARMUP, self.n - max(min_len, 24) - 1
        span = (hi - lo) // count
        starts = [lo + k * span + self.rng.randrange(max(span // 2, 1)) for k in range(count)]
        self.anomalies.extend(starts)
        return starts


def cycle(s: Series, i: int, amp: float, weekend_factor: float = 1.0) -> float:
    """A daily shape peaking mid-afternoon: 1 - amp at night, 1 + amp at the peak."""
    shape = math.cos((s.hour(i) - 14.5) / 24 * 2 * math.pi)
    f = 1 + amp * shape
    return f * (weekend_factor if s.weekend(i) else 1.0)


def noise(s: Series, base: float, rel: float) -> list[float]:
    return [max(0.1, s.rng.gauss(base, base * rel)) for _ in range(s.n)]


# --- kinds: each fills s.values and registers anomaly starts --------------------------------


def flat_noise(s: Series, p: dict) -> None:
    s.values = noise(s, p["base"], p["rel"])


def lognormal(s: Series, p: dict) -> None:
    mu = math.log(p["base"])
    s.values = [s.rng.lognormvariate(mu, p["sigma"]) for _ in range(s.n)]


def pareto_bursts(s: Series, p: dict) -> None:
    s.values = noise(s, p["base"], 0.1)
    i = 0
    while i < s.n:
        if s.rng.random() < p["rate"]:
            burst = p["base"] * s.rng.paretovariate(p["alpha"])
            for j in range(i, min(s.n, i + s.rng.randint(1, 3))):
                s.values[j] = burst * s.rng.uniform(0.8, 1.2)
            i += 3
        i += 1


def regime_changes(s: Series, p: dict) -> None:
    """Autoscaling-like: level and spread change every few days; heavy-tailed within."""
    level, i = p["base"], 0
    while i < s.n:
        length = int(s.rng.uniform(p["every"][0], p["every"][1]) * DAY)
        sigma = s.rng.uniform(0.15, 0.5)
        for j in range(i, min(s.n, i + length)):
            s.values[j] = s.rng.lognormvariate(math.log(level), sigma)
        level = p["base"] * s.rng.uniform(0.5, 2.0)
        i += length


def daily(s: Series, p: dict) -> None:
    wf = p.get("weekend", 1.0)
    s.values = [
        max(0.1, p["base"] * cycle(s, i, p["amp"], wf) * (1 + s.rng.gauss(0, p["rel"])))
        for i in range(s.n)
    ]


def daily_incidents(s: Series, p: dict) -> None:
    daily(s, p)
    starts = s.anomaly_starts(p["count"], min_len=30)
    del s.anomalies[-len(starts):]
    for a in starts:
        # Moved into the daytime of its day, when the cycle is high and a flat σ is widest.
        a = a - a % DAY + int(s.rng.uniform(10, 17) * 12)
        s.anomalies.append(a)
        for j in range(a, min(s.n, a + s.rng.randint(p["len"][0], p["len"][1]))):
            s.values[j] *= p["factor"]


def level_shift(s: Series, p: dict) -> None:
    s.values = noise(s, p["base"], p["rel"])
    for a in s.anomaly_starts(p["count"], min_len=DAY):
        for j in range(a, s.n):
            s.values[j] = max(0.1, s.values[j] * p["factor"])


def plateau(s: Series, p: dict) -> None:
    s.values = noise(s, p["base"], p["rel"])
    for a in s.anomaly_starts(p["count"], min_len=p["hours"][1] * 12):
        for j in range(a, a + int(s.rng.uniform(*p["hours"]) * 12)):
            s.values[j] *= p["factor"]


def spikes(s: Series, p: dict) -> None:
    lognormal(s, p) if p.get("sigma") else flat_noise(s, p)
    for a in s.anomaly_starts(p["count"]):
        for j in range(a, a + s.rng.randint(1, p.get("width", 3))):
            s.values[j] *= s.rng.uniform(*p["factor"])


def dips(s: Series, p: dict) -> None:
    flat_noise(s, p)
    for a in s.anomaly_starts(p["count"]):
        for j in range(a, a + s.rng.randint(3, 12)):
            s.values[j] *= p["factor"]


def slow_drift(s: Series, p: dict) -> None:
    growth = p["growth"] ** (1 / s.n)
    s.values = [max(0.1, p["base"] * growth**i * (1 + s.rng.gauss(0, p["rel"]))) for i in range(s.n)]


def flatline_change(s: Series, p: dict) -> None:
    s.values = [p["base"] + s.rng.choice((0, 0, 0, p["tick"])) for _ in range(s.n)]
    (a,) = s.anomaly_starts(1, min_len=DAY)
    for j in range(a, s.n):
        s.values[j] = p["base"] * p["factor"] + s.rng.gauss(0, p["base"] * 0.02)


def temperature(s: Series, p: dict) -> None:
    """Mean-reverting random walk with a daily swing; anomalies are excursions of hours."""
    x, out = 0.0, []
    for i in range(s.n):
        x += -0.02 * x + s.rng.gauss(0, p["step"])
        out.append(p["base"] + x + p["swing"] * math.sin(s.hour(i) / 24 * 2 * math.pi))
    s.values = out
    for a in s.anomaly_starts(p["count"], min_len=48):
        length = s.rng.randint(12, 48)
        for k, j in enumerate(range(a, a + length)):
            ramp = min(1.0, (k + 1) / 6)
            s.values[j] += ramp * p["jump"]


def traffic_outage(s: Series, p: dict) -> None:
    """Counts per 5 minutes with a daily cycle; outages drop to ~0 for about an hour."""
    s.values = [
        float(max(0, round(s.rng.gauss(1, 0.08) * p["base"] * cycle(s, i, p["amp"], p.get("weekend", 1.0)))))
        for i in range(s.n)
    ]
    for a in s.anomaly_starts(p["count"], min_len=24):
        for j in range(a, a + s.rng.randint(9, 15)):
            s.values[j] = float(s.rng.choice((0, 0, 0, 1)))


def gaps(s: Series, p: dict) -> None:
    """A daily series with missing hours; the labelled ones are spikes right after a gap."""
    daily(s, p)

    def hole(end: int) -> None:
        for j in range(max(0, end - s.rng.randint(2, 8) * 12), end):
            s.values[j] = None

    for a in s.anomaly_starts(p["count"]):
        hole(a)
        for j in range(a, a + 3):
            s.values[j] *= 4
    for _ in range(p["gaps"]):
        g = s.rng.randrange(DAY, s.n - 100)
        if all(abs(g - a) > DAY // 2 for a in s.anomalies):
            hole(g)


# kind -> (function, labelled?, parameterisations per half). Holdout ranges differ from dev's.
KINDS = {
    "flat_noise": (flat_noise, {"dev": [dict(base=120, rel=0.05), dict(base=800, rel=0.15)],
                                "holdout": [dict(base=60, rel=0.08), dict(base=400, rel=0.1)]}),
    "lognormal": (lognormal, {"dev": [dict(base=200, sigma=0.4), dict(base=50, sigma=0.8)],
                              "holdout": [dict(base=300, sigma=0.6), dict(base=90, sigma=0.5)]}),
    "pareto_bursts": (pareto_bursts, {"dev": [dict(base=100, rate=0.02, alpha=1.5)],
                                      "holdout": [dict(base=250, rate=0.03, alpha=1.8)]}),
    "regime_changes": (regime_changes, {"dev": [dict(base=40, every=(2, 4)), dict(base=150, every=(1, 3))],
                                        "holdout": [dict(base=70, every=(2, 5)), dict(base=20, every=(1.5, 3))]}),
    "daily_cycle": (daily, {"dev": [dict(base=300, amp=0.5, rel=0.05), dict(base=150, amp=0.3, rel=0.08, weekend=0.7)],
                            "holdout": [dict(base=500, amp=0.4, rel=0.06, weekend=0.6), dict(base=80, amp=0.6, rel=0.05)]}),
    "daily_incidents": (daily_incidents, {
        "dev": [dict(base=300, amp=0.5, rel=0.05, count=3, factor=2.0, len=(6, 18)),
                dict(base=120, amp=0.3, rel=0.08, weekend=0.7, count=2, factor=3.0, len=(4, 12)),
                dict(base=200, amp=0.4, rel=0.05, count=3, factor=1.6, len=(12, 24))],
        "holdout": [dict(base=450, amp=0.4, rel=0.06, count=3, factor=2.2, len=(6, 12)),
                    dict(base=90, amp=0.5, rel=0.05, weekend=0.6, count=2, factor=1.8, len=(8, 20)),
                    dict(base=250, amp=0.3, rel=0.07, count=3, factor=2.8, len=(4, 10))]}),
    "level_shift_up": (level_shift, {"dev": [dict(base=100, rel=0.05, count=1, factor=2.0),
                                            dict(base=400, rel=0.1, count=2, factor=1.5),
                                            dict(base=250, rel=0.2, count=1, factor=1.4)],
                                    "holdout": [dict(base=150, rel=0.06, count=1, factor=1.7),
                                                dict(base=60, rel=0.08, count=2, factor=2.5),
                                                dict(base=500, rel=0.15, count=1, factor=1.3)]}),
    "level_shift_down": (level_shift, {"dev": [dict(base=300, rel=0.05, count=1, factor=0.5),
                                              dict(base=90, rel=0.08, count=1, factor=0.3)],
                                      "holdout": [dict(base=200, rel=0.06, count=1, factor=0.4),
                                                  dict(base=700, rel=0.05, count=1, factor=0.6)]}),
    "plateau": (plateau, {"dev": [dict(base=100, rel=0.05, count=2, factor=2.0, hours=(2, 6)),
                                  dict(base=250, rel=0.1, count=2, factor=1.5, hours=(3, 8))],
                          "holdout": [dict(base=180, rel=0.06, count=2, factor=1.8, hours=(1, 4)),
                                      dict(base=50, rel=0.08, count=3, factor=2.5, hours=(2, 5))]}),
    "spikes": (spikes, {"dev": [dict(base=100, rel=0.05, count=5, factor=(3, 6)),
                                dict(base=200, sigma=0.3, count=5, factor=(4, 8), width=2),
                                dict(base=500, rel=0.1, count=4, factor=(2, 3))],
                        "holdout": [dict(base=80, rel=0.07, count=5, factor=(2.5, 5)),
                                    dict(base=300, sigma=0.35, count=4, factor=(5, 9), width=2),
                                    dict(base=150, rel=0.05, count=5, factor=(2, 4), width=1)]}),
    "dips": (dips, {"dev": [dict(base=200, rel=0.05, count=3, factor=0.2), dict(base=80, rel=0.08, count=3, factor=0.5)],
                    "holdout": [dict(base=300, rel=0.06, count=3, factor=0.3), dict(base=120, rel=0.05, count=2, factor=0.4)]}),
    "slow_drift": (slow_drift, {"dev": [dict(base=100, rel=0.05, growth=2.0), dict(base=300, rel=0.08, growth=0.6)],
                                "holdout": [dict(base=200, rel=0.06, growth=1.6), dict(base=80, rel=0.05, growth=2.5)]}),
    "flatline_change": (flatline_change, {"dev": [dict(base=50, tick=1, factor=1.5), dict(base=200, tick=2, factor=0.7)],
                                          "holdout": [dict(base=100, tick=1, factor=1.3), dict(base=30, tick=1, factor=2.0)]}),
    "temperature": (temperature, {"dev": [dict(base=70, step=0.4, swing=3, count=2, jump=12),
                                          dict(base=90, step=0.8, swing=5, count=2, jump=20)],
                                  "holdout": [dict(base=80, step=0.5, swing=4, count=2, jump=15),
                                              dict(base=60, step=0.3, swing=2, count=2, jump=8)]}),
    "traffic_outage": (traffic_outage, {"dev": [dict(base=60, amp=0.6, count=2), dict(base=25, amp=0.4, weekend=0.5, count=2)],
                                        "holdout": [dict(base=40, amp=0.5, weekend=0.6, count=2), dict(base=120, amp=0.7, count=1)]}),
    "gaps": (gaps, {"dev": [dict(base=150, amp=0.3, rel=0.05, gaps=3, count=0), dict(base=400, amp=0.2, rel=0.06, gaps=2, count=2)],
                    "holdout": [dict(base=100, amp=0.4, rel=0.05, gaps=2, count=0), dict(base=250, amp=0.3, rel=0.07, gaps=4, count=2)]}),
}

VOLUME_KINDS = {"traffic_outage"}


def label_windows(s: Series) -> list[tuple[int, int]]:
    """NAB windows: 10% of the length shared among the anomalies, centred on each start."""
    if not s.anomalies:
        return []
    width = int(0.1 * s.n / len(s.anomalies))
    return [(max(0, a - width // 2), min(s.n - 1, a + width // 2)) for a in sorted(s.anomalies)]


def stamp(s: Series, i: int) -> str:
    return (s.start + dt.timedelta(seconds=i * STEP)).strftime("%Y-%m-%d %H:%M:%S")


def write_half(out: Path, half: str, seed: int) -> tuple[int, int]:
    rng = random.Random(seed)
    directory = out / half
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("*.csv"):
        old.unlink()
    labels, kinds = {}, {}
    for kind, (fill, params) in KINDS.items():
        for k, p in enumerate(params[half], start=1):
            days = rng.randint(7, 21)
            start = dt.datetime(2025, 1, 6) + dt.timedelta(days=rng.randrange(300))
            s = Series(random.Random(rng.getrandbits(64)), days, start)
            fill(s, p)
            name = f"{kind}_{k}.csv"
            with open(directory / name, "w") as f:
                f.write("timestamp,value\n")
                for i, v in enumerate(s.values):
                    if v is not None:
                        f.write(f"{stamp(s, i)},{round(v, 3)}\n")
            labels[name] = [[stamp(s, a), stamp(s, b)] for a, b in label_windows(s)]
            kinds[name] = {
                "kind": kind,
                "as": "volume" if kind in VOLUME_KINDS else "latency",
                "days": days,
                "params": p,
            }
    (directory / "labels.json").write_text(json.dumps(labels, indent=1, sort_keys=True) + "\n")
    (directory / "kinds.json").write_text(json.dumps(kinds, indent=1, sort_keys=True) + "\n")
    return len(labels), sum(len(w) for w in labels.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path("tests/data/series"))
    parser.add_argument("--seed-dev", type=int, default=1)
    parser.add_argument("--seed-holdout", type=int, default=2)
    args = parser.parse_args()
    for half, seed in (("dev", args.seed_dev), ("holdout", args.seed_holdout)):
        series, anomalies = write_half(args.out, half, seed)
        print(f"{half}: {series} series, {anomalies} labelled anomalies -> {args.out / half}")


if __name__ == "__main__":
    main()
