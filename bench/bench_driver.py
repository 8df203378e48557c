"""The cluster driver alone, on a large store: its memory and its CPU per batch as the store grows.

A `--workers 2` run over the bench corpus keeps its Parquet parts; then the driver alone loads them into a fresh
store (`run_sharded` with every shard's part finished, no worker), reading its resident memory and CPU seconds
after every batch. The driver should hold only the batch at hand (its memory flat in the corpus size) and spend
per batch what the batch needs, not what the store holds. `--parts DIR --corpus DIR` replays parts kept before.

`--passes N` loads the kept parts N times into the one store, each pass after the first as a corpus of its own:
every document and event gets new ids (its id hashed with the pass's number), its text a closing line of its own,
and its events' dates (of a report of no day, the period it names) 120 years back per pass (so that, as between the
bench corpus's copies, the merge joins no event of one pass with another's). The workers' cost is paid once and the
driver sees N times the corpus: the slope of its memory (MB per 1,000 documents, fitted over the batches after the
first fifth, when the bounded caches are full) says whether it is flat in the corpus size. Beside the resident
memory, DuckDB's own (its indexes' ART apart, which DuckDB holds whole in memory) and the keys the store's indexes
hold per document.

`--extra-index-rows N` gives the fresh store's indexes the keys of a larger store before loading (synthetic rows no
query meets), and `--loading-limit-mb` scales the driver's bound on DuckDB's memory down: whether a batch still
finds room beside the indexes.

`--trace` breaks down what grows outside DuckDB's buffers: after every batch, beside the resident memory and
DuckDB's own, the memory Python's allocators hold for live objects (`tracemalloc`), the C allocator's bytes in use
(glibc's `mallinfo2`: Python's larger objects, numpy's arrays, and every C library using `malloc`) and Arrow's
pool (`pyarrow.total_allocated_bytes`), each as a slope; and the Python allocation sites that grew most between the
end of the first pass and the end (`tracemalloc` snapshots compared by line). The three overlap (a Python object
over 512 bytes is in `malloc`'s count too) and tracing slows the driver some threefold: its CPU figures then say
nothing.

`--statements` times every statement the driver runs on the store (`execute` on its connection, CPU ms, by the
line of the driver's code that runs it: through `Store.query`, `Store.insert` and the merge's `id_column`, the
caller's), per batch; the figures give the statements costing most in the last tenth of the batches beside what they
cost in the first: which look-up grows with the store, and by how much.

The driver's memory saws between checkpoints (DuckDB's rows not checkpointed yet, its indexes read back whole at
the first insert after a checkpoint, the blocks and metadata read since the store was last opened: the driver opens
it again after each checkpoint, `runner/memory.py`), so beside the slope over every batch the figures give the
resident memory at the batches that checkpointed (the saw's lows) and just before them (its highs), each with its
slope. `--series FILE` writes every batch's figures (resident memory, the C allocator's bytes in use and its heap
by `/proc/self/smaps`, Python's objects, DuckDB's memory by tag), one JSON line a batch, for a closer look.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from driver_probes import (
    TimedConnection,
    add_index_keys,
    index_entries,
    malloc_in_use_mb,
    mapped_mb,
    periods_back,
    rss_mb,
    slope,
    statement_figures,
    years_back,
)
from run import build_corpus, print_figures


def replay(corpus: Path, parts: Path, db: Path, passes: int = 1, batch_size: int | None = None,
           extra_rows: int = 0, trace: bool = False, duckdb_settings: Sequence[str] = (),
           statements: bool = False, series_to: Path | None = None) -> dict[str, Any]:
    """Load the kept parts of CORPUS into the fresh store DB, `passes` times (in batches of `batch_size` documents,
    else the setting's), its indexes first given the keys of `extra_rows` synthetic rows (`add_index_keys`);
    memory and CPU per batch. `duckdb_settings` ("name=value") are set on the store's connection first; with
    `series_to`, every batch's figures are written there, one JSON line a batch."""
    from eventwatch.readers.shards import Shard
    from eventwatch.records import Document, content_id
    from eventwatch.runner import driver
    from eventwatch.runner.driver import SerialExecutor, run_sharded
    from eventwatch.settings import Settings
    from eventwatch.store import Store

    def never(shard: Shard, folder: Path) -> dict[str, object]:
        raise AssertionError(f"{shard.label} should have been loaded from its part")

    current = {"pass": 0}
    read_part = driver.read_part

    def pass_part(folder: Path, key: str) -> Iterator[Document]:
        m = current["pass"]
        for doc in read_part(folder, key):
            if not m or not doc.id:
                yield doc
                continue
            new_id = content_id(doc.id, m)
            events = tuple(dataclasses.replace(e, event_id=content_id(e.event_id, m), doc_id=new_id,
                                               event_date=years_back(e.event_date, 120 * m),
                                               date_value=periods_back(e.date_value, 120 * m)) for e in doc.events)
            yield dataclasses.replace(doc, id=new_id, origin=f"{doc.origin}#{m}", events=events,
                                      text=f"{doc.text.rstrip()}\nReplayed in pass {m}.\n")

    rss: list[tuple[int, float]] = []
    art: list[tuple[int, float]] = []  # DuckDB's memory for the store's indexes (ART), MB
    duck: list[tuple[int, float]] = []  # all of DuckDB's memory, MB
    by_tag: dict[str, list[tuple[int, float]]] = {}  # DuckDB's memory by its tag, MB
    cpu: list[float] = []
    checkpoints: list[bool] = []  # per batch: whether its commit checkpointed the store (its log empty after it)
    python: list[tuple[int, float]] = []  # with `trace`: Python's live allocations, MB
    malloc: list[tuple[int, float]] = []  # the C allocator's bytes in use, MB
    arrow: list[tuple[int, float]] = []  # Arrow's memory pool, MB
    flush = driver.Loader.flush
    loaded = driver.Loader.loaded
    done = {"documents": 0}
    in_pass: dict[int, int] = {}  # batches flushed per pass
    timed: list[dict[str, float]] = []  # with `statements`: per batch, CPU seconds by the line running a statement

    def measured(self: driver.Loader) -> None:
        in_pass[current["pass"]] = in_pass.get(current["pass"], 0) + 1
        # the last pass's fifth batch: which statements scan a table whole
        if isinstance(self.store.con, TimedConnection):
            self.store.con.watching(current["pass"] == passes - 1 and in_pass[current["pass"]] == 5)
        start = time.process_time()
        done["documents"] += len(self.batch)
        flush(self)
        cpu.append(time.process_time() - start)
        if isinstance(self.store.con, TimedConnection):
            timed.append(self.store.con.batch)
            self.store.con.batch = {}
            self.store.con.watching(False)
        rss.append((done["documents"], rss_mb()))
        checkpoints.append(self.store.checkpointed())
        tags = dict(self.store.con.execute("SELECT tag, memory_usage_bytes FROM duckdb_memory()").fetchall())
        art.append((done["documents"], tags.get("ART_INDEX", 0) / 2**20))
        duck.append((done["documents"], sum(tags.values()) / 2**20))
        for tag, used in tags.items():
            by_tag.setdefault(str(tag), []).append((done["documents"], used / 2**20))
        if series_to is not None:
            with series_to.open("a", encoding="utf-8") as out:
                out.write(json.dumps({"documents": done["documents"], "pass": current["pass"], "cpu": cpu[-1],
                                      "rss_mb": rss[-1][1], "malloc_mb": malloc_in_use_mb(),
                                      "objects": len(gc.get_objects()), "mapped_mb": mapped_mb(),
                                      "duckdb_mb": {str(t): u / 2**20 for t, u in tags.items() if u}}) + "\n")
        if trace:
            import pyarrow

            python.append((done["documents"], tracemalloc.get_traced_memory()[0] / 2**20))
            malloc.append((done["documents"], malloc_in_use_mb()))
            arrow.append((done["documents"], pyarrow.total_allocated_bytes() / 2**20))

    driver.Loader.flush = measured  # type: ignore[method-assign]
    driver.read_part = pass_part
    driver.Loader.loaded = lambda self: set()  # type: ignore[method-assign]
    settings = Settings.load(batch_size=batch_size)
    if extra_rows:
        add_index_keys(db, extra_rows)
    snapshots: list[tracemalloc.Snapshot] = []
    if trace:
        tracemalloc.start(1)
    start, cpu_start = time.perf_counter(), time.process_time()
    try:
        with Store(db) as store:
            if statements:
                timed_con = TimedConnection(store.con, db.with_suffix(".profile.json"))
                store.con = timed_con  # type: ignore[assignment]
                reopen = store.reopen

                def timed_reopen() -> None:  # the driver opens the store again after a checkpoint: timed still
                    reopen()
                    timed_con.con = store.con
                    store.con = timed_con  # type: ignore[assignment]

                store.reopen = timed_reopen  # type: ignore[method-assign]
            for setting in duckdb_settings:
                name, _, value = setting.partition("=")
                store.con.execute(f"SET {name} = '{value}'")
            for m in range(passes):
                current["pass"] = m
                summary = run_sharded([str(corpus)], store, settings, SerialExecutor(settings, never), parts,
                                      size=settings.shard_size, keep_parts=True)
                assert summary.resumed == summary.planned and not summary.failed, summary
                if trace and m in (0, passes - 1):
                    snapshots.append(tracemalloc.take_snapshot())
    except Exception:
        print(f"the driver failed after {done['documents']} documents", file=sys.stderr)
        raise
    finally:
        driver.Loader.flush, driver.read_part, driver.Loader.loaded = flush, read_part, loaded  # type: ignore[method-assign]
        if trace:
            tracemalloc.stop()
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    entries = index_entries(db)
    tenth = max(1, len(cpu) // 10)
    full = rss[len(rss) // 5:-1] or rss  # after the first fifth; the last batch is a remainder
    # the driver's memory saws between checkpoints (DuckDB's uncheckpointed rows, its indexes loaded anew, the blocks
    # read since): its lows are the batches that checkpointed, its highs the batches just before them
    lows = [p for p, done_ in zip(rss, checkpoints, strict=True) if done_][1:]
    highs = [rss[i - 1] for i, done_ in enumerate(checkpoints) if done_ and i > 0][1:]
    traced: dict[str, Any] = {}
    if trace:
        for name, series in (("python_traced", python), ("malloc_in_use", malloc), ("arrow_pool", arrow)):
            traced[f"{name}_mb_end"] = round(series[-1][1], 1)
            after_fifth = series[len(series) // 5:-1] or series
            traced[f"{name}_mb_per_1000_documents_after_fifth"] = round(slope(after_fifth), 2)
        if len(snapshots) == 2 and passes > 1:
            grown = snapshots[1].compare_to(snapshots[0], "lineno")
            traced["python_growth_first_pass_to_end_top"] = [
                f"{s.size_diff / 2**10:+.0f} KiB, {s.count_diff:+d} blocks: {s.traceback[0]}" for s in grown[:12]]
    if statements and isinstance(con := getattr(store, "con", None), TimedConnection):
        traced["statements_first_tenth_to_last"] = statement_figures(timed)
        traced["full_scans_in_a_batch_of_the_last_pass"] = [
            f"{label}: {table} {rows} rows" for (label, table), rows in sorted(con.scans.items(), key=lambda x: -x[1])]
    return traced | {
        "documents": done["documents"], "passes": passes, "batches": len(cpu), "seconds": round(seconds, 1),
        "cpu_seconds": round(cpu_seconds, 1), "documents_per_cpu_second": round(done["documents"] / cpu_seconds, 1),
        "rss_mb_first_batch": round(rss[0][1]), "rss_mb_end": round(rss[-1][1]),
        "rss_mb_at_fifth": round(full[0][1]), "rss_mb_max_after_fifth": round(max(r for _, r in full)),
        "rss_mb_per_1000_documents_after_fifth": round(slope(full), 2),
        "checkpoints": sum(checkpoints),
        "rss_mb_at_checkpoints": [round(r) for _, r in lows],
        "rss_mb_per_1000_documents_at_checkpoints": round(slope(lows), 2),
        "rss_mb_before_checkpoints": [round(r) for _, r in highs],
        "rss_mb_per_1000_documents_before_checkpoints": round(slope(highs), 2),
        "duckdb_mb_end": round(duck[-1][1]), "duckdb_art_index_mb_end": round(art[-1][1]),
        "duckdb_mb_per_1000_documents_after_fifth": round(slope(duck[len(duck) // 5:-1] or duck), 2),
        "duckdb_art_index_mb_per_1000_documents_after_fifth": round(slope(art[len(art) // 5:-1] or art), 2),
        "duckdb_mb_end_and_per_1000_documents_after_fifth_by_tag": {
            tag: [round(series[-1][1], 1), round(slope(series[len(series) // 5:-1] or series), 2)]
            for tag, series in sorted(by_tag.items()) if series[-1][1] or slope(series)},
        "index_entries_per_document": round(sum(entries.values()) / max(done["documents"], 1), 1),
        "index_entries_per_document_by_table": {
            t: round(n / max(done["documents"], 1), 1) for t, n in sorted(entries.items(), key=lambda x: -x[1])},
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "cpu_ms_per_batch_first_tenth": round(1000 * statistics.median(cpu[:tenth]), 1),
        "cpu_ms_per_batch_last_tenth": round(1000 * statistics.median(cpu[-tenth:]), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=120, help="copies of each demo article")
    parser.add_argument("--corpus", type=Path, help="a corpus whose parts --parts holds")
    parser.add_argument("--parts", type=Path)
    parser.add_argument("--passes", type=int, default=1, help="load the parts this many times (see above)")
    parser.add_argument("--batch-size", type=int, help="documents per batch (default: the setting)")
    parser.add_argument("--loading-limit-mb", type=float,
                        help="DuckDB's memory bound while loading parts (runner/memory.py), scaled down to see "
                             "where a store outgrows it (default: the setting, 96 MB)")
    parser.add_argument("--index-bytes-per-key", type=int,
                        help="the room the bound leaves DuckDB per key of the store's indexes (runner/memory.py; "
                             "default: the setting)")
    parser.add_argument("--extra-index-rows", type=int, default=0,
                        help="synthetic evidence rows (and half as many dedupe band rows) put in the store first: "
                             "its indexes hold the keys of a larger store (600,000: some 21,000 documents')")
    parser.add_argument("--trace", action="store_true",
                        help="break down what grows outside DuckDB (Python's, malloc's and Arrow's memory; see above)")
    parser.add_argument("--duckdb", action="append", default=[], metavar="NAME=VALUE",
                        help="a DuckDB setting for the store's connection during the replay (repeatable): what it "
                             "changes of the driver's memory and CPU, measured before it goes into the code")
    parser.add_argument("--statements", action="store_true",
                        help="time every statement on the store by the line running it (see above)")
    parser.add_argument("--series", type=Path,
                        help="write every batch's figures (documents so far, CPU, resident memory, the C allocator's "
                             "bytes in use, Python's objects, DuckDB's memory by tag) to this file, a JSON line each")
    parser.add_argument("--db", type=Path,
                        help="replay into this store (a new file) and keep it, to compare two trees' stores table by "
                             "table (bench/same_output.py) or to query it after")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.loading_limit_mb is not None:
        from eventwatch.runner import memory

        memory.LOADING_MEMORY_LIMIT = int(args.loading_limit_mb * 1e6)
    if args.index_bytes_per_key is not None:
        from eventwatch.runner import memory

        memory.INDEX_BYTES_PER_KEY = args.index_bytes_per_key
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        corpus, parts = args.corpus, args.parts
        if corpus is None or parts is None:
            corpus, parts = tmp / "corpus", tmp / "kept.parts"
            corpus.mkdir()
            build_corpus(corpus, args.copies)
            subprocess.run([sys.executable, "-m", "eventwatch", "run", str(corpus), "--db",
                            str(tmp / "kept.duckdb"), "--workers", "2", "--parts", str(parts), "--keep-parts",
                            "--quiet"], check=True)
        if args.db is not None and args.db.exists():
            parser.error(f"{args.db} exists: the replay needs a fresh store")
        figures = replay(corpus, parts, args.db or tmp / "driver.duckdb", args.passes, args.batch_size,
                         args.extra_index_rows, args.trace, args.duckdb, args.statements, args.series)
    print_figures(figures, args.json)


if __name__ == "__main__":
    main()
