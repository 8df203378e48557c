"""Does a speed change leave the output alone? `eventwatch run` over the same input with the source of a git revision
and with the working tree's, each into a fresh store, then every table of both stores compared row by row.

    python bench/same_output.py main --input examples/
    python bench/same_output.py main --input corpus/ --workers 2 --runs 2

What is compared: every table of the store (documents, per-report and merged events, their links to reports, the
evidence spans, ACLED numbers, drops, shards), all columns but the times a row was written (`stored_at`,
`updated_at`, `loaded_at`) and, in `shards`, which worker took a shard and how long it took; rows sorted, so that
the comparison does not depend on the order of writing. The exported events are a view of these tables, so the same
tables give the same exports. With `--runs` above 1 the two versions alternate and the CPU seconds of each (user +
system, its children such as a cluster's workers included) are printed too, with the load average beside them; the
exit status is 1 when the outputs differ.

`--ignore-confidence` (the arbiter's cascade, `events/cascade.py`, whose verdicts far from a boundary record the 8-bit
model's confidence): the `confidence` column and the `p=0.NN` that an event's notes quote from it are left out of the
comparison, every other column (labels, places, dates, groupings, ...) must be the same, and the rows whose confidence
moved are counted with the largest move. `--env VAR=VALUE` sets a variable for the working tree's runs only, e.g.
`--env EVENTWATCH_EMBEDDER=cascade --ignore-confidence` compares the cascade's labels with main's.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare import export_source, timed

# Columns that say when or by whom a row was written, not what the pipeline found.
_VOLATILE = frozenset({"stored_at", "updated_at", "loaded_at", "worker", "seconds"})
# The arbiter's probability as an event's notes quote it (`events/record.py`).
_QUOTED_P = re.compile(r"p=\d\.\d\d")


def run_once(path: str, db: Path, pythonpath: Path | None, workers: int | None,
             extra: dict[str, str] | None = None) -> tuple[float, float]:
    """CPU seconds (this run's process and its children) and wall seconds of one whole `eventwatch run`."""
    command = [sys.executable, "-m", "eventwatch", "run", path, "--db", str(db), "--quiet"]
    if workers is not None:
        command += ["--workers", str(workers), "--parts", str(db.with_suffix(".parts"))]
    return timed(command, pythonpath, extra)


def dump(db: Path) -> dict[str, list[str]]:
    """Every table of the store as sorted JSON rows, the volatile columns left out."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = sorted(str(r[0]) for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall())
        out: dict[str, list[str]] = {}
        for table in tables:
            cursor = con.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cursor.description]
            rows = []
            for row in cursor.fetchall():
                record: dict[str, Any] = {n: v for n, v in zip(names, row, strict=True) if n not in _VOLATILE}
                rows.append(json.dumps(record, sort_keys=True, default=str))
            out[table] = sorted(rows)
        return out
    finally:
        con.close()


def without_confidence(dumped: dict[str, list[str]]) -> tuple[dict[str, list[str]], dict[str, list[list[float]]]]:
    """The dump with `confidence` and the notes' quoted `p=` left out, and each such row's confidence (by table, in
    the order of the new rows' sorting), so that two runs' confidences can be compared row for row."""
    out: dict[str, list[str]] = {}
    values: dict[str, list[list[float]]] = {}
    for table, rows in dumped.items():
        pairs = []
        for row in rows:
            record = json.loads(row)
            kept = record.pop("confidence", None)
            for key, value in record.items():
                if isinstance(value, str):
                    record[key] = _QUOTED_P.sub("p=?", value)
            pairs.append((json.dumps(record, sort_keys=True), [] if kept is None else [float(kept)]))
        pairs.sort()
        out[table] = [p[0] for p in pairs]
        values[table] = [p[1] for p in pairs]
    return out, values


def confidence_moves(base: dict[str, list[list[float]]], new: dict[str, list[list[float]]]) -> tuple[int, int, float]:
    """Rows compared, rows whose confidence moved and the largest move (rows in the same order on both sides)."""
    rows = moved = 0
    largest = 0.0
    for table in base:
        for a, b in zip(base[table], new.get(table, []), strict=False):
            if a and b:
                rows += 1
                if a != b:
                    moved += 1
                    largest = max(largest, abs(a[0] - b[0]))
    return rows, moved, largest


def differences(base: dict[str, list[str]], new: dict[str, list[str]]) -> list[str]:
    """What differs between two dumps, table by table (the first few rows of each side)."""
    out = []
    for table in sorted(set(base) | set(new)):
        a, b = base.get(table), new.get(table)
        if a == b:
            continue
        if a is None or b is None:
            out.append(f"{table}: only in {'the working tree' if a is None else 'the base'}")
            continue
        only_a, only_b = sorted(set(a) - set(b)), sorted(set(b) - set(a))
        out.append(f"{table}: {len(a)} rows against {len(b)}; {len(only_a)} only in the base, {len(only_b)} only "
                   "in the working tree")
        out += [f"  - {row[:300]}" for row in only_a[:3]] + [f"  + {row[:300]}" for row in only_b[:3]]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("revision", help="the git revision to compare the working tree with")
    parser.add_argument("--input", required=True, help="what `eventwatch run` reads (a folder, a JSONL file...)")
    parser.add_argument("--workers", type=int, default=None, help="run both on a LocalCluster of N workers")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--ignore-confidence", action="store_true",
                        help="leave out `confidence` (and the notes' p=) and count the rows whose confidence moved")
    parser.add_argument("--env", action="append", default=[], metavar="VAR=VALUE",
                        help="set for the working tree's runs only (repeat the option)")
    args = parser.parse_args()
    extra = dict(item.split("=", 1) for item in args.env)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        source = export_source(args.revision, tmp)
        cpu: dict[str, list[float]] = {"base": [], "working tree": []}
        dumps: dict[str, dict[str, list[str]]] = {}
        load_before = os.getloadavg()[0]
        for run in range(args.runs):
            for name, pythonpath in (("base", source), ("working tree", None)):
                db = tmp / f"{name.replace(' ', '-')}-{run}.duckdb"
                seconds, _wall = run_once(args.input, db, pythonpath, args.workers,
                                          extra if pythonpath is None else None)
                cpu[name].append(seconds)
                if run == 0:
                    dumps[name] = dump(db)
        load_after = os.getloadavg()[0]
    if args.ignore_confidence:
        (base, base_p), (new, new_p) = (without_confidence(dumps["base"]), without_confidence(dumps["working tree"]))
        dumps = {"base": base, "working tree": new}
        if base == new:
            rows_p, moved, largest = confidence_moves(base_p, new_p)
            print(f"confidence: {moved} of {rows_p} rows moved, the largest by {largest:.3f}")
    found = differences(dumps["base"], dumps["working tree"])
    rows = sum(len(v) for v in dumps["base"].values())
    for name, values in cpu.items():
        print(f"{name}: {statistics.median(values):.2f} CPU s (runs {', '.join(f'{v:.2f}' for v in values)})")
    ratio = statistics.median(cpu["working tree"]) / statistics.median(cpu["base"])
    print(f"working tree / {args.revision}: {ratio:.3f}; load average {load_before:.2f} before, {load_after:.2f} after")
    if found:
        print("outputs differ:\n" + "\n".join(found))
        sys.exit(1)
    print(f"outputs the same: {len(dumps['base'])} tables, {rows} rows")


if __name__ == "__main__":
    main()
