"""Exports as ACLED publishes them: its columns, order, codes and types first, then eventwatch's own; only the
rows ACLED would publish unless asked; stable event_id_cnty; CSV that a spreadsheet cannot run."""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from eventwatch.export import ACLED_COLUMNS, COLUMNS, PUBLISHED, Scope, export, rows
from eventwatch.export.acled import disorder_types
from eventwatch.merge import merge_new
from eventwatch.records import Document, Event, Evidence, Span
from eventwatch.store import Store, event_id

SENTENCE = Span(0, 20, "Crowds marched today")


def _event(doc_id: str, n: int, **fields: object) -> Event:
    base: dict[str, object] = dict(
        event_id=event_id(doc_id, n), doc_id=doc_id, event_type="Protests", sub_event_type="Peaceful protest",
        evidence=Evidence(sentence=SENTENCE, trigger=Span(7, 14, "marched")), event_date="2024-03-12",
        time_precision=1, actor1="Protesters (Kenya)", inter1=6, country="Kenya", iso3="KEN", location="Nairobi",
        latitude=-1.286389123, longitude=36.817223456, geo_precision=1, fatalities=0, size="Around 200",
    )
    base.update(fields)
    return Event(**base)  # type: ignore[arg-type]


def _store(path: Path, *events: Event) -> Store:
    store = Store(path)
    by_doc: dict[str, list[Event]] = {}
    for e in events:
        by_doc.setdefault(e.doc_id, []).append(e)
    store.write_batch([Document(raw="r", id=d, text=SENTENCE.text, events=tuple(evs)) for d, evs in by_doc.items()])
    merge_new(store)  # the store exports merged events
    return store


def _csv(store: Store, scope: Scope = PUBLISHED) -> list[dict[str, str]]:
    buf = io.StringIO(newline="")
    export(store, "csv", buf, scope=scope)
    return list(csv.DictReader(io.StringIO(buf.getvalue(), newline="")))


ATTACK = dict(event_type="Violence against civilians", sub_event_type="Attack", actor1="Unidentified Armed Group "
              "(Kenya)", inter1=3, actor2="Civilians (Kenya)", inter2=7, civilian_targeting=True, fatalities=3,
              size=None, location="Witu", latitude=-2.3889, longitude=40.4383)


def test_acled_columns_come_first_in_acleds_order_and_form(tmp_path: Path) -> None:
    with _store(tmp_path / "s.duckdb", _event("a", 0), _event("a", 1, **ATTACK)) as store:
        out = _csv(store)
        assert tuple(out[0])[:31] == ACLED_COLUMNS and tuple(out[0]) == COLUMNS
        protest, attack = sorted(out, key=lambda r: r["event_type"])
        assert protest["disorder_type"] == "Demonstrations" and attack["disorder_type"] == "Political violence"
        assert (protest["iso"], protest["region"], protest["country"]) == ("404", "Eastern Africa", "Kenya")
        assert (protest["inter2"], protest["interaction"], protest["actor2"]) == ("0", "60", "")
        assert (attack["inter1"], attack["inter2"], attack["interaction"]) == ("3", "7", "37")
        assert attack["civilian_targeting"] == "Civilian targeting" and protest["civilian_targeting"] == ""
        assert protest["tags"] == "crowd size=around 200" and attack["tags"] == ""
        assert protest["latitude"] == "-1.2864" and protest["longitude"] == "36.8172"
        assert protest["year"] == "2024" and protest["event_date"] == "2024-03-12"
        assert abs(int(protest["timestamp"]) - time.time()) < 3600
        assert protest["evidence"] == SENTENCE.text and protest["background"] == "False"


