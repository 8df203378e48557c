"""The worker's side of a sharded run: one shard in, one Parquet part out.

A worker builds the stages once (spaCy, the gazetteer, the outlet registry, the coder's classifier) and then reads
each shard it is given, runs every stage that looks at one document at a time, and writes the part. The two stages
that need the whole run in reading order — skipping documents already stored, and duplicate detection — are left
to the driver, the one process that writes the store (`DRIVER_STAGES`); it replays them over the parts in reading
order, so that the store ends up as an in-process run leaves it.
"""

from __future__ import annotations

import os
import socket
import tempfile
import time
from importlib import resources
from pathlib import Path
from typing import Any

from eventwatch.pipeline import Pipeline
from eventwatch.readers.shards import Shard, read_shard
from eventwatch.readers.stats import ReadStats
from eventwatch.records import Document
from eventwatch.runner.local import stage_specs
from eventwatch.runner.parts import read_marker, write_part
from eventwatch.settings import Settings

# Stages that depend on every document read before: run by the driver, in reading order.
DRIVER_STAGES = frozenset({"store", "dedupe"})
# Documents per pipeline batch on a worker (spaCy parses the sentences of a batch together).
WORKER_BATCH = 64
# A team-written report that goes through every stage once when a worker joins (see `ShardWorker.warm`).
WARMUP = "data/warmup.txt"


class ShardWorker:
    """What one worker process holds for a run: the per-document stages, built once."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        stages = [spec.build() for spec in stage_specs(settings) if spec.name not in DRIVER_STAGES]
        self.pipeline = Pipeline(stages, strict=settings.strict)

    def warm(self) -> Document:
        """Run one short report through the stages (and write it as a part) and return it, so that what they load
        at their first document (the arbiter's embedding model, the gazetteer's seats, pycountry's look-ups, what
        Parquet writing imports: some 3 CPU seconds) is loaded while the worker joins, not inside its first
        shard's task. The stages keep nothing of a document but caches, so what any shard yields is the same
        with or without it (the cluster's results are tested equal to the in-process run's)."""
        text = resources.files("eventwatch").joinpath(WARMUP).read_text(encoding="utf-8")
        docs = list(self.pipeline.run([Document(raw=text, origin=WARMUP)], 1))
        with tempfile.TemporaryDirectory() as folder:  # Parquet writing imports more on its first part
            write_part(Path(folder), "warm-up", docs, {})
        return docs[0]

    def process(self, shard: Shard, folder: Path) -> dict[str, Any]:
        """Process a shard into its part and return the completion marker's contents; a shard whose part is
        already finished (a rerun after the driver stopped) is not processed again."""
        done = read_marker(folder, shard.key)
        if done is not None:
            return done
        started = time.perf_counter()
        stats = ReadStats()
        docs = list(self.pipeline.run(read_shard(shard, self.settings, stats), WORKER_BATCH))
        info: dict[str, Any] = {
            "key": shard.key, "seq": shard.seq, "shard": shard.label, "documents": len(docs),
            "kept": sum(1 for d in docs if d.dropped is None),
            "events": sum(len(d.events) for d in docs if d.dropped is None),
            "seconds": round(time.perf_counter() - started, 3), "worker": f"{socket.gethostname()}:{os.getpid()}",
            "files": stats.files, "bytes_read": stats.bytes_read, "skipped": dict(stats.skipped),
        }
        write_part(folder, shard.key, docs, info)
        info["finished"] = round(time.time(), 3)  # when the worker was free again (the driver's `ended`)
        return info
