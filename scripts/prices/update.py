#!/usr/bin/env python3
"""Regenerate data/prices/prices.json (the `cost` evaluator's shipped price table) from the
`genai-prices` package (MIT, https://github.com/pydantic/genai-prices), the way it is shipped
on PyPI:

    pip download genai-prices --no-deps -d /tmp/prices
    python3 scripts/prices/update.py /tmp/prices/genai_prices-*.whl

The wheel's data module is imported (it needs `pydantic`, which the package depends on); for
every provider and model we keep: the model id, the names it is matched by exactly
(`equals` clauses) and as regular expressions (`regex` clauses), and its current standard
prices in USD per million tokens — input, output, cached input (cache read) and cache write.
Tiered prices keep their base tier; prices that change by date keep the one in force on the
day the table is generated; time-of-day (off-peak) prices are left out. Models priced at
zero (subscription plans) and models without both an input and an output price are left out:
an unknown model must stay unknown, never cost nothing. The licence is copied next to the
table, and data/prices/README.md names the version and date.
"""

import datetime
import json
import shutil
import sys
import tempfile
import types
import zipfile
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "data" / "prices"

# Providers whose own models they are, first: when a span names no provider agentwatch knows,
# the first provider listing the model prices it (the model's maker, not a reseller).
FIRST_PARTY = ["openai", "anthropic", "google", "mistral", "x-ai", "deepseek", "cohere"]


def decimal_or_none(value):
    if value is None:
        return None
    base = getattr(value, "base", value)  # TieredPrices: the base tier
    return float(Decimal(base))


def current_price(prices, today):
    """The ModelPrice in force today, or None."""
    if not isinstance(prices, list):
        return prices
    chosen = None
    for conditional in prices:
        constraint = conditional.constraint
        if constraint is None:
            chosen = conditional.prices
        elif hasattr(constraint, "start_date"):
            if constraint.start_date <= today:
                chosen = conditional.prices
        # Time-of-day prices (off-peak discounts) are not the standard price.
    return chosen


def clauses(match, kind):
    """The values of every clause of `kind` (`equals`, `regex`) in a match tree."""
    out = []
    for attr in ("or_", "and_"):
        children = getattr(match, attr, None)
        if children is not None:
            if attr == "and_":
                return []  # conjunctions are not plain names
            for child in children:
                out.extend(clauses(child, kind))
            return out
    value = getattr(match, kind, None)
    if isinstance(value, str):
        out.append(value)
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: update.py genai_prices-VERSION-py3-none-any.whl")
    wheel = Path(sys.argv[1])
    tmp = Path(tempfile.mkdtemp())
    with zipfile.ZipFile(wheel) as z:
        z.extractall(tmp)
    # Only the data module and the types it builds are needed: a bare package object keeps
    # the package's __init__ (which imports its HTTP updater and that one's dependencies) out.
    package = types.ModuleType("genai_prices")
    package.__path__ = [str(tmp / "genai_prices")]
    sys.modules["genai_prices"] = package
    from genai_prices.data import providers  # noqa: E402

    version = wheel.name.split("-")[1]
    today = datetime.date.today()
    ordered = sorted(
        providers,
        key=lambda p: FIRST_PARTY.index(p.id) if p.id in FIRST_PARTY else len(FIRST_PARTY),
    )
    models = []
    for provider in ordered:
        for model in provider.models:
            price = current_price(model.prices, today)
            if price is None:
                continue
            values = {
                "input": decimal_or_none(getattr(price, "input_mtok", None)),
                "output": decimal_or_none(getattr(price, "output_mtok", None)),
                "cache_read": decimal_or_none(getattr(price, "cache_read_mtok", None)),
                "cache_write": decimal_or_none(getattr(price, "cache_write_mtok", None)),
            }
            if values["input"] is None or values["output"] is None:
                continue
            if values["input"] == 0 and values["output"] == 0:
                continue
            names = sorted({n.lower() for n in clauses(model.match, "equals")} - {model.id.lower()})
            entry = {"provider": provider.id, "model": model.id.lower()}
            if names:
                entry["aliases"] = names
            patterns = clauses(model.match, "regex")
            if patterns:
                entry["patterns"] = patterns
            entry.update({k: v for k, v in values.items() if v is not None})
            models.append(entry)
    table = {
        "source": f"genai-prices {version} (PyPI), MIT licence, Copyright (c) Pydantic Services Inc.",
        "generated": today.isoformat(),
        "unit": "USD per million tokens",
        "models": models,
    }
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "prices.json", "w") as f:
        f.write("{\n")
        for key in ("source", "generated", "unit"):
            f.write(f"  {json.dumps(key)}: {json.dumps(table[key])},\n")
        f.write('  "models": [\n')
        f.write(",\n".join("    " + json.dumps(m, separators=(",", ":")) for m in models))
        f.write("\n  ]\n}\n")
    licence = next(tmp.glob("genai_prices-*.dist-info/licenses/LICENSE"))
    shutil.copy(licence, OUT / "LICENSE")
    print(f"{len(models)} models from genai-prices {version}, {today}: {OUT / 'prices.json'}")


if __name__ == "__main__":
    main()
