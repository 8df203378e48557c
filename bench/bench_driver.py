"""The cluster driver alone, on a large store: its memory and its CPU per batch as the store grows.

A `--workers 2` run over the bench corpus keeps its Parquet parts; then the driver alone loads them into a fresh
store (`run_sharded` with every shard's part finished, no worker), reading its resident memory and CPU seconds
after every batch. The driver should hold only the batch at hand (its memory flat in the corpus size) and spend
per batch what the batch needs, not what the store holds. `--parts DIR --corpus DIR` replays parts kept before.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import build_corpus, print_figures


def _rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def replay(corpus: Path, parts: Path, db: Path) -> dict[str, float]:
    """Load the kept parts of CORPUS into the fresh store DB; memory and CPU per batch."""
    from eventwatch.readers.shards import Shard
    from eventwatch.runner import driver
    from eventwatch.runner.driver import SerialExecutor, run_sharded
    from eventwatch.settings import Settings
    from eventwatch.store import Store

    def never(shard: Shard, folder: Path) -> dict[str, object]:
        raise AssertionError(f"{shard.label} should have been loaded from its part")

    rss: list[float] = []
    cpu: list[float] = []
    flush = driver.Loader.flush

    def measured(self: driver.Loader) -> None:
        start = time.process_time()
        flush(self)
        cpu.append(time.process_time() - start)
        rss.append(_rss_mb())

    driver.Loader.flush = measured  # type: ignore[method-assign]
    settings = Settings.load()
    start = time.perf_counter()
    with Store(db) as store:
        summary = run_sharded([str(corpus)], store, settings, SerialExecutor(settings, never), parts,
                              size=settings.shard_size, keep_parts=True)
    seconds = time.perf_counter() - start
    assert summary.resumed == summary.planned and not summary.failed, summary
    tenth = max(1, len(cpu) // 10)
    return {
        "documents": summary.run.read, "batches": len(cpu), "seconds": round(seconds, 1),
        "rss_mb_first_batch": round(rss[0]), "rss_mb_end": round(rss[-1]),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "cpu_ms_per_batch_first_tenth": round(1000 * statistics.median(cpu[:tenth]), 1),
        "cpu_ms_per_batch_last_tenth": round(1000 * statistics.median(cpu[-tenth:]), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=120, help="copies of each demo article")
    parser.add_argument("--corpus", type=Path, help="a corpus whose parts --parts holds")
    parser.add_argument("--parts", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
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
        figures = replay(corpus, parts, tmp / "driver.duckdb")
    print_figures(figures, args.json)


if __name__ == "__main__":
    main()
