"""Run SQL on a current ClickHouse engine, in process (chDB), for tests/clickhouse.rs.

Reads {"statements": [...], "queries": [...]} as JSON on stdin: runs the statements in a fresh
session (DDL, inserts), then each query with TSV output, and prints
{"version": ..., "results": [tsv, ...]} as JSON. A failing statement or query exits non-zero
with ClickHouse's message.
"""

import json
import sys
import tempfile

from chdb import session


def main() -> None:
    job = json.load(sys.stdin)
    with tempfile.TemporaryDirectory() as path:
        s = session.Session(path)
        try:
            for statement in job["statements"]:
                s.query(statement)
            results = [s.query(q, "TSV").bytes().decode().rstrip("\n") for q in job["queries"]]
            version = s.query("SELECT version()", "TSV").bytes().decode().strip()
        except Exception as e:  # chDB raises its own types; the message is what matters
            print(f"chdb failed: {e}", file=sys.stderr)
            sys.exit(1)
        finally:
            s.close()
    json.dump({"version": version, "results": results}, sys.stdout)


if __name__ == "__main__":
    main()
