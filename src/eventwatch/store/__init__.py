"""The DuckDB store: documents, the events each report tells (`report_events`), the merged events (`events`, one
per occurrence) with their links to the reports that tell them (`event_reports`), evidence and drops.

Each batch is written in one transaction, and every row has a key derived from its content (a document's id is
the hash of its cleaned text, an event's id the hash of what defines it, a drop's id the hash of where it came
from and why), so that re-running adds nothing and a run killed mid-way resumes without duplicates or loss.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from eventwatch.errors import StoreError
from eventwatch.records import Caption, Document
from eventwatch.store import days
from eventwatch.store.rows import (
    _column,
    _document_row,
    _evidence_rows,
    _first_new,
    _hash,
    event_id,
    parse_captions,
)
from eventwatch.store.schema import (
    _ADDED_EVENT_COLUMNS,
    _DOC_COLUMNS,
    _NUMBER_EVENTS,
    _SCHEMA,
    ADDED_DOCUMENT_COLUMNS,
    ALREADY_STORED,
    EVENT_COLUMNS,
    EVENT_REPORT_COLUMNS,
    INDEXES,
    NEAR_ANYWHERE,
    NEAR_DDL,
    NEAR_KEY,
    PLANNED_EVENT_COLUMNS,
    TOPS,
)
from eventwatch.store.upgrade import drop_keys, migrate
from eventwatch.store.written import Written, stored_before, written

if TYPE_CHECKING:
    from eventwatch.store.dedupe_index import StoreIndex

__all__ = [
    "ADDED_DOCUMENT_COLUMNS", "ALREADY_STORED", "EVENT_COLUMNS", "EVENT_REPORT_COLUMNS", "PLANNED_EVENT_COLUMNS",
    "BatchCounts", "Store", "event_id", "parse_captions",
]
@dataclass(frozen=True, slots=True)
class BatchCounts:
    documents: int = 0
    events: int = 0
    drops: int = 0
    skipped: int = 0


class Store:
    """A thin typed layer over one DuckDB file; open it with `with Store(path) as store:`."""

    written: Written | None = None  # the last batch's rows (`store/written.py`), until the next write or undo

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = str(path)
        self.con = self._connect(read_only=read_only)
        self._depth = 0
        self._dedupe: StoreIndex | None = None  # its entries are written with the next batch
        # Counts the times rows were removed (`forget`): what a reader keeps of rows it read (the merge's reports)
        # holds while this does not change, as stored rows are otherwise never rewritten.
        self.generation = 0
        # each country's highest ACLED number, kept by the one writer once read (`number_events`): reading it from
        # event_numbers for every batch is a scan of a table that grows with the store
        self._tops: dict[str, int] | None = None
        self._iso3 = False  # whether merged events have their country's code (`number_events`)
        if not read_only:
            self._move_report_events()
            self.con.execute(_SCHEMA)
            drop_keys(self)
            for table in ("report_events", "events"):
                for name, kind in PLANNED_EVENT_COLUMNS:
                    self.con.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {name} {kind}")
            for name, kind in ADDED_DOCUMENT_COLUMNS:
                self.con.execute(f"ALTER TABLE documents ADD COLUMN IF NOT EXISTS {name} {kind}")
            migrate(self)
            self.con.execute(INDEXES)
            self._near_keys()
            with self.transaction():
                days.ensure(self.con)  # the merge's key of documents with no event (store/days.py)

    def _connect(self, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
        try:
            return duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            if "lock" in str(exc).lower():
                raise StoreError(
                    f"the store {self.path} is in use by another process (an `eventwatch serve` or `run`), and DuckDB "
                    "allows one writer: to add material to a served store, stop the server and start "
                    "`eventwatch serve --watch PATH...`, which ingests new files in the server's own process") from exc
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc

    def _move_report_events(self) -> None:
        """A store written before merged events kept each report's events in `events`: they become
        `report_events`, and the next run merges them into a new `events` (they are not linked yet)."""
        tables = set(self.tables())
        if "events" in tables and "report_events" not in tables:
            self.con.execute("ALTER TABLE events RENAME TO report_events")

    def _near_keys(self) -> None:
        """The merge's look-up keys (`schema.NEAR_KEY`); a store written before them gets those of its rows."""
        if "merge_keys" in self.tables():
            return
        with self.transaction():
            self.con.execute(NEAR_DDL)
            for name in ("country", "event_date"):  # a store older than these columns: its rows are keyed as unplaced
                self.con.execute(f"ALTER TABLE report_events ADD COLUMN IF NOT EXISTS {name} VARCHAR")
            self._insert_keys(anywhere=False, where="TRUE")
            self._insert_keys(anywhere=True, where="r.event_id IN (SELECT report_event_id FROM event_reports "
                                                   "WHERE location IS NULL)")

    def near_keys(self, event_ids: Sequence[str], *, anywhere: bool = False) -> None:
        """Write the merge's look-up keys of these per-report events (with `anywhere`, the key of one linked with no
        place: `schema.NEAR_ANYWHERE`), read from their rows through report_events' key."""
        if event_ids:
            self._insert_keys(anywhere=anywhere, where="list_contains(?, r.event_id)", params=[sorted(set(event_ids))])

    def _insert_keys(self, *, anywhere: bool, where: str, params: Sequence[Any] = ()) -> None:
        """The one INSERT of merge keys for the rows `where` picks (the key of no place only for a dated placed row)."""
        if not anywhere:
            self.con.execute(f"INSERT INTO merge_keys SELECT {NEAR_KEY}, r.event_id FROM report_events r WHERE {where}",
                             list(params))
            return
        # the rows `where` picks first (MATERIALIZED: DuckDB would otherwise fold the conditions on the row into the
        # scan's filter, and with a second filter it reads every row of report_events instead of its key's index)
        self.con.execute(f"INSERT INTO merge_keys WITH r AS MATERIALIZED (SELECT * FROM report_events r WHERE {where}) "
                         f"SELECT {NEAR_ANYWHERE}, r.event_id FROM r WHERE r.country IS NOT NULL "
                         "AND r.event_date IS NOT NULL", list(params))

    def __enter__(self) -> Store:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def checkpointed(self) -> bool:
        """Whether every committed row is in the store's file: its write-ahead log is empty, as a checkpoint leaves
        it (False for an in-memory store, which has no file)."""
        if not self.path or self.path.startswith(":memory:"):
            return False
        try:
            return os.path.getsize(f"{self.path}.wal") == 0
        except FileNotFoundError:
            return True

    def reopen(self) -> None:
        """Close the connection and open the file again, outside a transaction (the connection's settings are
        DuckDB's defaults again). What DuckDB keeps of a database it has open beside its buffers (the metadata of
        the row groups and segments it has read or written) is let go: the cluster driver does this after a
        checkpoint (`runner/driver.py`), when the log is empty and closing writes nothing."""
        if self._depth:
            raise StoreError(f"cannot reopen the store {self.path} inside a transaction")
        self.con.close()
        self.con = self._connect()

    def needs_upgrade(self) -> bool:
        """True when the store was written by an earlier release and `upgrade.migrate` has not run on it yet."""
        types = self.columns("events")
        if "event_numbers" not in self.tables():
            return True
        for table in ("report_events", "events"):
            kinds = self.columns(table)
            if kinds.get("event_date") == "VARCHAR" or any(name not in kinds for name, _ in _ADDED_EVENT_COLUMNS):
                return True
        if "iso3" not in types:  # a table too old or too partial to number: nothing to do
            return False
        row = self.con.execute("SELECT count(*) FROM events WHERE nullif(iso3, '') IS NOT NULL AND event_id "
                               "NOT IN (SELECT event_id FROM event_numbers)").fetchone()
        return bool(row and row[0])

    def number_events(self, event_ids: Sequence[str] | None = None) -> None:
        """Give ACLED's country number (event_id_cnty) to the merged events not numbered yet, among `event_ids` or
        all (the merge numbers the events it writes)."""
        if not self._iso3:  # a column no store loses once it has it: read from the catalogue until then
            self._iso3 = "iso3" in self.columns("events")
            if not self._iso3:
                return
        if event_ids is None:
            self._tops = None
            self.con.execute(_NUMBER_EVENTS.format(numbered="", only="", tops=TOPS))
        elif event_ids:  # those events only, looked up through the indexes
            if self._tops is None:
                self._tops = {str(c): int(n) for c, n in self.con.execute(f"SELECT * FROM {TOPS}").fetchall()}
            ids = [list(event_ids)]
            self.con.register("number_tops", pa.table({"iso3": pa.array(list(self._tops), pa.string()),
                                                       "top": pa.array(list(self._tops.values()), pa.int64())}))
            try:
                # the numbers given, as the insert returns them: those of these events numbered before are below the
                # kept highest already (a second look-up of the batch's numbers cost some 5 ms a batch)
                given = self.con.execute(_NUMBER_EVENTS.format(numbered="WHERE list_contains($1, event_id)",
                                                               only="AND list_contains($1, e.event_id)",
                                                               tops="number_tops") + "RETURNING iso3, number",
                                         ids).fetchall()
            finally:
                self.con.unregister("number_tops")
            for iso3, number in given:
                self._tops[str(iso3)] = max(int(number), self._tops.get(str(iso3), 0))

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together or not at all; a transaction inside another joins it, so that a batch
        and the merge of its events are one commit."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.con.execute("BEGIN TRANSACTION")
        self._depth = 1
        try:
            yield
        except BaseException as exc:
            self._depth = 0
            self._rollback()
            if isinstance(exc, duckdb.Error):
                raise StoreError(f"cannot write to the store {self.path}: {exc}") from exc
            raise
        self._depth = 0
        try:
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self._rollback()
            raise StoreError(f"cannot write to the store {self.path}: {exc}") from exc

    def _rollback(self) -> None:
        """Undo the open transaction; a failed ROLLBACK (the disk is full, the connection is gone) must not hide
        the error that caused it."""
        self._tops = self.written = None  # what the kept highest numbers counted, or the batch wrote, may be undone
        with contextlib.suppress(duckdb.Error):
            self.con.execute("ROLLBACK")

    def columns(self, table: str) -> dict[str, str]:
        """Column name -> DuckDB type of a table of the store, in table order ({} when there is no such table)."""
        rows = self.con.execute("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
                                "AND table_schema = 'main' ORDER BY ordinal_position", [table]).fetchall()
        return {str(name): str(kind) for name, kind in rows}

    def tables(self) -> list[str]:
        rows = self.con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
                                "ORDER BY table_name").fetchall()
        return [str(row[0]) for row in rows]

    # -- reading ---------------------------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is not None

    def document_ids(self) -> set[str]:
        return {row[0] for row in self.con.execute("SELECT id FROM documents").fetchall()}

    def dedupe_index(self, bands: tuple[int, int]) -> StoreIndex:
        """The near-duplicate index kept in this store (`store/dedupe_index.py`); what the stage adds to it is
        written with the next batch, in its transaction."""
        from eventwatch.store.dedupe_index import StoreIndex

        self._dedupe = StoreIndex(self, bands)
        return self._dedupe

    def captions(self, doc_id: str) -> tuple[Caption, ...]:
        """A stored document's photo captions. `at` (where the caption stood in the text) was added to the JSON
        of the `captions` column later than `text` and `date`: rows written before it read back with `at` None,
        so no schema change or migration was needed."""
        row = self.con.execute("SELECT captions FROM documents WHERE id = ?", [doc_id]).fetchone()
        return parse_captions(row[0] if row else None)

    def insert(self, table: str, columns: Sequence[str], rows: list[list[Any]], *, ignore: bool = True) -> None:
        """Insert rows (one list of values per row, in `columns` order), ignoring keys already stored (unless the
        caller knows there are none: `ignore=False` is faster), through an Arrow table: one statement per batch
        instead of one per row (executemany is slow)."""
        if not rows:
            return
        batch = pa.table({c: _column([r[i] for r in rows]) for i, c in enumerate(columns)})
        self.con.register("eventwatch_batch", batch)
        try:
            names = ", ".join(columns)
            verb = "INSERT OR IGNORE" if ignore else "INSERT"
            self.con.execute(f"{verb} INTO {table} ({names}) SELECT {names} FROM eventwatch_batch")
        finally:
            with contextlib.suppress(duckdb.Error):  # keep the insert's own error, not a follow-up one
                self.con.unregister("eventwatch_batch")

    def count(self, table: str) -> int:
        if table not in {"documents", "events", "report_events", "event_reports", "evidence", "drops"}:
            raise StoreError(f"no table {table!r}")
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, list(params))
        names = [d[0] for d in cur.description or []]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def stored_ids(self, table: str, key: str, ids: Sequence[str]) -> set[str]:
        """Those of these ids already stored in `table` (looked up through the index of its key column `key`)."""
        if not ids:
            return set()
        rows = self.con.execute(f"SELECT {key} FROM {table} WHERE list_contains(?, {key})", [list(ids)]).fetchall()
        return {str(row[0]) for row in rows}

    # -- writing ---------------------------------------------------------------------------------------------
    def forget(self, doc_ids: Sequence[str], origins: Sequence[str]) -> None:
        """Remove what the store holds of these documents (their row, per-report events, evidence and links) and
        the drops recorded for these origins, before `eventwatch run --reprocess` writes what the current settings
        make of them. Merged events are then clustered again from the reports that remain (`merge.recompute`);
        ACLED numbers are never reused."""
        self.generation += 1
        self.written = None
        with self.transaction():
            if doc_ids:
                ids = [list(doc_ids)]
                self.con.execute("DELETE FROM evidence WHERE event_id IN (SELECT event_id FROM report_events "
                                 "WHERE list_contains(?, doc_id))", ids)
                if "event_reports" in self.tables():
                    merged = [str(r[0]) for r in self.con.execute(
                        "SELECT DISTINCT event_id FROM event_reports WHERE list_contains(?, doc_id)", ids).fetchall()]
                    self.con.execute("DELETE FROM event_reports WHERE list_contains(?, doc_id)", ids)
                    # a merged event none of whose reports remains goes with them
                    self.con.execute("DELETE FROM events WHERE list_contains(?, event_id) AND event_id NOT IN "
                                     "(SELECT event_id FROM event_reports)", [merged])
                self.con.execute("DELETE FROM report_events WHERE list_contains(?, doc_id)", ids)
                self.con.execute("DELETE FROM documents WHERE list_contains(?, id)", ids)
                days.forget(self.con, doc_ids)
            if origins:
                self.con.execute("DELETE FROM drops WHERE list_contains(?, origin)", [list(origins)])

    def write_batch(self, docs: Iterable[Document], pipeline: str = "") -> BatchCounts:
        """Store one processed batch atomically: all of its rows or none. Its events go to `report_events`, one
        per report; `eventwatch.merge` turns them into the merged `events` (the runner does both in one commit)."""
        doc_rows: list[list[Any]] = []
        event_rows: list[list[Any]] = []
        evidence_rows: list[list[Any]] = []
        drop_rows: list[list[Any]] = []
        quiet: list[str] = []  # documents with no event (`store/days.py`)
        skipped = 0
        for doc in docs:
            if doc.dropped is not None:
                if doc.dropped.reason == ALREADY_STORED:
                    skipped += 1
                    continue
                drop_rows.append([
                    _hash(doc.origin, doc.id, doc.dropped.stage, doc.dropped.reason), doc.origin, doc.id or None,
                    doc.dropped.stage, doc.dropped.reason, doc.duplicate_of,
                ])
                continue
            doc_rows.append(_document_row(doc, pipeline))
            if not doc.events:
                quiet.append(str(doc_rows[-1][0]))
            for event in doc.events:
                event_rows.append([getattr(event, c) for c in EVENT_COLUMNS])
                evidence_rows.extend(_evidence_rows(event))
        with self.transaction():
            if self._dedupe is not None:
                self._dedupe.commit()
            known = stored_before(self.con, doc_rows)  # for `days` and `written`
            # only the rows not stored yet, each once, by a plain INSERT: DuckDB runs INSERT OR IGNORE as a MERGE
            # whose join reads every row of the table (a batch's cost growing with the store)
            self.insert("documents", _DOC_COLUMNS, _first_new(doc_rows, known), ignore=False)
            days.add(self.con, [i for i in quiet if i not in known])
            # evidence has no key (schema.DROPPED_KEYS): a report's spans are written with its row, only when that
            # row is new, so that a batch written again adds no span twice
            stored = self.stored_ids("report_events", "event_id", [row[0] for row in event_rows])
            # only the rows not stored yet, each once, by a plain INSERT: what INSERT OR IGNORE let in, without its
            # check of the key (3x the insert, and growing with the store: 8.8 -> 17.7 ms a batch over 9 passes)
            new_events = _first_new(event_rows, stored)
            self.insert("report_events", EVENT_COLUMNS, new_events, ignore=False)
            self.near_keys([row[0] for row in event_rows if row[0] not in stored])
            new_evidence = _first_new(evidence_rows, stored, width=2)
            self.insert("evidence", ("event_id", "role", "start_char", "end_char", "text"), new_evidence, ignore=False)
            new_drops = _first_new(drop_rows, self.stored_ids("drops", "drop_id", [r[0] for r in drop_rows]))
            self.insert("drops", ("drop_id", "origin", "doc_id", "stage", "reason", "duplicate_of"), new_drops,
                        ignore=False)
            # the batch's rows, for the merge to read its new reports from (`store/written.py`)
            self.written = written(self.con, doc_rows, event_rows, new_events, new_evidence, stored, known)
        return BatchCounts(len(doc_rows), len(event_rows), len(drop_rows), skipped)

