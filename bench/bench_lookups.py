"""How the store's writer best looks a batch's ids up in a large table: the forms of the same query, timed side by
side on a synthetic `documents` table of N rows (its primary key on `id`, a `stored_at`, some text per row).

The store stage (`runner.local.SkipStored`) asks, for every batch of 128 documents, which of their ids the store
held when the run began. A form that scans the table's ids costs what the store holds; one that looks each id up in
the primary key's index (an ART) costs what the batch holds. Each form is checked to find the same ids. CPU
milliseconds per batch (half the ids stored, half not), medians of `--runs`, with DuckDB on one thread as in the
driver; the table is built once per N under `--dir` and reused.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

Form = Callable[[duckdb.DuckDBPyConnection, list[str], Any], list[tuple[Any, ...]]]


def _arrow_join(con: duckdb.DuckDBPyConnection, ids: list[str], since: Any) -> list[tuple[Any, ...]]:
    con.register("wanted_ids", pa.table({"id": ids}))
    try:
        return con.execute("SELECT d.id FROM documents d JOIN wanted_ids w ON d.id = w.id WHERE d.stored_at <= ?",
                           [since]).fetchall()
    finally:
        con.unregister("wanted_ids")


FORMS: dict[str, Form] = {
    "list_contains(?, id) (the store stage's)": lambda con, ids, since: con.execute(
        "SELECT id FROM documents WHERE list_contains(?, id) AND stored_at <= ?", [ids, since]).fetchall(),
    "id IN (SELECT unnest(?))": lambda con, ids, since: con.execute(
        "SELECT id FROM documents WHERE id IN (SELECT unnest(?)) AND stored_at <= ?", [ids, since]).fetchall(),
    "id = ANY(?)": lambda con, ids, since: con.execute(
        "SELECT id FROM documents WHERE id = ANY(?) AND stored_at <= ?", [ids, since]).fetchall(),
    "id IN (constants)": lambda con, ids, since: con.execute(
        "SELECT id FROM documents WHERE id IN (" + ", ".join(f"'{i}'" for i in ids) + ") AND stored_at <= ?",
        [since]).fetchall(),
    "join with a registered Arrow table": _arrow_join,
}


def table(folder: Path, rows: int) -> duckdb.DuckDBPyConnection:
    path = folder / f"lookups-{rows}.duckdb"
    fresh = not path.exists()
    con = duckdb.connect(str(path))
    if fresh:
        con.execute("CREATE TABLE documents (id VARCHAR PRIMARY KEY, origin VARCHAR, text VARCHAR, "
                    "stored_at TIMESTAMP)")
        con.execute("INSERT INTO documents SELECT substr(md5(i::VARCHAR), 1, 16), 'f.jsonl#' || i, "
                    "repeat('lorem ipsum ', 150), TIMESTAMP '2026-01-01' + to_seconds(i // 128) FROM range(?) t(i)",
                    [rows])
        con.execute("CHECKPOINT")
    con.execute("SET threads = 1")
    return con


def measure(con: duckdb.DuckDBPyConnection, runs: int, batch: int) -> dict[str, float]:
    stored = [str(r[0]) for r in con.execute(f"SELECT id FROM documents USING SAMPLE {batch} ROWS").fetchall()]
    ((since,),) = con.execute("SELECT max(stored_at) FROM documents").fetchall()
    rng = random.Random(0)
    times: dict[str, list[float]] = {name: [] for name in FORMS}
    for _ in range(runs):
        ids = sorted(rng.sample(stored, batch // 2) + [f"{rng.getrandbits(64):016x}" for _ in range(batch // 2)])
        found: set[Any] | None = None
        for name, form in FORMS.items():
            start = time.process_time()
            rows = {r[0] for r in form(con, ids, since)}
            times[name].append(1000 * (time.process_time() - start))
            assert found is None or rows == found, name
            found = rows
    return {name: round(statistics.median(t), 2) for name, t in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 200_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--batch", type=int, default=128, help="ids per look-up")
    parser.add_argument("--dir", type=Path, default=Path("."), help="where the synthetic tables are kept")
    args = parser.parse_args()
    for rows in args.rows:
        con = table(args.dir, rows)
        for name, ms in measure(con, args.runs, args.batch).items():
            print(f"{rows:>10,} rows  {name:45s} {ms:7.2f} CPU ms a batch")
        con.close()


if __name__ == "__main__":
    main()
