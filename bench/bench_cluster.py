"""`make bench`: `eventwatch run --workers 2` against `--workers 1` and the in-process run, side by side.

The corpus is bench/run.py's (distinct news reports of about 300 words from bench/news.py, no sentence repeated
across them; `--corpus copies` for copies of the demo articles, whose repeated sentences each worker parses once),
larger here so that starting the cluster does not dominate. Every configuration runs as a whole
process (`python -m eventwatch run ...`, process start, model loading and the cluster's start included) into a
fresh store; the configurations alternate, each `--runs` times, and the figures are medians, so that a change of
load on a shared machine hits them alike. Also measured: each worker's peak memory and the driver's, and the
driver's on a corpus three times as large (its memory should not grow with the corpus); and how far apart the two
workers' last shards ended (`workers_2_end_spread_s`: one worker idle at the end of the run). A missing gazetteer
index is built before the timed runs (`gazetteer_index_built_first_s`), so that no run measures a first run's build.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import bench_options, build_corpus, print_figures

_PEAKS = re.compile(r"worker peak memory (\d+) MB; driver peak memory (\d+) MB")
_CPU = re.compile(r"CPU seconds: workers ([\d., ]+); driver ([\d.]+)")
_SPREAD = re.compile(r"Workers' last shards ended ([\d.]+) s apart")


def one_run(corpus: Path, workers: int | None, tmp: Path) -> tuple[float, dict[str, float]]:
    """Wall seconds of one whole `eventwatch run` into a fresh store, and its memory figures (cluster runs)."""
    db = tmp / f"b{time.monotonic_ns()}.duckdb"
    command = [sys.executable, "-m", "eventwatch", "run", str(corpus), "--db", str(db)]
    if workers is not None:
        command += ["--workers", str(workers)]
    start = time.perf_counter()
    done = subprocess.run(command, check=True, capture_output=True, text=True, env={**os.environ, "COLUMNS": "400"})
    wall = time.perf_counter() - start
    found = _PEAKS.search(" ".join(done.stdout.split()))
    memory = {"worker_peak_mb": float(found.group(1)), "driver_peak_mb": float(found.group(2))} if found else {}
    cpu = _CPU.search(" ".join(done.stdout.split()))
    if cpu:
        workers_cpu = [float(v) for v in cpu.group(1).split(",")]
        memory.update({"busiest_worker_cpu_s": max(workers_cpu), "workers_cpu_s": sum(workers_cpu),
                       "driver_cpu_s": float(cpu.group(2))})
    spread = _SPREAD.search(" ".join(done.stdout.split()))
    if spread:
        memory["end_spread_s"] = float(spread.group(1))
    return wall, memory


def driver_only(corpus: Path, tmp: Path) -> tuple[float, float]:
    """Seconds the driver alone takes to load a run's finished parts into a fresh store (replaying the
    order-dependent stages, writing, merging): what stays on one machine however many workers there are; and a
    worker's steady throughput in documents per second of task time (model loading and cluster start left out),
    from the `shards` table of that run."""
    from eventwatch.readers.shards import Shard
    from eventwatch.runner.driver import SerialExecutor, run_sharded
    from eventwatch.settings import Settings
    from eventwatch.store import Store

    parts = tmp / "kept.parts"
    subprocess.run([sys.executable, "-m", "eventwatch", "run", str(corpus), "--db", str(tmp / "kept.duckdb"),
                    "--workers", "2", "--parts", str(parts), "--keep-parts", "--quiet"], check=True)

    def never(shard: Shard, folder: Path) -> dict[str, object]:
        raise AssertionError(f"{shard.label} should have been loaded from its part")

    with Store(tmp / "kept.duckdb", read_only=True) as kept:
        row = kept.query("SELECT sum(documents) AS d, sum(seconds) AS s FROM shards")[0]
    steady = float(row["d"]) / float(row["s"])
    settings = Settings.load()
    with Store(tmp / "driver.duckdb") as store:
        start = time.perf_counter()
        summary = run_sharded([str(corpus)], store, settings, SerialExecutor(settings, never), parts,
                              size=settings.shard_size, keep_parts=True)
        seconds = time.perf_counter() - start
    assert summary.resumed == summary.planned and not summary.failed, summary
    return seconds, steady


def build_index_first() -> float:
    """Wall seconds spent building the gazetteer's index before the timed runs (0.0 when it is built already): on a
    machine's first run the run that came first paid some 35 CPU s for it (the twelfth session's first bench:
    `--workers 1` at 12.6 documents/s, its driver 39.2 CPU s), which measures the build, not the runs
    (README "A first run")."""
    from eventwatch.runner.prebuild import build_apart

    start = time.perf_counter()
    return time.perf_counter() - start if build_apart() else 0.0


def _cpu_figures(cpu: dict[str, list[dict[str, float]]]) -> dict[str, float]:
    """What the processes of the cluster runs cost in CPU seconds (medians over the runs), which a machine shared
    with other jobs disturbs far less than wall time; and from them the speed-up two workers would give on two
    idle cores: a run takes at least as long as its busiest process, and at least its total CPU over the two
    cores. An estimate from measured CPU seconds, not a measured speed-up."""
    out: dict[str, float] = {}
    bound: dict[str, float] = {}
    for name, runs in cpu.items():
        if not runs:
            return {}
        busiest = statistics.median(r["busiest_worker_cpu_s"] for r in runs)
        total = statistics.median(r["workers_cpu_s"] + r["driver_cpu_s"] for r in runs)
        driver = statistics.median(r["driver_cpu_s"] for r in runs)
        out[f"{name}_cpu_s_busiest_worker"] = round(busiest, 1)
        out[f"{name}_cpu_s_driver"] = round(driver, 1)
        out[f"{name}_cpu_s_total"] = round(total, 1)
        spreads = [r["end_spread_s"] for r in runs if "end_spread_s" in r]
        if spreads:  # one worker idle at the end while the other finished its last shard (wall seconds)
            out[f"{name}_end_spread_s"] = round(statistics.median(spreads), 2)
        bound[name] = max(busiest, driver, total / 2)
    out["speedup_workers_2_over_1_idle_cores_estimate"] = round(bound["workers_1"] / bound["workers_2"], 2)
    return out


def main() -> None:
    args = bench_options(__doc__, copies=40)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        corpus, big = tmp / "corpus", tmp / "big"
        corpus.mkdir()
        big.mkdir()
        texts = build_corpus(corpus, args.copies, args.corpus)
        build_corpus(big, args.copies * 3, args.corpus)
        walls: dict[str, list[float]] = {"in_process": [], "workers_1": [], "workers_2": []}
        memory: dict[str, list[float]] = {"worker_peak_mb": [], "driver_peak_mb": []}
        cpu: dict[str, list[dict[str, float]]] = {"workers_1": [], "workers_2": []}
        build_seconds = build_index_first()
        load_before = os.getloadavg()[0]
        for _ in range(args.runs):
            for name, workers in (("workers_1", 1), ("workers_2", 2), ("in_process", None)):
                wall, mem = one_run(corpus, workers, tmp)
                walls[name].append(wall)
                for key in ("worker_peak_mb", "driver_peak_mb"):
                    if key in mem:
                        memory[key].append(mem[key])
                if name in cpu and "workers_cpu_s" in mem:
                    cpu[name].append(mem)
        load_after = os.getloadavg()[0]
        _, big_memory = one_run(big, 2, tmp)
        driver_seconds, steady = driver_only(corpus, tmp)
    docs = len(texts)
    med = {name: statistics.median(values) for name, values in walls.items()}
    figures = {
        "corpus": args.corpus,
        "documents": docs,
        "words_per_document": round(sum(len(t.split()) for t in texts) / docs),
        **{f"{name}_documents_per_s": round(docs / wall, 1) for name, wall in med.items()},
        "speedup_workers_2_over_1": round(med["workers_1"] / med["workers_2"], 2),
        **_cpu_figures(cpu),
        "worker_peak_mb": max(memory["worker_peak_mb"], default=0.0),
        "driver_peak_mb": statistics.median(memory["driver_peak_mb"]) if memory["driver_peak_mb"] else 0.0,
        "driver_peak_mb_3x_corpus": big_memory.get("driver_peak_mb", 0.0),
        "driver_only_documents_per_s": round(docs / driver_seconds, 1),
        "worker_steady_documents_per_s": round(steady, 1),
        "runs": args.runs,
        "gazetteer_index_built_first_s": round(build_seconds, 1),
        "load_average_before": round(load_before, 2),
        "load_average_after": round(load_after, 2),
    }
    print_figures(figures, args.json)


if __name__ == "__main__":
    main()
