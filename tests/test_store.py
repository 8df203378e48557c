from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from eventwatch.export import COLUMNS, export
from eventwatch.records import Document, Drop, Event, Evidence, Span
from eventwatch.store import ALREADY_STORED, Store, event_id


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
        assert store.count("events") == 3
        assert store.count("drops") == 1
        assert store.count("evidence") == 6  # sentence + trigger per event
        assert store.has_document("a") and not store.has_document("zzz")


def test_already_stored_documents_are_not_recorded_as_drops(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        counts = store.write_batch([Document(raw="", id="a", dropped=Drop("store", ALREADY_STORED))])
        assert counts.skipped == 1 and store.count("drops") == 0


def test_a_failed_batch_leaves_nothing_behind(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.con.execute("DROP TABLE evidence")  # the third insert of the batch will fail
        with pytest.raises(Exception, match="evidence"):
            store.write_batch([_doc("a", 1)])
        assert store.count("documents") == 0 and store.count("events") == 0


def test_exports_carry_acled_columns(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([_doc("a", 2), Document(raw="r", id="c", text="t", events=(_event("c", 5, lat=None),))])
        buf = io.StringIO()
        assert export(store, "csv", buf) == 3
        rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
        assert tuple(rows[0]) == COLUMNS
        assert {r["event_type"] for r in rows} == {"Protests"}
        assert rows[0]["year"] == "2024" and rows[0]["evidence"] == "Crowds marched today"
        geo = io.StringIO()
        assert export(store, "geojson", geo) == 2  # the unplaced event has no geometry
        fc = json.loads(geo.getvalue())
        assert fc["type"] == "FeatureCollection" and fc["features"][0]["geometry"]["coordinates"] == [36.8, 1.5]
        lines = io.StringIO()
        export(store, "jsonl", lines)
        assert len(lines.getvalue().splitlines()) == 3
        parquet = tmp_path / "e.parquet"
        assert export(store, "parquet", None, parquet) == 3
        import pyarrow.parquet as pq

        assert pq.read_table(parquet).num_rows == 3
