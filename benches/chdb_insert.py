#!/usr/bin/env python3
"""The INSERT path alone on a current ClickHouse engine (chDB, in process): the same number
of score rows in INSERTs of different sizes into the `scores` table as agentwatch creates it
on a current server, then how many parts are left and how long merging them takes.

    python3 benches/chdb_insert.py [TOTAL_ROWS]      # default 1,000,000

Rows are made by the server (`numbers()`), shaped like agentwatch's (service, evaluator,
time, hex ids, a detail on one row in ten), so what is timed is the engine's part of an
INSERT — sorting, compressing and writing a part per INSERT, then merging them — not a
client's encoding. `pip install chdb` (tests/python/requirements.txt has it).
"""
import sys
import tempfile
import time

from chdb import session

TOTAL = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
BATCHES = [2_000, 6_000, 50_000, 200_000]

DDL = """CREATE TABLE scores (
    time_ns Int64,
    time DateTime64(6, 'UTC') DEFAULT fromUnixTimestamp64Micro(intDiv(time_ns, 1000), 'UTC'),
    trace_id String,
    span_id String,
    service LowCardinality(String),
    agent LowCardinality(Nullable(String)),
    operation LowCardinality(String),
    span_name String,
    model LowCardinality(Nullable(String)),
    tool LowCardinality(Nullable(String)),
    evaluator LowCardinality(String),
    value Nullable(Float64),
    label LowCardinality(String),
    detail Nullable(String),
    version UInt64,
    INDEX trace_id_bloom trace_id TYPE bloom_filter GRANULARITY 4
) ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMMDD(time)
ORDER BY (service, evaluator, time, trace_id, span_id)"""

# One INSERT of `rows` rows starting at row `first`: spans 1 ms apart, 4 evaluators each.
INSERT = """INSERT INTO scores (time_ns, trace_id, span_id, service, agent, operation,
    span_name, model, tool, evaluator, value, label, detail, version)
SELECT 1765000000000000000 + intDiv(n, 4) * 1000000,
       lower(hex(cityHash64(intDiv(n, 80)))) || lower(hex(cityHash64(intDiv(n, 80) + 1))),
       lower(hex(cityHash64(intDiv(n, 4)))),
       'svc-' || toString(intDiv(n, 4) % 8),
       'agent-' || toString(intDiv(n, 4) % 3),
       ['llm', 'tool', 'agent'][intDiv(n, 4) % 3 + 1],
       'chat gpt-4o',
       'gpt-4o',
       NULL,
       ['pii_leak', 'refusal', 'tool_error', 'latency'][n % 4 + 1],
       toFloat64(n % 7),
       if(n % 10 = 0, 'fail', 'ok'),
       if(n % 10 = 0, '{{"kinds":["email"],"evidence":"j***@e***.com"}}', NULL),
       1
FROM (SELECT number + {first} AS n FROM numbers({rows}))"""


def run(batch):
    with tempfile.TemporaryDirectory() as path:
        s = session.Session(path)
        s.query("CREATE DATABASE bench")
        s.query("USE bench")
        s.query(DDL)
        # Merges happen in the background as in a server; stop them for the timed INSERTs
        # so each batch size pays for its own merges below, not the next one's.
        s.query("SYSTEM STOP MERGES scores")
        started = time.perf_counter()
        for first in range(0, TOTAL, batch):
            s.query(INSERT.format(first=first, rows=min(batch, TOTAL - first)))
        inserted = time.perf_counter() - started
        parts = int(str(s.query(
            "SELECT count() FROM system.parts WHERE database = 'bench' AND table = 'scores' AND active"
        )).strip())
        s.query("SYSTEM START MERGES scores")
        started = time.perf_counter()
        s.query("OPTIMIZE TABLE scores FINAL")
        merged = time.perf_counter() - started
        version = str(s.query("SELECT version()")).strip().strip('"')
        s.close()
    return inserted, parts, merged, version


def main():
    print(f"{TOTAL:,} score rows per run")
    for batch in BATCHES:
        inserted, parts, merged, version = run(batch)
        print(
            f"ClickHouse {version} (chDB), {batch:>7,} rows per INSERT: "
            f"{inserted:6.2f} s inserting ({TOTAL / inserted:>9,.0f} rows/s), "
            f"{parts:4} parts, {merged:5.2f} s to merge them "
            f"({TOTAL / (inserted + merged):>9,.0f} rows/s both)"
        )


if __name__ == "__main__":
    main()
