"""Where one cluster worker's CPU goes: its stages over the bench corpus, piece by piece, unprofiled.

A worker (`runner/shardwork.ShardWorker`) is built and warmed as a cluster's is, then runs the bench corpus's
reports (`--copies 12`: the first 252 of `bench/news.py`) through its stages in batches of `WORKER_BATCH`, as a shard
is run. CPU clocks (`time.process_time`) around each stage and, inside the events stage, around spaCy's parses
(`RememberingParser.pipe`), the sentence screen, the coder (`code_and_read`), the arbiter (`Arbiter.judge`) and
its two embedding routes (the cascade's 8-bit vectors first, fp32 near a boundary and for a ranked sentence) and
the assembly of places, dates and tolls (`ExtractEvents._events`). Each figure is the median of `--runs` passes,
with its share of the stages' total; each pass starts with the worker's caches of parses and vectors emptied, so
that every pass does a first pass's work (the bench corpus repeats no sentence).

Why: each speed round sizes its cut against this split; cProfile inflates Python's share several times over (its
hooks cost more than the rules' small functions), so the split is read with plain clocks, and a round's figure can
be reproduced: `PYTHONPATH=src python bench/bench_worker.py --runs 3`. The wrappers sit on this process's objects
only (instance attributes), so nothing the stages compute changes.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import bench_options, build_corpus, print_figures


class Clocks:
    """CPU seconds and calls summed by name over the methods it wraps (`wrap`)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}

    def wrap(self, owner: Any, method: str, name: str, *, consume: bool = False) -> None:
        """Time `owner.method` under `name` from now on: the wrapper is set on `owner` itself (an instance
        attribute), so other objects of its class keep the method as it was. `consume`: the method returns an
        iterator (a stage's `pipe`), read to its end inside the clock."""
        inner: Callable[..., Any] = getattr(owner, method)

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                out = inner(*args, **kwargs)
                return list(out) if consume else out
            finally:
                self.add(name, time.process_time() - started)

        setattr(owner, method, timed)

    def add(self, name: str, seconds: float) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds
        self.calls[name] = self.calls.get(name, 0) + 1

    def clear(self) -> None:
        self.seconds.clear()
        self.calls.clear()


def instrumented_worker(clocks: Clocks) -> tuple[Any, Any]:
    """A warmed `ShardWorker` whose stages and pieces `clocks` times, and its events stage."""
    from eventwatch.runner.shardwork import ShardWorker
    from eventwatch.settings import Settings

    worker = ShardWorker(Settings.load())
    worker.warm()  # the models and the arbiter's two routes loaded, as a cluster's worker has them before a shard
    pipeline = worker.pipeline
    apply = pipeline._apply  # a stage without `pipe` is called a document at a time through it

    def applied(stage: Any, doc: Any) -> Any:
        started = time.process_time()
        try:
            return apply(stage, doc)
        finally:
            clocks.add(f"stage {stage.name}", time.process_time() - started)

    pipeline._apply = applied
    for stage in pipeline.stages:
        if hasattr(stage, "pipe"):
            clocks.wrap(stage, "pipe", f"stage {stage.name}", consume=True)
    events = next((stage for stage in pipeline.stages if stage.name == "events"), None)
    if events is None:
        raise SystemExit("the worker has no events stage")
    clocks.wrap(events.parser, "pipe", "events: spaCy (parses)")
    clocks.wrap(events.coder, "screen_read", "events: sentence screen")
    clocks.wrap(events.coder, "code_and_read", "events: coder")
    clocks.wrap(events, "_events", "events: assembly")
    if events.arbiter is not None:  # its verdicts (`Arbiter.judge`); the readings and their application are the coder's
        clocks.wrap(events.arbiter, "judge", "events: arbiter")
        if events.arbiter.cascade:
            clocks.wrap(events.arbiter.eight.inner, "embed", "events: arbiter: embedding, 8-bit route")
        clocks.wrap(events.arbiter.embedder.inner, "embed", "events: arbiter: embedding, fp32 route")
    return worker, events


def forget(events: Any) -> None:
    """Empty the worker's caches of parses and vectors, so that a pass does a first pass's work."""
    events.parser.forget()
    if events.arbiter is not None:
        for route in ("embedder", "eight"):
            if route in vars(events.arbiter):
                getattr(events.arbiter, route).kept.clear()


def main() -> None:
    args = bench_options(__doc__)
    from eventwatch.records import Document
    from eventwatch.runner.shardwork import WORKER_BATCH

    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        texts = build_corpus(Path(tmp), args.copies, args.corpus)
    clocks = Clocks()
    worker, events = instrumented_worker(clocks)
    passes: list[dict[str, float]] = []
    calls: dict[str, int] = {}
    for _ in range(args.runs):
        forget(events)
        clocks.clear()
        docs = [Document(raw=text, origin=str(i)) for i, text in enumerate(texts)]
        started = time.process_time()
        list(worker.pipeline.run(docs, WORKER_BATCH))
        passes.append({"stages": time.process_time() - started, **clocks.seconds})
        calls = dict(clocks.calls)
    total = statistics.median(p["stages"] for p in passes)
    figures: dict[str, Any] = {"reports": len(texts), "runs": args.runs, "stages_cpu_s": round(total, 3)}
    for name in sorted({k for p in passes for k in p if k != "stages"}):
        seconds = statistics.median(p.get(name, 0.0) for p in passes)
        figures[f"{name} cpu_s (share; calls)"] = f"{seconds:.3f} ({seconds / total:.3f}; {calls.get(name, 0)})"
    figures["load_average_before"], figures["load_average_after"] = round(load_before, 2), round(os.getloadavg()[0], 2)
    print_figures(figures, args.json)


if __name__ == "__main__":
    main()
