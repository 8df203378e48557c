"""How long one of two workers idles at the end of a run, by the shard plan: a model, not a measurement.

Workers take shards as they free up (Dask queues the tasks on the scheduler and hands one to a worker when it is
free), so a run ends when the worker given the last shard finishes it, and the other has idled since it found no
shard left. This plans folders of N one-report files with `plan_shards` (the default shard size, 32) and plays the
plan on two workers: each report costs a worker `--per-report` CPU seconds times a log-normal factor (`--spread`,
the spread of reports' costs), each shard `--per-shard` more (its task, its part); shards go, in order, to whichever
worker frees up first. Printed: the mean and 90th percentile of the idle seconds of one worker at the end (the run
is longer than an even split by half of it), over corpora of `--low` to `--high` reports, `--draws` plays each.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import print_figures


def idle_at_end(sizes: list[int], rnd: random.Random, per_report: float, spread: float, per_shard: float) -> float:
    """Seconds one of two workers idles at the end of a run of shards of these sizes (documents)."""
    busy = [0.0, 0.0]
    for n in sizes:
        cost = per_shard + sum(per_report * rnd.lognormvariate(0.0, spread) for _ in range(n))
        busy[busy.index(min(busy))] += cost
    return max(busy) - min(busy)


def main() -> None:
    from eventwatch.readers.shards import plan_shards
    from eventwatch.settings import Settings

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--low", type=int, default=800)
    parser.add_argument("--high", type=int, default=899)
    parser.add_argument("--draws", type=int, default=40)
    parser.add_argument("--per-report", type=float, default=0.062, help="CPU s a worker spends on a report")
    parser.add_argument("--spread", type=float, default=0.35, help="sigma of the reports' log-normal cost factor")
    parser.add_argument("--per-shard", type=float, default=0.03, help="CPU s a shard costs beyond its reports")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    settings = Settings.load()
    rnd = random.Random(1)
    idle: list[float] = []
    bench_corpus: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i in range(args.high):  # one-report files
            (folder / f"{i:06d}.txt").write_text("A report.\n", encoding="utf-8")
        for n in range(args.high, args.low - 1, -1):  # the folder loses its last files as n falls
            for extra in sorted(folder.iterdir())[n:]:
                extra.unlink()
            sizes = [len(s.pieces) for s in plan_shards([str(folder)], settings, settings.shard_size)]
            plays = [idle_at_end(sizes, rnd, args.per_report, args.spread, args.per_shard) for _ in range(args.draws)]
            idle += plays
            if n == 840:
                bench_corpus = plays
    print_figures({
        "corpora": f"{args.low}-{args.high} reports, {args.draws} plays each",
        "idle_s_mean": round(statistics.fmean(idle), 2),
        "idle_s_p90": round(sorted(idle)[int(0.9 * len(idle))], 2),
        **({"idle_s_mean_840_reports": round(statistics.fmean(bench_corpus), 2)} if bench_corpus else {}),
    }, args.json)


if __name__ == "__main__":
    main()
