"""The driver of a sharded run: plans shards, hands them to an executor, and loads finished parts into the store.

DuckDB allows one writer, so the driver is the only process that opens the store. It loads parts strictly in
reading order (a part that finishes early waits on disk, not in memory), replays the order-dependent stages over
them (`store`: documents already stored are skipped; `dedupe`: exact copies dropped, near copies linked), and
writes batches of `batch_size` documents exactly as the in-process run does — same batches, same transactions,
same ids — so that both paths leave the same store.

Resumable: a shard is recorded in the store's `shards` table once its documents are committed, and its part is
then removed. A rerun skips recorded shards, loads parts that were finished but not loaded, and sends only the
rest to the workers. A shard that fails (after the executor's retries) becomes a drop with its reason, is not
recorded, and is tried again by the next run; the run goes on.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any, Protocol

from eventwatch.merge import merge_new, recompute
from eventwatch.pipeline import Stage
from eventwatch.readers.shards import SPLIT_BYTES, Shard, plan_shards
from eventwatch.records import Document, Drop, content_id
from eventwatch.runner.local import RunSummary, signature, stage_specs, store_batch
from eventwatch.runner.memory import bound_store_memory, release_free_memory, unbound_store_memory
from eventwatch.runner.parts import read_marker, read_part, remove_part
from eventwatch.runner.shardwork import DRIVER_STAGES
from eventwatch.settings import Settings
from eventwatch.store import Store

SHARD_STAGE = "shard"
_SHARDS_DDL = """CREATE TABLE IF NOT EXISTS shards (
    key VARCHAR PRIMARY KEY, shard VARCHAR, documents INTEGER, events INTEGER, worker VARCHAR, seconds DOUBLE,
    loaded_at TIMESTAMP DEFAULT current_timestamp)"""


@dataclass(frozen=True, slots=True)
class ShardResult:
    """What the executor says of a shard: its part's completion marker, or why it failed after retries."""

    shard: Shard
    info: dict[str, Any] | None = None
    error: str | None = None


class Executor(Protocol):
    """Runs shards somewhere (a Dask cluster, this process) and yields each result as it finishes."""

    def run(self, shards: Iterator[Shard], folder: Path) -> Iterator[ShardResult]: ...


@dataclass(slots=True)
class ShardedSummary:
    """A run's summary (as the in-process run gives it) and the shards': planned, already loaded by an earlier
    run, processed now, loaded from parts an earlier run finished, failed."""

    run: RunSummary = field(default_factory=RunSummary)
    planned: int = 0
    already_loaded: int = 0
    processed: int = 0
    resumed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    worker_seconds: float = 0.0
    # each worker's last shard of this run: when it finished (the worker's clock, seconds since the epoch)
    ended: dict[str, float] = field(default_factory=dict)

    def end_spread(self) -> float | None:
        """Seconds between the first worker to run out of shards and the last to finish one: how long a worker
        idled at the end of the run (None with fewer than two workers seen)."""
        return max(self.ended.values()) - min(self.ended.values()) if len(self.ended) > 1 else None


Progress = Callable[[ShardedSummary, int], None]  # (summary so far, documents processed by workers so far)


