"""Exports of merged events: JSON Lines with each event's reports, CSV and Parquet with the counts, `source` and
the reports as a JSON column."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
from mergerows import document, row

from eventwatch.export import Scope, export
from eventwatch.merge import merge_new
from eventwatch.store import Store

ALL = Scope(everything=True)


def _store(path: Path) -> Store:
    store = Store(path)
    docs = []
    for name, outlet, copy in (("a", "Daily Trust", None), ("b", "Premium Times", None), ("c", "Kano Chronicle", "a")):
        sentence = f"Gunmen killed five traders at Kurmi market in Kano, {outlet} reported."
        r = row(1, name, sentence=sentence, doc_source=outlet, doc_duplicate_of=copy, fatalities=5,
                doc_url=f"https://{name}.example/kurmi")
        docs.append(document(name, f"{outlet}. {sentence}", [r], record_id=f"rec-{name}"))
    store.write_batch(docs)
    merge_new(store)
    return store


def test_jsonl_carries_each_events_reports(tmp_path: Path) -> None:
    with _store(tmp_path / "s.duckdb") as store:
        out = io.StringIO()
        assert export(store, "jsonl", out, scope=ALL) == 1
        [event] = [json.loads(line) for line in out.getvalue().splitlines()]
    assert (event["n_reports"], event["n_sources"]) == (3, 2)  # the Chronicle copies the Daily Trust's story
    assert event["source"] == "Daily Trust; Premium Times; Kano Chronicle"
    assert [r["doc_id"] for r in event["reports"]] == ["a", "b", "c"]
    first = event["reports"][0]
    assert set(first) == {"doc_id", "record_id", "source", "reported_by", "url", "evidence"}
    assert (first["record_id"], first["source"], first["url"]) == ("rec-a", "Daily Trust", "https://a.example/kurmi")
    assert first["evidence"].startswith("Gunmen killed five traders")


def test_csv_and_parquet_carry_counts_source_and_reports_as_json(tmp_path: Path) -> None:
    with _store(tmp_path / "s.duckdb") as store:
        out = io.StringIO(newline="")
        export(store, "csv", out, scope=ALL)
        [cells] = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
        export(store, "parquet", None, tmp_path / "e.parquet", scope=ALL)
    assert (cells["n_reports"], cells["n_sources"]) == ("3", "2")
    assert [r["record_id"] for r in json.loads(cells["reports"])] == ["rec-a", "rec-b", "rec-c"]
    table = pq.read_table(tmp_path / "e.parquet").to_pylist()
    assert table[0]["source"] == cells["source"] and len(json.loads(table[0]["reports"])) == 3


def test_exports_list_the_documents_that_mention_an_event_apart_from_its_reports(tmp_path: Path) -> None:
    from eventwatch.records import Document

    r = row(1, "a", sentence="Gunmen killed five traders at Kurmi market in Kano on Monday.", fatalities=5)
    kurmi = document("a", "Report a. Gunmen killed five traders at Kurmi market in Kano on Monday.", [r])
    text = ("Traders shut Kurmi market in Kano on Tuesday to mourn five colleagues killed by gunmen on Monday, "
            "their union said.")
    mourn = Document(raw=text, origin="m.txt", id="m", text=text, published="2024-03-05", source="Kano Voice",
                     url="https://m.example/story", events=())
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([kurmi, mourn])
        merge_new(store)
        out = io.StringIO()
        export(store, "jsonl", out, scope=ALL)
        csv_out = io.StringIO(newline="")
        export(store, "csv", csv_out, scope=ALL)
    [event] = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [m["doc_id"] for m in event["mentions"]] == ["m"]
    assert event["mentions"][0]["source"] == "Kano Voice" and "Kurmi market" in event["mentions"][0]["evidence"]
    assert [r["doc_id"] for r in event["reports"]] == ["a"] and event["n_reports"] == 1  # a mention is not a report
    [cells] = list(csv.DictReader(io.StringIO(csv_out.getvalue(), newline="")))
    assert [m["url"] for m in json.loads(cells["mentions"])] == ["https://m.example/story"]


def test_an_event_no_document_mentions_exports_an_empty_list(tmp_path: Path) -> None:
    with _store(tmp_path / "s.duckdb") as store:
        out = io.StringIO()
        export(store, "jsonl", out, scope=ALL)
    [event] = [json.loads(line) for line in out.getvalue().splitlines()]
    assert event["mentions"] == []
