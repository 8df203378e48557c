"""Building the standard stage list and running it into the store: what `eventwatch run` and the API share.

The merge and the store (DuckDB) are imported where they are used, not with this module: a cluster's worker builds
its stages from `stage_specs` here but never writes the store, and importing them cost each worker process some
0.3 CPU seconds and DuckDB's memory before its first document (`tests/runner/test_worker_imports.py`).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from eventwatch.pipeline import Pipeline, Stage
from eventwatch.records import Document, Drop
from eventwatch.settings import Settings

if TYPE_CHECKING:
    from eventwatch.store import Store


class SkipStored:
    """Stage `store`: a document whose id the store held when the run began is skipped, so that re-running adds
    nothing. A copy of a document stored earlier in the same run is not skipped here but dropped by `dedupe` as an
    exact copy, as before.

    The ids are looked up batch by batch through the documents' key, among the rows stored up to the run's start
    (`stored_at`, the time of each batch's transaction, no later than the newest row at the start), instead of a set
    of every stored id read when the stage is built: that set grew with the store in the process that writes it
    (some 110 bytes a document: a gigabyte for a crawl of ten million). A server that ingests again with the same
    stages moves the run's start to its last ingest (`advance`), so its stage holds no ids either."""

    name = "store"
    version = "1"
    requires: tuple[str, ...] = ("id",)
    assigns: tuple[str, ...] = ()

    def __init__(self, store: Store) -> None:
        self.store = store
        self.advance()

    def advance(self) -> None:
        """Count every document the store holds now as held at the run's start: what a server's next ingest with
        these stages skips (`web/live.py`)."""
        ((self.since,),) = self.store.con.execute("SELECT max(stored_at) FROM documents").fetchall()

    def stored(self, ids: Sequence[str]) -> set[str]:
        """Those of these ids that the store held when the run began."""
        wanted = sorted({i for i in ids if i})
        if not wanted or self.since is None:
            return set()
        # the ids' rows first, through the documents' key (MATERIALIZED: with the time's condition folded into the
        # scan's filter DuckDB may read every row of the table instead)
        return {str(r[0]) for r in self.store.con.execute(
            "WITH d AS MATERIALIZED (SELECT id, stored_at FROM documents WHERE list_contains(?, id)) "
            "SELECT id FROM d WHERE stored_at <= ?", [wanted, self.since]).fetchall()}

    def _skip(self, doc: Document, stored: set[str]) -> Document:
        if doc.id in stored:
            return dataclasses.replace(doc, dropped=Drop(self.name, _already_stored()))
        return doc

    def __call__(self, doc: Document) -> Document:
        return self._skip(doc, self.stored([doc.id]))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        batch = list(docs)
        stored = self.stored([d.id for d in batch])
        return (self._skip(d, stored) for d in batch)


# The events stage's name and version (`ExtractEvents.name`, `.version`; a test holds them equal), known without
# importing the events package: it imports spaCy, which the cluster's driver, writing the store, never needs
# (about a second of the driver's CPU, spent while the workers load their models).
EVENTS_STAGE = ("events", "1")


@dataclass(frozen=True, slots=True)
class StageSpec:
    """One stage of the standard list before it is built: its name and version (class attributes, known without
    loading any model) and how to build it. The cluster runner splits the list by name: the stages that need the
    whole run's state (`store`, `dedupe`) run in the one process that writes, the others on the workers."""

    name: str
    version: str
    build: Callable[[], Stage]


def stage_specs(settings: Settings, store: Store | None = None, *, extract: bool = True,
                reprocess: bool = False) -> list[StageSpec]:
    """The one list of stages every interface runs, unbuilt; `extract=False` stops after reading, cleaning and
    finding the outlet."""
    from eventwatch.clean import Clean
    from eventwatch.dedupe import Dedupe, layout
    from eventwatch.language import LanguageFilter
    from eventwatch.sources import FindOutlet, Sources

    specs = [StageSpec(Clean.name, Clean.version, lambda: Clean(settings))]
    if store is not None and not reprocess:  # reprocessing codes stored documents again instead of skipping them
        specs.append(StageSpec(SkipStored.name, SkipStored.version, lambda: SkipStored(store)))
    specs.append(StageSpec(LanguageFilter.name, LanguageFilter.version, lambda: LanguageFilter(settings)))
    bands = layout(settings.near_duplicate_threshold)
    specs.append(StageSpec(Dedupe.name, Dedupe.version, lambda: Dedupe(
        settings, index=store.dedupe_index(bands) if store is not None else None)))
    specs.append(StageSpec(FindOutlet.name, FindOutlet.version, lambda: FindOutlet(settings)))
    if extract:
        def events() -> Stage:
            from eventwatch.runner.lean import import_spacy

            import_spacy()  # without its command line (runner/lean.py)
            from eventwatch.events.assemble import ExtractEvents
            from eventwatch.nlp import load_nlp

            return ExtractEvents(settings, load_nlp(settings))

        specs.append(StageSpec(*EVENTS_STAGE, events))
        specs.append(StageSpec(Sources.name, Sources.version, lambda: Sources(settings)))
    return specs


def build_stages(settings: Settings, store: Store | None = None, *, extract: bool = True,
                 reprocess: bool = False) -> list[Stage]:
    """The one list of stages every interface runs; `extract=False` stops after reading, cleaning and finding the
    outlet."""
    return [spec.build() for spec in stage_specs(settings, store, extract=extract, reprocess=reprocess)]


def signature(specs: Sequence[StageSpec]) -> str:
    """What `Pipeline.signature` says of the built list, from the specs alone."""
    return ",".join(f"{s.name}@{s.version}" for s in specs)


# Drops a run's summary lists one by one (the first ones; the store's `drops` table holds every one): a crawl's
# drops (pages not in English, copies, empty pages) are a share of its documents, so a list of them all would grow
# with the corpus in the process that writes the store.
LISTED_DROPS = 1_000


class DropList:
    """A run's drops as (origin, stage, reason): `len` counts every one, iteration gives the first `LISTED_DROPS`
    (see there), `reasons` counts every one by stage and reason."""

    __slots__ = ("kept", "reasons", "total")

    def __init__(self) -> None:
        self.kept: list[tuple[str, str, str]] = []
        self.total = 0
        self.reasons: Counter[str] = Counter()

    def append(self, drop: tuple[str, str, str]) -> None:
        self.total += 1
        self.reasons[f"{drop[1]}: {drop[2].split(':')[0]}"] += 1
        if len(self.kept) < LISTED_DROPS:
            self.kept.append(drop)

    def __len__(self) -> int:
        return self.total

    def __iter__(self) -> Iterator[tuple[str, str, str]]:
        return iter(self.kept)


@dataclass(slots=True)
class RunSummary:
    read: int = 0
    stored: int = 0
    already_stored: int = 0
    events: int = 0
    drops: DropList = field(default_factory=DropList)  # (origin, stage, reason), the first ones listed

    def add(self, doc: Document) -> None:
        self.read += 1
        if doc.dropped is None:
            self.stored += 1
            self.events += len(doc.events)
        elif doc.dropped.reason == _already_stored():
            self.already_stored += 1
        else:
            self.drops.append((doc.origin, doc.dropped.stage, doc.dropped.reason))

    @property
    def drop_reasons(self) -> Counter[str]:
        return Counter(self.drops.reasons)


def _already_stored() -> str:
    """The store's reason for a document skipped as already stored (the store is imported only where a summary of
    a run into it is kept: never on a cluster's worker)."""
    from eventwatch.store import ALREADY_STORED

    return ALREADY_STORED


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while batch := list(islice(it, size)):
        yield batch


def run_into_store(docs: Iterable[Document], store: Store, settings: Settings,
                   on_batch: Callable[[int], None] | None = None,
                   stages: Sequence[Stage] | None = None, *, reprocess: bool = False) -> RunSummary:
    """Process documents batch by batch, each batch and the merge of its events committed in one transaction, so
    that a run killed at any point leaves a store whose events are merged (and resumes from there).

    With `reprocess`, documents already stored are coded again with the current settings (`--published`,
    `date_order`, `--country`...): what the store held of them and the drops of their origins are replaced, and
    the merged events are clustered again from all reports at the end."""
    from eventwatch.merge import merge_new, recompute
    from eventwatch.runner.parts import arrow_without_pandas

    arrow_without_pandas()
    if stages is None:
        stages = build_stages(settings, store, reprocess=reprocess)
    pipeline = Pipeline(stages, strict=settings.strict)
    summary = RunSummary()
    merge_new(store)  # reports a store written before merging existed holds, not merged yet
    for batch in _batches(docs, settings.batch_size):
        processed = pipeline.run_batch(batch)
        processed = store_batch(store, processed, pipeline.signature, reprocess=reprocess)
        for doc in processed:
            summary.add(doc)
        if on_batch is not None:
            on_batch(len(processed))
    if reprocess:
        recompute(store)  # merged events of the reports replaced, clustered again with all the others
    return summary


def store_batch(store: Store, docs: list[Document], signature: str, *, reprocess: bool = False) -> list[Document]:
    """Write one processed batch and merge its events, in one transaction: what the in-process run and the cluster
    driver both do, so that both leave the same store. Reprocessing replaces what the store held of the batch's
    documents (the merge is redone at the end of the run); returns the batch as written."""
    from eventwatch.merge import merge_new
    from eventwatch.runner.parts import arrow_without_pandas

    arrow_without_pandas()  # the driver's first write, when it has not run `run_into_store`
    with store.transaction():
        if reprocess:
            docs = _keep_links(store, docs)
            # an exact copy dropped by dedupe carries the id of the document it copies: that one is not forgotten
            store.forget([d.id for d in docs if d.id and not _exact_copy(d)], [d.origin for d in docs])
        store.write_batch(docs, signature)
        if not reprocess:
            merge_new(store, [d.id for d in docs if d.dropped is None])
    return docs


def _exact_copy(doc: Document) -> bool:
    return doc.dropped is not None and doc.dropped.stage == "dedupe" and doc.duplicate_of is not None


def _keep_links(store: Store, docs: list[Document]) -> list[Document]:
    """A stored near copy keeps its link to its original when it is coded again (deduplication does not compare
    a stored document with the others a second time)."""
    rows = store.query("SELECT id, duplicate_of FROM documents WHERE list_contains(?, id) AND duplicate_of IS NOT "
                       "NULL", [[d.id for d in docs if d.id]])
    links = {str(r["id"]): str(r["duplicate_of"]) for r in rows}
    return [dataclasses.replace(d, duplicate_of=links[d.id]) if d.duplicate_of is None and d.id in links else d
            for d in docs]
