"""Team-written per-report events for the merge tests: rows as the store gives them, and the same as Documents."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from eventwatch.merge import Report, load_rules, merge_new, recompute, to_report
from eventwatch.records import Document, Event, Evidence, Span, content_id
from eventwatch.store import Store

# Places of the tests: (location, admin1, admin2, latitude, longitude, geonameid)
PLACES: dict[str, tuple[str, str, str | None, float, float, int]] = {
    "Kano": ("Kano", "Kano", "Kano Municipal", 12.0, 8.52, 2335204),
    "Fagge": ("Fagge", "Kano", "Fagge", 12.01, 8.51, 9001),  # a part of Kano city, 1.5 km away
    "Wudil": ("Wudil", "Kano", "Wudil", 11.81, 8.85, 2319480),  # 41 km from Kano
    "Kano State": ("Kano", "Kano", None, 12.0, 8.52, 2335196),  # the state, at province precision
    "Ungogo": ("Ungogo", "Kano", "Ungogo", 12.07, 8.52, 9006),  # a town 8 km north of Kano
    "Zaria": ("Zaria", "Kaduna", "Zaria", 11.08, 7.71, 2317765),
    "Atmeh": ("Atmeh", "Idlib", "Harim", 36.2, 36.69, 9002),
    "Sarmada": ("Sarmada", "Idlib", "Harim", 36.18, 36.72, 9003),  # 3 km from Atmeh
    "Maarrat": ("Maarat al-Numan", "Idlib", "Maarrat", 35.65, 36.67, 9004),  # 61 km from Atmeh
    "Idlib": ("Idlib", "Idlib", None, 35.93, 36.63, 9005),  # the governorate, at province precision
}


def row(n: int, doc: str, place: str = "Kano", day: str = "2024-03-04", **fields: Any) -> dict[str, Any]:
    """A report_events row joined with its document's columns, as `merge.storage` reads it."""
    location, admin1, admin2, lat, lon, gid = PLACES[place]
    values: dict[str, Any] = {
        "event_id": f"{doc}-{n}", "doc_id": doc, "event_type": "Violence against civilians", "sub_event_type": "Attack",
        "event_date": day, "time_precision": 1, "country": "Nigeria", "iso3": "NGA", "admin1": admin1,
        "admin2": admin2, "location": location, "latitude": lat, "longitude": lon,
        "geo_precision": 3 if place in ("Kano State", "Idlib") else 1, "geonameid": gid,
        "actor1": "Unidentified Armed Group (Nigeria)", "inter1": 3, "actor2": "Civilians (Nigeria)", "inter2": 7,
        "fatalities": 0, "confidence": 0.8, "background": False, "notes": f"note {doc}",
        "sentence": "Gunmen attacked a market, killing traders.", "date_span": True, "place_span": True,
        "doc_published": day, "doc_source": f"Outlet {doc}", "doc_url": None, "doc_reported_by": None,
        "doc_duplicate_of": None, "doc_origin": f"{doc}.txt",
    }
    if place in ("Atmeh", "Sarmada", "Maarrat", "Idlib"):
        values.update(country="Syria", iso3="SYR", actor1="Military Forces of Syria (2000-)", inter1=1,
                      actor2="Civilians (Syria)", event_type="Explosions/Remote violence",
                      sub_event_type="Air/drone strike")
    values.update(fields)
    return values


def report(n: int, doc: str, place: str = "Kano", day: str = "2024-03-04", **fields: Any) -> Report:
    return to_report(row(n, doc, place, day, **fields), load_rules())


def document(doc_id: str, text: str, rows: list[dict[str, Any]], **fields: Any) -> Document:
    """A stored-ready document whose events are `rows` (sentence spans point into `text`)."""
    events = []
    for r in rows:
        sentence = r["sentence"]
        start = text.index(sentence)
        ev = Evidence(sentence=Span(start, start + len(sentence), sentence),
                      place=Span(start, start + 1, sentence[0]) if r["place_span"] else None,
                      date=Span(start, start + 1, sentence[0]) if r["date_span"] else None)
        keep = {k: v for k, v in r.items() if k in Event.__dataclass_fields__ and k not in ("evidence",)}
        keep["event_id"] = content_id("test-event", r["event_id"])
        keep["doc_id"] = doc_id
        keep["source"] = None
        events.append(Event(evidence=ev, **keep))
    first = rows[0]
    return Document(raw=text, origin=f"{doc_id}.txt", id=doc_id, text=text, published=first["doc_published"],
                    source=first["doc_source"], url=first["doc_url"], reported_by=first["doc_reported_by"],
                    duplicate_of=first["doc_duplicate_of"], events=tuple(events), **fields)


def contents(store: Store) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The merged events and their links to reports, in a stable order, for comparing two stores."""
    events = store.con.execute("SELECT * EXCLUDE (confidence, updated_at) FROM events ORDER BY event_id").fetchall()
    links = store.con.execute("SELECT event_id, report_event_id, independent, component FROM event_reports "
                              "ORDER BY report_event_id").fetchall()
    return events, links


def assert_any_order_gives(docs: list[Document], reference: tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]],
                           folder: Path, seeds: int = 4) -> None:
    """Merging the documents one at a time, in shuffled orders, gives the reference store, and so does recompute:
    the merge must not depend on the order reports arrive in."""
    for seed in range(seeds):
        order = docs[:]
        random.Random(seed).shuffle(order)
        with Store(folder / f"one-{seed}.duckdb") as store:
            for doc in order:
                with store.transaction():
                    store.write_batch([doc])
                    merge_new(store, [doc.id])
            assert contents(store) == reference, f"order {[d.id for d in order]}"
            recompute(store)
            assert contents(store) == reference
