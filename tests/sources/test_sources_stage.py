"""The `sources` stage: the outlet carried onto every event, partisan-only reports marked (never dropped), and the
new columns stored, also in a store written before they existed."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import duckdb

from eventwatch.records import Document, Event, Evidence, Outlet, Span
from eventwatch.runner import build_stages
from eventwatch.settings import Settings
from eventwatch.sources import Sources, is_partisan, load_registry, partisan_only
from eventwatch.store import Store

TEXT = "Reporting by IRNA\n\nProtesters gathered in Tehran on Monday."


def _event(iso3: str | None, n: int = 0) -> Event:
    return Event(event_id=f"e{n}", doc_id="d", event_type="Protests", sub_event_type="Peaceful protest",
                 evidence=Evidence(sentence=Span(19, 59, TEXT[19:59])), iso3=iso3, country="Iran")


def _doc(**fields: object) -> Document:
    base: dict[str, object] = {"raw": TEXT, "id": "d", "text": TEXT, "events": (_event("IRN"), _event("CHL", 1))}
    return Document(**(base | fields))  # type: ignore[arg-type]


def test_the_outlet_goes_onto_the_document_and_every_event() -> None:
    done = Sources(Settings())(_doc(reported_by="IRNA"))
    assert done.outlet == load_registry().get("irna") and done.outlet_via == "credit"
    iran, chile = done.events
    assert (iran.source, iran.source_scale, iran.source_kind) == ("IRNA", "National", "state-affiliated")
    assert iran.partisan_only is True  # the Iranian state's agency on an event in Iran
    assert chile.partisan_only is True  # in a report about Iran (most of its events are there)
    lone = Sources(Settings())(_doc(reported_by="IRNA", events=(_event("CHL"),))).events[0]
    assert lone.partisan_only is False  # the same agency is no side in Chile
    assert len(done.events) == 2  # nothing is dropped for being partisan


def test_an_unknown_outlet_keeps_the_source_as_printed() -> None:
    doc = _doc(source="Some Blog", events=(_event("IRN"),))
    done = Sources(Settings())(doc)
    assert done.outlet is None and done.outlet_via is None
    [event] = done.events
    assert event.source is None or event.source == doc.events[0].source
    assert (event.source_scale, event.source_kind, event.partisan_only) == (None, None, False)


def test_is_partisan_and_partisan_only_over_reports() -> None:
    mek = Outlet("pmoi", "PMOI/MEK", "IR", "Other", "partisan", "opposition movement", ("IR",))
    wire = Outlet("reuters", "Reuters", "GB", "International", "wire")
    assert is_partisan(mek, "IR") and not is_partisan(mek, "IQ") and is_partisan(mek, None)
    assert not is_partisan(wire, "IR") and not is_partisan(None, "IR")
    marked, plain = Event("a", "d", "Protests", "Peaceful protest", Evidence(Span(0, 1, "x")), partisan_only=True), \
        Event("b", "d", "Protests", "Peaceful protest", Evidence(Span(0, 1, "x")), partisan_only=False)
    assert partisan_only([marked, marked]) and not partisan_only([marked, plain]) and not partisan_only([])


def test_the_stage_runs_after_events_and_declares_what_it_needs() -> None:
    names = [s.name for s in build_stages(Settings())]
    assert names[-3:] == ["outlet", "events", "sources"]
    assert {"events", "text"} <= set(Sources.requires) and "outlet" in Sources.assigns


def test_outlet_columns_are_stored(tmp_path: Path) -> None:
    done = Sources(Settings())(_doc(reported_by="IRNA"))
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([done])
        [doc] = store.query("SELECT outlet_id, outlet, outlet_country, source_scale, source_kind, outlet_side, "
                            "outlet_via FROM documents")
        assert doc == {"outlet_id": "irna", "outlet": "IRNA", "outlet_country": "IR", "source_scale": "National",
                       "source_kind": "state-affiliated", "outlet_side": "government", "outlet_via": "credit"}
        rows = store.query("SELECT source, source_kind, partisan_only FROM report_events ORDER BY event_id")
        assert [r["source_kind"] for r in rows] == ["state-affiliated"] * 2


def test_a_store_written_before_the_source_columns_gains_them(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE events (event_id VARCHAR PRIMARY KEY, doc_id VARCHAR, event_date VARCHAR)")
    con.execute("CREATE TABLE documents (id VARCHAR PRIMARY KEY, origin VARCHAR)")
    con.execute("INSERT INTO events VALUES ('old', 'd', '2020-01-01')")
    con.close()
    with Store(path) as store:  # its per-report events move to report_events, to be merged on the next run
        [row] = store.query("SELECT event_id, source_kind, partisan_only, loaded_language FROM report_events")
        assert row == {"event_id": "old", "source_kind": None, "partisan_only": None, "loaded_language": None}
        assert "outlet_id" in {r["column_name"] for r in store.query(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'documents'")}


def test_claims_go_onto_events_with_their_span_and_are_stored(tmp_path: Path) -> None:
    text = "Three soldiers and five rebels were killed in a clash in Argelia on Sunday, the army said."
    event = Event(event_id="c1", doc_id="d", event_type="Battles", sub_event_type="Armed clash",
                  evidence=Evidence(sentence=Span(0, len(text), text)), iso3="COL", inter1=1, inter2=2)
    done = Sources(Settings())(Document(raw=text, id="d", text=text, events=(event,)))
    [coded] = done.events
    assert coded.claimed_by == "the army"
    assert coded.evidence.claim == Span(text.index("the army"), text.index("the army") + 8, "the army")
    assert coded.partisan_only is True  # only the army, a party to the clash, tells it
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([done])
        [row] = store.query("SELECT text, start_char FROM evidence WHERE role = 'claim'")
        assert row == {"text": "the army", "start_char": text.index("the army")}


def test_the_outlet_is_known_before_events_and_kept_after() -> None:
    from eventwatch.sources import FindOutlet

    doc = FindOutlet(Settings())(_doc(url="https://www.irna.ir/news/1", events=()))
    assert doc.outlet is not None and doc.outlet.id == "irna" and doc.outlet_via == "url"
    done = Sources(Settings())(dataclasses.replace(doc, events=(_event("IRN"),)))
    assert done.outlet == doc.outlet and done.outlet_via == "url" and done.events[0].partisan_only
    shared = FindOutlet(Settings())(_doc(source="The Star", events=()))
    assert shared.outlet is None  # two countries' outlets: decided once the events say where the report is
    later = Sources(Settings())(dataclasses.replace(shared, events=(_event("KEN"),)))
    assert later.outlet is not None and later.outlet.id == "star-kenya"