class Loader:
    """The one writer: replays the order-dependent stages and writes batches as the in-process run does."""

    def __init__(self, store: Store, settings: Settings, folder: Path, *, keep_parts: bool = False,
                 reprocess: bool = False) -> None:
        self.store, self.settings, self.folder, self.keep_parts = store, settings, folder, keep_parts
        self.reprocess = reprocess
        specs = stage_specs(settings, store, reprocess=reprocess)
        self.signature = signature(specs)
        self.position = {spec.name: i for i, spec in enumerate(specs)}
        self.end = len(specs)
        self.stages: list[tuple[int, Stage]] = [(i, s.build()) for i, s in enumerate(specs) if s.name in DRIVER_STAGES]
        self.batch: list[Document] = []
        self.closing: list[tuple[Shard, dict[str, Any]]] = []  # shards whose last document is in `batch`
        self.summary = ShardedSummary()
        _one_thread(store)
        store.con.execute(_SHARDS_DDL)
        merge_new(store)  # reports a store written before merging existed holds, as the in-process run does
        # the shards whose failure the store records (read once: the driver is the one writer, and adds those it
        # records), so that loading a shard deletes its drop only when there is one, not by a scan of every drop
        self.failed_shards = {str(r[0]) for r in store.con.execute(
            "SELECT DISTINCT origin FROM drops WHERE stage = ?", [SHARD_STAGE]).fetchall()}

    def warm(self) -> None:
        """Build now what the merge builds at the first batch it writes: the compiled patterns of the countries a
        report names and is written from (`merge.written`, some 0.1 CPU s and 176 patterns), a pure cache, so that
        the same rows follow. A cluster's driver calls it while its cluster starts (`open_loader`), when it waits
        for the workers' server, not while the workers run beside it."""
        from eventwatch.merge.written import named, written

        named("")
        written("")

    def loaded(self) -> set[str]:
        return {str(r[0]) for r in self.store.con.execute("SELECT key FROM shards").fetchall()}

    def load(self, shard: Shard, info: dict[str, Any]) -> None:
        for doc in read_part(self.folder, shard.key):
            self._add(doc)
        self.closing.append((shard, info))
        for reason, n in dict(info.get("skipped") or {}).items():
            self.summary.skipped[str(reason)] += int(n)

    def fail(self, shard: Shard, error: str) -> None:
        """A shard that failed on every try: one drop for it (its documents are not read); the next run tries it
        again."""
        self.summary.failed.append((shard.label, error))
        self.failed_shards.add(shard.label)
        self._add(Document(raw="", origin=shard.label, dropped=Drop(SHARD_STAGE, f"shard failed: {error}"[:500])))

    def _replay(self, docs: list[Document]) -> list[Document]:
        """Apply the driver's stages where the in-process run applies them: only to a document that no earlier
        stage dropped; a drop by them replaces what the workers' later stages said. Stage by stage over the
        batch, as the in-process pipeline does (the dedupe stage looks its index up once for the batch)."""
        at = [self.end if d.dropped is None else self.position.get(d.dropped.stage, -1) for d in docs]
        for pos, stage in self.stages:
            live = [i for i in range(len(docs)) if pos < at[i]]
            for i, new in zip(live, self._apply(stage, [docs[i] for i in live]), strict=True):
                if new.dropped is not None and new.dropped != docs[i].dropped:
                    at[i] = pos
                docs[i] = new
        return docs

    def _apply(self, stage: Stage, docs: list[Document]) -> list[Document]:
        pipe = getattr(stage, "pipe", None)
        if pipe is not None and docs:
            try:
                return list(pipe(docs))
            except Exception:
                if self.settings.strict:
                    raise
        return [self._apply_one(stage, doc) for doc in docs]

    def _apply_one(self, stage: Stage, doc: Document) -> Document:
        try:
            return stage(doc)
        except Exception as exc:
            if self.settings.strict:
                raise
            return dataclasses.replace(doc, dropped=Drop(stage.name, f"{type(exc).__name__}: {exc}"[:500]))

    def _add(self, doc: Document) -> None:
        self.batch.append(doc)
        if len(self.batch) >= self.settings.batch_size:
            self.flush()

    def flush(self) -> None:
        """Replay the driver's stages over the batch, write it, merge its events and record the shards it
        completes, in one transaction; then remove those shards' parts."""
        # DuckDB's memory bounded while loading parts, with room for this batch's rows (runner/memory.py): set here,
        # before each batch, since long reports need more than the bound
        bound_store_memory(self.store.con, sum(len(d.raw.encode()) + len(d.text.encode()) for d in self.batch))
        with self.store.transaction():
            if self.batch:
                self.batch = store_batch(self.store, self._replay(self.batch), self.signature,
                                         reprocess=self.reprocess)
            self._record(self.closing)
        for doc in self.batch:
            self.summary.run.add(doc)
        self.batch = []
        if not self.keep_parts:
            for shard, _ in self.closing:
                remove_part(self.folder, shard.key)
        self.closing = []
        if self.store.checkpointed():  # the commit checkpointed (or nothing was written since): see `reopen`
            self.store.reopen()
            _one_thread(self.store)
        release_free_memory()  # the batch's objects are gone: their pages go back to the system (runner/memory.py)

    def _record(self, shards: list[tuple[Shard, dict[str, Any]]]) -> None:
        """Record the shards the batch completes: one statement for them all (a statement per shard was some 3 ms
        each, as much as the batch's own look-ups of its documents)."""
        if shards:
            first: dict[str, list[Any]] = {}  # a key's first row, the one OR IGNORE keeps
            for shard, info in shards:
                first.setdefault(shard.key, [shard.key, shard.label,
                                             *(info.get(k) for k in ("documents", "events", "worker", "seconds"))])
            rows = list(first.values())
            self.store.con.execute(
                "INSERT OR IGNORE INTO shards (key, shard, documents, events, worker, seconds) VALUES "
                + ", ".join(["(?, ?, ?, ?, ?, ?)"] * len(rows)), [v for row in rows for v in row])
        for shard, _ in shards:
            # a failure an earlier run recorded for this shard is gone now that it loaded
            if shard.label in self.failed_shards:
                self.store.con.execute("DELETE FROM drops WHERE origin = ? AND stage = ?",
                                       [shard.label, SHARD_STAGE])


def _one_thread(store: Store) -> None:
    """One DuckDB thread: the workers own the cores, and the driver's statements are small look-ups and inserts that
    gain nothing from parallel execution but pay its coordination (9% of the driver's CPU and 15-25 MB of its peak
    memory on the bench corpus's parts, measured side by side)."""
    store.con.execute("SET threads = 1")