def test_event_ids_are_acleds_and_never_change(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with _store(path, _event("a", 0), _event("a", 1, event_date="2024-03-14")) as store:
        first = {r["event_id"]: r["event_id_cnty"] for r in _csv(store)}
        assert sorted(first.values()) == ["KEN1", "KEN2"]
    earlier = _event("b", 0, event_date="2024-01-02")
    nigeria = _event("b", 1, country="Nigeria", iso3="NGA", actor1="Protesters (Nigeria)")
    with _store(path, earlier, nigeria, _event("a", 0)) as store:  # a new batch, and one event stored again
        after = {r["event_id"]: r["event_id_cnty"] for r in _csv(store)}
    assert {k: after[k] for k in first} == first  # an event keeps its number as the store grows
    assert after[earlier.event_id] == "KEN3" and after[nigeria.event_id] == "NGA1"


def test_types_in_duckdb_and_parquet(tmp_path: Path) -> None:
    with _store(tmp_path / "s.duckdb", _event("a", 0)) as store:
        assert store.columns("events")["event_date"] == "DATE"
        export(store, "parquet", None, tmp_path / "e.parquet")
    schema = pq.read_schema(tmp_path / "e.parquet")
    assert str(schema.field("event_date").type) == "date32[day]"
    for name in ("year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision", "fatalities",
                 "timestamp"):
        assert str(schema.field(name).type) == "int64", name
    assert str(schema.field("latitude").type) == "double"
    assert schema.names[:31] == list(ACLED_COLUMNS)


def test_background_undated_and_incomplete_events_stay_out_by_default(tmp_path: Path) -> None:
    events = [
        _event("a", 0),
        _event("a", 1, background=True, event_date="2009-06-01", fatalities=40000, **{"size": None}),
        _event("a", 2, event_date=None, date_value="2009", time_precision=None),
        _event("a", 3, country=None, iso3=None, location=None, latitude=None, longitude=None),
        _event("a", 4, event_type="Strategic developments", sub_event_type="Other", actor1=None, inter1=None),
    ]
    with _store(tmp_path / "s.duckdb", *events) as store:
        assert store.count("events") == 5
        default = _csv(store)
        assert [r["event_id"] for r in default] == [events[0].event_id]
        with_background = _csv(store, Scope(background=True))
        assert {r["event_id"] for r in with_background} == {events[0].event_id, events[1].event_id}
        everything = list(rows(store, scope=Scope(everything=True)))
        assert len(everything) == 5
        undated = next(r for r in everything if r["event_id"] == events[2].event_id)
        assert undated["event_date"] is None and undated["date_value"] == "2009"
        unplaced = next(r for r in everything if r["event_id"] == events[3].event_id)
        assert unplaced["event_id_cnty"] is None
        actorless = next(r for r in everything if r["event_id"] == events[4].event_id)
        assert actorless["inter1"] == 0 and actorless["interaction"] == 0


def test_csv_cells_cannot_run_in_a_spreadsheet(tmp_path: Path) -> None:
    hostile = _event("a", 0, actor1="=HYPERLINK(\"http://x\",\"y\")", location="+cmd", notes="@SUM(A1)",
                      assoc_actor_1="-2+3", source="\tTab", admin1="\rCR", longitude=-71.535)
    with _store(tmp_path / "s.duckdb", hostile) as store:
        row = _csv(store)[0]
        lines = io.StringIO()
        export(store, "jsonl", lines)
    assert row["actor1"].startswith("'=") and row["location"] == "'+cmd" and row["notes"] == "'@SUM(A1)"
    assert row["assoc_actor_1"] == "'-2+3" and row["source"] == "'\tTab" and row["admin1"] == "'\rCR"
    assert row["longitude"] == "-71.535"  # numbers are not text: a negative longitude stays a number
    assert json.loads(lines.getvalue())["actor1"].startswith("=")  # only CSV is for spreadsheets


def test_geojson_and_jsonl_carry_the_same_rows(tmp_path: Path) -> None:
    with _store(tmp_path / "s.duckdb", _event("a", 0), _event("a", 1, **ATTACK)) as store:
        geo, lines = io.StringIO(), io.StringIO()
        assert export(store, "geojson", geo) == 2 and export(store, "jsonl", lines) == 2
    features = json.loads(geo.getvalue())["features"]
    assert features[0]["geometry"]["coordinates"] == [36.8172, -1.2864]
    assert features[0]["properties"]["event_date"] == "2024-03-12"
    assert [json.loads(line)["event_id_cnty"] for line in lines.getvalue().splitlines()] == ["KEN1", "KEN2"]


# The events table as releases before ACLED's columns wrote it: event_date as text, no numbers, no timestamps.
_OLD_EVENTS = """
CREATE TABLE events (
    event_id VARCHAR PRIMARY KEY, doc_id VARCHAR, event_date VARCHAR, time_precision INTEGER,
    event_type VARCHAR, sub_event_type VARCHAR, plover_type VARCHAR,
    actor1 VARCHAR, assoc_actor_1 VARCHAR, inter1 INTEGER, actor2 VARCHAR, assoc_actor_2 VARCHAR, inter2 INTEGER,
    interaction INTEGER, civilian_targeting BOOLEAN, country VARCHAR, iso3 VARCHAR, admin1 VARCHAR, admin2 VARCHAR,
    location VARCHAR, latitude DOUBLE, longitude DOUBLE, geo_precision INTEGER, geonameid BIGINT,
    fatalities INTEGER, size VARCHAR, notes VARCHAR, source VARCHAR, reported_by VARCHAR, background BOOLEAN,
    confidence DOUBLE
)"""


def test_a_store_of_an_earlier_release_is_upgraded_and_exported(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(_OLD_EVENTS)
    con.execute("INSERT INTO events (event_id, event_date, time_precision, event_type, sub_event_type, actor1, "
                "inter1, country, iso3, fatalities, background) VALUES ('old', '2024-02-01', 1, 'Protests', "
                "'Peaceful protest', 'Protesters (Chile)', 6, 'Chile', 'CHL', 0, false)")
    con.close()
    with Store(path, read_only=True) as store:
        assert store.needs_upgrade()
        assert [r["event_id_cnty"] for r in rows(store)] == [None]  # read-only: readable, not yet numbered
    with Store(path) as store:
        assert not store.needs_upgrade() and store.columns("events")["event_date"] == "DATE"
        merge_new(store)  # its per-report events, now in report_events, merged (as run and export do)
        row = next(rows(store))
        assert row["event_id_cnty"] == "CHL1" and row["region"] == "South America" and row["iso"] == 152
        assert row["timestamp"] is not None
        store.write_batch([Document(raw="r", id="n", text="t", events=(
            _event("n", 0, country="Chile", iso3="CHL", actor1="Protesters (Chile)"),))])
        merge_new(store)
        assert sorted(r["event_id_cnty"] for r in rows(store)) == ["CHL1", "CHL2"]


def test_disorder_type_of_every_sub_event_type() -> None:
    from eventwatch.events.codebook import load_codebook

    table = disorder_types()
    for sub, (etype, *_rest) in load_codebook().sub_events.items():
        assert (etype, sub) in table, sub
    assert table[("Protests", "Excessive force against protesters")] == "Political violence; Demonstrations"
    assert table[("Riots", "Mob violence")] == "Political violence"
