"""The key of documents stored with no event by their month of publication (`store/days.py`): written with a
batch, removed with the documents, given to a store written before it, and what the merge's mentions read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb

from eventwatch.merge import merge_new
from eventwatch.records import Document, Event, Evidence, Span, content_id
from eventwatch.store import Store, days


def _event(doc_id: str) -> Event:
    return Event(event_id=content_id("event", doc_id), doc_id=doc_id, event_type="Protests",
                 sub_event_type="Peaceful protest", evidence=Evidence(sentence=Span(0, 20, "Crowds marched today")),
                 event_date="2024-03-12", time_precision=1, country="Kenya", location="Nairobi")


def _doc(doc_id: str, published: str | None, *, events: bool = False) -> Document:
    return Document(raw="r", origin=f"{doc_id}.txt", id=doc_id, text=f"Crowds marched today in {doc_id}.",
                    published=published, events=(_event(doc_id),) if events else ())


DOCS = [_doc("a", "2024-03-12T08:00:00Z"), _doc("b", "2024-03-31"), _doc("c", "2024-04-01"),
        _doc("d", "2024-03-12", events=True), _doc("e", None), _doc("f", "March 2024"), _doc("g", "2023-12-31")]


def _rows(store: Store) -> list[tuple[object, ...]]:
    return store.con.execute("SELECT month, CAST(day AS VARCHAR), doc_id FROM eventless_days "
                             "ORDER BY doc_id").fetchall()


def test_a_document_stored_with_no_event_and_a_day_is_keyed_by_its_month_once() -> None:
    with Store(":memory:") as store:
        store.write_batch(DOCS)
        store.write_batch(DOCS)  # a batch written again adds no key
        march = days.month(dt.date(2024, 3, 1))
        assert _rows(store) == [(march, "2024-03-12", "a"), (march, "2024-03-31", "b"),
                                (march + 1, "2024-04-01", "c"), (march - 3, "2023-12-31", "g")]
        # a range of days: the months it spans, then its days; a range ending before it starts finds nothing
        assert sorted(days.between(store.con, dt.date(2024, 3, 12), dt.date(2024, 4, 1))) == ["a", "b", "c"]
        assert days.between(store.con, dt.date(2024, 3, 13), dt.date(2024, 3, 30)) == []
        assert sorted(days.between(store.con, dt.date(2023, 12, 31), dt.date(2024, 3, 12))) == ["a", "g"]
        assert days.between(store.con, dt.date(2024, 4, 2), dt.date(2024, 4, 1)) == []
        store.forget(["a", "c"], [])
        assert [r[2] for r in _rows(store)] == ["b", "g"]


def test_a_store_written_before_the_key_gains_it_and_its_mentions_are_those_of_a_scan(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.write_batch(DOCS)
        keyed = _rows(store)
        store.con.execute("DROP TABLE eventless_days")
    with Store(db) as store:
        assert _rows(store) == keyed
        scanned = store.con.execute(f"""SELECT d.id FROM documents d WHERE {days.DAY} BETWEEN DATE '2023-01-01'
            AND DATE '2024-12-31' AND NOT EXISTS (SELECT 1 FROM report_events r WHERE r.doc_id = d.id)
            ORDER BY d.id""").fetchall()
        assert sorted(days.between(store.con, dt.date(2023, 1, 1), dt.date(2024, 12, 31))) == [r[0] for r in scanned]
        merge_new(store)  # the merge reads them without error


def test_a_store_written_before_documents_had_a_day_of_publication_opens_with_an_empty_key(tmp_path: Path) -> None:
    # the oldest stores' documents have no `published` column: nothing to key, and the store still opens for writing
    path = tmp_path / "oldest.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE documents (id VARCHAR PRIMARY KEY, origin VARCHAR)")
    con.execute("INSERT INTO documents VALUES ('a', 'a.txt')")
    con.close()
    with Store(path) as store:
        assert _rows(store) == []