@contextlib.contextmanager
def _settled() -> Iterator[None]:
    """What the process holds when parts start loading (its imports, the cluster and its client, the driver's stages
    and the store) frozen out of the cyclic garbage collector while they load, and let go after (`gc.freeze`): the
    collector's full passes, which the batches' rows and reports set off, walked all of it every time (4 passes of
    some 50 ms in a `--workers 2` run of the bench corpus, load 6). A frozen object is still freed when nothing
    refers to it; only a cycle among them waits for the end of the loading. A process that froze objects of its own
    (a worker's stages in this process) is left as it is."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def open_loader(store: Store, settings: Settings, folder: Path, *, keep_parts: bool = False,
                reprocess: bool = False) -> Loader:
    """The driver's side of a run, opened and warmed before its first shard: its stages built, the store's shards
    table made, what the store held unmerged merged (`Loader`), and the merge's first-batch work done (`warm`).
    `eventwatch run --workers N` calls it on a thread while its cluster starts (`cli/cluster.py`): the driver then
    waits on the workers' server (its imports and models, some 3 CPU s against the driver's 1), so these 0.1-0.2
    CPU s cost no wall time there, where inside `run_sharded` the loader's opening came before the first shard's
    submission and the merge's patterns in the first batch, beside two busy workers."""
    loader = Loader(store, settings, folder, keep_parts=keep_parts, reprocess=reprocess)
    loader.warm()
    return loader


def run_sharded(paths: Sequence[str], store: Store, settings: Settings, executor: Executor, folder: Path, *,
                size: int = 32, split_bytes: int | None = None, keep_parts: bool = False, reprocess: bool = False,
                progress: Progress | None = None, loader: Loader | None = None) -> ShardedSummary:
    """Run the pipeline over PATHS cut into shards of about `size` documents; see the module's docstring. With
    `reprocess`, shards loaded before are loaded again and their documents coded anew, as `run --reprocess` does.
    `loader`: the run's loader opened already (`open_loader`) with these store, settings, folder and flags."""
    if loader is None:
        loader = Loader(store, settings, folder, keep_parts=keep_parts, reprocess=reprocess)
    elif (loader.store, loader.settings, loader.folder, loader.keep_parts, loader.reprocess) != (
            store, settings, folder, keep_parts, reprocess):
        raise ValueError("the loader was opened for another run")
    summary = loader.summary
    done = set() if reprocess else loader.loaded()
    salt = content_id(repr(dataclasses.replace(settings, db="", batch_size=1, shard_size=1)), loader.signature,
                      version("eventwatch"))
    plan = plan_shards(paths, settings, size, split_bytes=SPLIT_BYTES if split_bytes is None else split_bytes,
                       salt=salt)
    order: deque[Shard] = deque()  # shards not loaded yet, in reading order
    ready: dict[int, ShardResult] = {}  # finished shards waiting for those before them
    processed_docs = 0

    def feed() -> Iterator[Shard]:
        for shard in plan:
            summary.planned += 1
            if shard.key in done:
                summary.already_loaded += 1
                continue
            order.append(shard)
            marker = read_marker(folder, shard.key)
            if marker is not None:
                summary.resumed += 1
                ready[shard.seq] = ShardResult(shard, marker)
                continue
            yield shard

    def drain() -> None:
        while order and order[0].seq in ready:
            result = ready.pop(order.popleft().seq)
            if result.info is not None:
                loader.load(result.shard, result.info)
            else:
                loader.fail(result.shard, result.error or "unknown error")

    with _settled():
        for result in executor.run(feed(), folder):
            ready[result.shard.seq] = result
            if result.info is not None:
                summary.processed += 1
                processed_docs += int(result.info.get("documents") or 0)
                summary.worker_seconds += float(result.info.get("seconds") or 0.0)
                if result.info.get("finished") is not None:
                    worker = str(result.info.get("worker"))
                    summary.ended[worker] = max(summary.ended.get(worker, 0.0), float(result.info["finished"]))
            drain()
            if progress is not None:
                progress(summary, processed_docs)
        drain()
        loader.flush()
    unbound_store_memory(store.con)
    if reprocess:
        recompute(store)  # merged events of the reports replaced, clustered again with all the others
    if progress is not None:
        progress(summary, processed_docs)
    return summary


class SerialExecutor:
    """Runs every shard in this process, one after the other: the driver's logic without a cluster (tests, and
    a fallback where no cluster can start)."""

    def __init__(self, settings: Settings, task: Callable[[Shard, Path], dict[str, Any]] | None = None) -> None:
        self.settings = settings
        self.task = task

    def run(self, shards: Iterator[Shard], folder: Path) -> Iterator[ShardResult]:
        task = self.task
        if task is None:
            from eventwatch.runner.shardwork import ShardWorker

            task = ShardWorker(self.settings).process
        for shard in shards:
            try:
                yield ShardResult(shard, task(shard, folder))
            except Exception as exc:
                if self.settings.strict:
                    raise
                yield ShardResult(shard, error=f"{type(exc).__name__}: {exc}")
