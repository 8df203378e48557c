"""What one batch costs the store's writer as the store grows: the merge of a batch's reports (`merge_new`) and
the dedupe stage's look-ups, on a store and on the same store grown K times.

The store is the one a `--workers 2` run over the bench corpus leaves (or `--db`); the grown one holds its rows
K more times under new ids, their days moved 1,000 days per copy (new occurrences, not more reports of the same
ones), so that a batch's own neighbourhood stays the same size and only the store grows. A batch of 16 stored
documents is taken out of the merge (its links and merged events deleted) and merged again, in a transaction
rolled back after each of `--runs` timings; the dedupe stage runs over the same 16 documents with the store's
index. Flat figures mean a batch costs what the batch needs, not what the store holds.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import build_corpus, print_figures

# Columns holding ids (a copy gets them suffixed) and dates (a copy's moved) in each table that has them.
_IDS = {"documents": ("id", "duplicate_of"), "report_events": ("event_id", "doc_id"), "evidence": ("event_id",),
        "event_reports": ("event_id", "report_event_id", "doc_id", "component", "duplicate_of"),
        "events": ("event_id", "doc_id"), "event_numbers": ("event_id",), "drops": ("drop_id", "doc_id"),
        "dedupe_index": ("id", "root"), "dedupe_bands": ("id",)}
_DATES = {"report_events": "event_date", "events": "event_date"}


def grow(src: Path, dst: Path, copies: int) -> None:
    shutil.copy(src, dst)
    with duckdb.connect(str(dst)) as con:
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        for table, ids in _IDS.items():
            if table not in tables:
                continue
            columns = [r[0] for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? AND table_schema = 'main' "
                "ORDER BY ordinal_position", [table]).fetchall()]
            for i in range(1, copies + 1):
                def value(c: str, i: int = i, table: str = table, ids: tuple[str, ...] = ids) -> str:
                    if c in ids:
                        return f"{c} || '-{i}'"
                    if c == _DATES.get(table):
                        return f"{c} + {1000 * i}"
                    if table == "event_numbers" and c == "number":
                        return f"{c} + {1_000_000 * i}"
                    return "key + " + str(i) if (table, c) == ("dedupe_bands", "key") else c
                con.execute(f"INSERT INTO {table} SELECT {', '.join(value(c) for c in columns)} FROM {table} "
                            f"WHERE NOT contains(CAST({ids[0]} AS VARCHAR), '-')")
        con.execute("CHECKPOINT")


class _RollBack(Exception):
    """Raised to roll a timed transaction back."""


def time_batch(db: Path, runs: int) -> dict[str, float]:
    from eventwatch import dedupe as dedupe_module
    from eventwatch.merge import merge_new
    from eventwatch.records import Document
    from eventwatch.settings import Settings
    from eventwatch.store import Store

    with Store(db) as store:
        docs = [str(r[0]) for r in store.con.execute(
            "SELECT id FROM documents WHERE NOT contains(id, '-') AND n_events > 0 ORDER BY id LIMIT 16 OFFSET 400"
        ).fetchall()]
        texts = [str(r[0]) for r in store.con.execute(
            "SELECT text FROM documents WHERE list_contains(?, id) ORDER BY id", [docs]).fetchall()]
        merge, dedupe = [], []
        for _ in range(runs):
            try:
                with store.transaction():  # rolled back: every run merges the same batch into the same store
                    store.con.execute("DELETE FROM events WHERE event_id IN (SELECT event_id FROM event_reports "
                                      "WHERE list_contains(?, doc_id))", [docs])
                    store.con.execute("DELETE FROM event_reports WHERE list_contains(?, doc_id)", [docs])
                    start = time.perf_counter()
                    merge_new(store, docs)
                    merge.append(time.perf_counter() - start)
                    raise _RollBack
            except _RollBack:
                pass
            if hasattr(dedupe_module, "layout"):  # the index in the store (code before it had none)
                config = Settings()
                index = store.dedupe_index(dedupe_module.layout(config.near_duplicate_threshold))
                stage = dedupe_module.Dedupe(config, index=index)
                batch = [Document(raw=t, text=t, id=i) for i, t in zip(docs, texts, strict=True)]
                start = time.perf_counter()
                stage.pipe(batch)
                dedupe.append(time.perf_counter() - start)
        documents = store.con.execute("SELECT count(*) FROM documents").fetchall()[0][0]
    out = {"documents": documents, "merge_ms_per_batch": round(1000 * statistics.median(merge), 1)}
    if dedupe:
        out["dedupe_ms_per_batch"] = round(1000 * statistics.median(dedupe), 1)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="a store written by a run (default: a run over the bench corpus)")
    parser.add_argument("--copies", type=int, default=40, help="bench corpus copies, when no --db")
    parser.add_argument("--grow", type=int, default=20, help="how many times the store's rows are added again")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        db = args.db
        if db is None:
            corpus, db = tmp / "corpus", tmp / "run.duckdb"
            corpus.mkdir()
            build_corpus(corpus, args.copies)
            subprocess.run([sys.executable, "-m", "eventwatch", "run", str(corpus), "--db", str(db), "--workers", "2",
                            "--quiet"], check=True)
        small, big = tmp / "small.duckdb", tmp / "big.duckdb"
        shutil.copy(db, small)
        grow(db, big, args.grow)
        figures = {"store": time_batch(small, args.runs), f"store_grown_{args.grow + 1}x": time_batch(big, args.runs)}
    print_figures(figures, args.json)


if __name__ == "__main__":
    main()
