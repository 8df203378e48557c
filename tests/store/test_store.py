from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import duckdb
import pytest

from eventwatch.errors import StoreError
from eventwatch.export import export
from eventwatch.merge import merge_new
from eventwatch.records import Caption, Document, Drop, Event, Evidence, Span
from eventwatch.store import ALREADY_STORED, Store, event_id, parse_captions


def _event(doc_id: str, n: int, lat: float | None = 1.5) -> Event:
    sentence = Span(0, 20, "Crowds marched today")
    return Event(
        event_id=event_id(doc_id, n), doc_id=doc_id, event_type="Protests", sub_event_type="Peaceful protest",
        evidence=Evidence(sentence=sentence, trigger=Span(7, 14, "marched")), event_date="2024-03-12",
        time_precision=1, actor1="Protesters (Kenya)", inter1=6, country="Kenya", location="Nairobi",
        latitude=lat, longitude=36.8 if lat is not None else None, fatalities=n,
    )


def _doc(doc_id: str, events: int) -> Document:
    return Document(raw="r", origin=f"{doc_id}.txt", id=doc_id, text="Crowds marched today",
                    events=tuple(_event(doc_id, n) for n in range(events)))


def test_rewriting_the_same_batch_adds_nothing(tmp_path: Path) -> None:
    batch = [_doc("a", 2), _doc("b", 1), Document(raw="", origin="bin.txt", dropped=Drop("read", "binary file"))]
    with Store(tmp_path / "s.duckdb") as store:
        first = store.write_batch(batch)
        store.write_batch(batch)
        assert (first.documents, first.events, first.drops) == (2, 3, 1)
        assert store.count("documents") == 2
        assert store.count("report_events") == 3 and store.count("events") == 0  # merged only by merge_new
        assert store.count("drops") == 1
        assert store.count("evidence") == 6  # sentence + trigger per event
        assert store.has_document("a") and not store.has_document("zzz")


def test_an_event_twice_in_one_batch_is_stored_once_as_first_written(tmp_path: Path) -> None:
    """Rows already stored or repeated in the batch are left out before a plain INSERT (what INSERT OR IGNORE let
    in): the first of a repeated event stays."""
    first, again = _doc("a", 1), _doc("a", 1)
    again = dataclasses.replace(again, events=(dataclasses.replace(again.events[0], fatalities=9),))
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([first, again])
        assert store.con.execute("SELECT fatalities FROM report_events").fetchall() == [(0,)]
        store.write_batch([again])
        assert store.con.execute("SELECT fatalities FROM report_events").fetchall() == [(0,)]
        assert store.count("evidence") == 2


