"""`make bench`: merging reports into events as a share of `eventwatch run`'s time.

Same fixed corpus as bench/run.py (the demo articles, each repeated with a numbered closing line: every article
is told twelve times, so every event is merged from twelve reports). The documents are extracted once; then they
are stored batch by batch as `eventwatch run` stores them, and only the merge of each batch (`merge_new`, which
finds the stored reports a batch's reports could join and re-clusters what they touch) is timed. The total (median
of several runs) is set against the median wall time of a whole `eventwatch run` over the same files (target:
under 10%). `recompute`, which clusters every stored report again (the cluster runner's path), is timed too.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path

from run import bench_options, corpus_and_run_wall  # bench/run.py, beside this file

from eventwatch.records import Document


def extracted(texts: list[str], batch_size: int) -> list[list[Document]]:
    """The documents as the pipeline leaves them, in the batches a run stores."""
    from eventwatch.pipeline import Pipeline
    from eventwatch.runner import build_stages
    from eventwatch.settings import Settings

    settings = Settings.load()
    pipeline = Pipeline(build_stages(settings), strict=False)
    docs = [Document(raw=t, origin=f"bench-{i}.txt") for i, t in enumerate(texts)]
    return [pipeline.run_batch(docs[i:i + batch_size]) for i in range(0, len(docs), batch_size)]


def time_merge(batches: list[list[Document]], runs: int) -> dict[str, float]:
    from eventwatch.events import interaction  # loaded by the run before any merge: not the merge's time
    from eventwatch.merge import merge_new, recompute
    from eventwatch.store import Store

    assert interaction(1, 2) == 12

    incremental, full, reports, events = [], [], 0, 0
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "m.duckdb") as store:
            spent = 0.0
            for batch in batches:
                with store.transaction():
                    store.write_batch(batch)
                    start = time.perf_counter()
                    merge_new(store, [d.id for d in batch if d.dropped is None])
                    spent += time.perf_counter() - start
            incremental.append(spent)
            start = time.perf_counter()
            recompute(store)
            full.append(time.perf_counter() - start)
            reports, events = store.count("report_events"), store.count("events")
    return {"merge_incremental_s": statistics.median(incremental), "merge_recompute_s": statistics.median(full),
            "reports": reports, "merged_events": events}


def main() -> None:
    args = bench_options(__doc__)
    from eventwatch.settings import Settings

    texts, wall = corpus_and_run_wall(args.copies, args.runs)
    figures = time_merge(extracted(texts, Settings.load().batch_size), args.runs)
    figures.update({"documents": len(texts), "run_wall_s": wall,
                    "merge_share_of_run": figures["merge_incremental_s"] / wall})
    if args.json:
        print(json.dumps({k: round(v, 4) for k, v in figures.items()}, indent=2))
    else:
        for name, value in figures.items():
            print(f"{name:24} {value:.4g}" if isinstance(value, float) else f"{name:24} {value}")
        print(f"{'target':24} merge under 10% of the run")


if __name__ == "__main__":
    main()