def test_already_stored_documents_are_not_recorded_as_drops(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        counts = store.write_batch([Document(raw="", id="a", dropped=Drop("store", ALREADY_STORED))])
        assert counts.skipped == 1 and store.count("drops") == 0


def test_a_failed_batch_leaves_nothing_behind(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.con.execute("DROP TABLE evidence")  # the third insert of the batch will fail
        with pytest.raises(Exception, match="evidence"):
            store.write_batch([_doc("a", 1)])
        assert store.count("documents") == 0 and store.count("report_events") == 0


def test_captions_keep_where_they_stood(tmp_path: Path) -> None:
    captions = (Caption("Jan 4, 2024 - Crowds at the gate", "2024-01-04", 21), Caption("Police lines", None, 0))
    doc = dataclasses.replace(_doc("a", 1), captions=captions)
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([doc])
        assert store.captions("a") == captions
        assert store.captions("missing") == ()
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        raw = store.query("SELECT captions FROM documents WHERE id = 'a'")[0]["captions"]
        assert json.loads(raw)[0] == {"text": "Jan 4, 2024 - Crowds at the gate", "date": "2024-01-04", "at": 21}


# The documents table as the first release wrote it: captions as JSON objects with text and date only.
_OLD_DOCUMENTS = """
CREATE TABLE documents (
    id VARCHAR PRIMARY KEY, origin VARCHAR, url VARCHAR, title VARCHAR, published VARCHAR,
    dateline_place VARCHAR, dateline_date VARCHAR, reported_by VARCHAR, byline VARCHAR, source VARCHAR,
    language VARCHAR, duplicate_of VARCHAR, captions JSON, text VARCHAR, n_events INTEGER, pipeline VARCHAR,
    stored_at TIMESTAMP DEFAULT current_timestamp
)"""


def test_a_store_written_before_caption_places_opens_and_resumes(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(_OLD_DOCUMENTS)
    con.execute("INSERT INTO documents (id, origin, captions, text, n_events) VALUES "
                "('old', 'old.txt', '[{\"text\": \"Mar 1 - Marchers\", \"date\": \"2024-03-01\"}]', 'Crowds', 0)")
    con.close()
    with Store(path, read_only=True) as store:  # export and serve open it read-only, before any write
        assert store.captions("old") == (Caption("Mar 1 - Marchers", "2024-03-01", None),)
    new = dataclasses.replace(_doc("new", 1), captions=(Caption("Police lines", None, 7),))
    with Store(path) as store:
        counts = store.write_batch([Document(raw="", id="old", dropped=Drop("store", ALREADY_STORED)), new])
        assert (counts.documents, counts.events, counts.skipped) == (1, 1, 1)
        assert store.document_ids() == {"old", "new"}
        assert store.captions("old") == (Caption("Mar 1 - Marchers", "2024-03-01", None),)
        assert store.captions("new") == (Caption("Police lines", None, 7),)
        merge_new(store)
        assert export(store, "jsonl", io.StringIO()) == 1


def test_unreadable_stored_captions_read_as_none() -> None:
    assert parse_captions(None) == () and parse_captions("{not json") == () and parse_captions('{"a": 1}') == ()
    assert parse_captions('[{"text": "T", "date": 5, "at": true}, {"date": "x"}, 3]') == (Caption("T", None, None),)


class _FullDisk:
    """The store's connection on a disk that fills up: COMMIT fails, and so does the ROLLBACK after it."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self._con = con

    def execute(self, sql: str, *args: object) -> object:
        if sql.strip() in ("COMMIT", "ROLLBACK"):
            raise duckdb.IOException("Could not write file \"s.duckdb.wal\": No space left on device")
        return self._con.execute(sql, *args)

    def __getattr__(self, name: str) -> object:
        return getattr(self._con, name)


def test_a_full_disk_is_one_clear_error_not_the_rollbacks(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        real = store.con
        store.con = _FullDisk(real)  # type: ignore[assignment]
        with pytest.raises(StoreError, match="No space left on device") as info:
            store.write_batch([_doc("a", 1)])
        assert "cannot write to the store" in str(info.value)
        store.con = real


def _index_keys(store: Store, table: str) -> int:
    """Constraints and indexes DuckDB keeps an ART for on `table`."""
    ((n,),) = store.con.execute(
        "SELECT (SELECT count(*) FROM duckdb_constraints() WHERE table_name = $1 AND constraint_type IN "
        "('PRIMARY KEY', 'UNIQUE')) + (SELECT count(*) FROM duckdb_indexes() WHERE table_name = $1)",
        [table]).fetchall()
    return int(n)


def test_evidence_has_no_key_and_a_batch_written_again_stores_no_span_twice(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        assert _index_keys(store, "evidence") == 1  # the look-up index on event_id, no primary key
        assert _index_keys(store, "event_numbers") == 1  # its primary key, no unique (iso3, number)
        store.write_batch([_doc("a", 2)])
        # the same reports in a later batch (a rerun, an interrupted run resumed), beside a new one
        store.write_batch([_doc("a", 2), _doc("b", 1)])
        rows = store.con.execute("SELECT event_id, role, count(*) FROM evidence GROUP BY ALL").fetchall()
        assert len(rows) == 6 and all(n == 1 for _, _, n in rows)
        merge_new(store)
        numbers = store.con.execute("SELECT iso3, number FROM event_numbers").fetchall()
        assert len(numbers) == len(set(numbers))


def test_a_store_with_the_old_keys_loses_them_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.write_batch([_doc("a", 2)])
        merge_new(store)
        before = {t: store.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                  for t in ("evidence", "event_numbers")}
        # the tables as an earlier release made them, with their rows
        store.con.execute("DROP INDEX evidence_event")
        store.con.execute("DROP TABLE evidence")
        store.con.execute("CREATE TABLE evidence (event_id VARCHAR, role VARCHAR, start_char INTEGER, "
                          "end_char INTEGER, text VARCHAR, PRIMARY KEY (event_id, role))")
        store.con.execute("DROP TABLE event_numbers")
        store.con.execute("CREATE TABLE event_numbers (event_id VARCHAR PRIMARY KEY, iso3 VARCHAR, number BIGINT, "
                          "UNIQUE (iso3, number))")
        store.insert("evidence", ("event_id", "role", "start_char", "end_char", "text"),
                     [list(r) for r in before["evidence"]])
        store.insert("event_numbers", ("event_id", "iso3", "number"), [list(r) for r in before["event_numbers"]])
        assert _index_keys(store, "evidence") == 1 and _index_keys(store, "event_numbers") == 2
    with Store(path, read_only=True) as store:  # opened to read, it is left as it is
        assert _index_keys(store, "evidence") == 1
    with Store(path) as store:
        assert _index_keys(store, "evidence") == 1 and _index_keys(store, "event_numbers") == 1
        assert store.con.execute("SELECT count(*) FROM duckdb_indexes() WHERE index_name = 'evidence_event'"
                                 ).fetchall() == [(1,)]
        for table, rows in before.items():
            assert store.con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall() == rows
        store.write_batch([_doc("a", 2), _doc("b", 1)])
        assert store.count("evidence") == 6


def test_numbers_continue_from_each_countrys_highest_across_batches_and_a_failed_one(tmp_path: Path) -> None:
    # the one writer keeps each country's highest number (`Store.number_events`); a batch rolled back undoes what it
    # counted, so the next batch numbers as if it had never been
    with Store(tmp_path / "s.duckdb") as store:
        for doc in ("a", "b"):
            with store.transaction():
                store.write_batch([_doc(doc, 2)])
                merge_new(store, [doc])
        with pytest.raises(RuntimeError), store.transaction():
            store.write_batch([_doc("c", 1)])
            merge_new(store, ["c"])
            raise RuntimeError("the batch fails after its numbers were given")
        with store.transaction():
            store.write_batch([_doc("d", 1)])
            merge_new(store, ["d"])
        numbers = sorted(n for (n,) in store.con.execute("SELECT number FROM event_numbers").fetchall())
        assert numbers == list(range(1, len(numbers) + 1))


def test_reopening_keeps_the_rows_and_refuses_inside_a_transaction(tmp_path: Path) -> None:
    """`reopen` (what the cluster driver does after a checkpoint) opens the same file again: every row and the
    indexes' look-ups are there (`checkpointed`: the write-ahead log is empty, as a checkpoint leaves it); inside a
    transaction it refuses, since closing would drop the transaction's rows."""
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([_doc("a", 2), _doc("b", 1)])
        assert not store.checkpointed()
        store.con.execute("CHECKPOINT")
        assert store.checkpointed()
        before = store.con
        store.reopen()
        assert store.con is not before
        assert store.count("report_events") == 3 and store.has_document("b")
        assert store.stored_ids("report_events", "event_id", [event_id("a", 1), event_id("c", 0)]) == {event_id("a", 1)}
        store.write_batch([_doc("c", 1)])
        assert store.count("report_events") == 4
        with store.transaction(), pytest.raises(StoreError, match="inside a transaction"):
            store.reopen()
    with Store(":memory:") as memory:
        assert not memory.checkpointed()
