"""Test data for the web tests: a small store written through the real Store, with events in three countries, a
background and an undated event, a dropped document, and an article whose text carries script and handler markup."""

from __future__ import annotations

import dataclasses

from eventwatch.merge import merge_new
from eventwatch.records import Document, Drop, Event, Evidence, Span
from eventwatch.store import Store, event_id

HOSTILE = ('Protesters marched in Nairobi on Tuesday <script>window.__pwned = 1</script> '
           '<img src=x onerror="window.__pwned = 2"> against taxes.')


def _event(doc: str, n: int, text: str, **fields: object) -> Event:
    trigger = text.index("marched") if "marched" in text else 0
    evidence = Evidence(sentence=Span(0, len(text), text),
                        trigger=Span(trigger, trigger + 7, text[trigger:trigger + 7]))
    values: dict[str, object] = {"event_type": "Protests", "sub_event_type": "Peaceful protest",
                                 "event_date": "2024-03-12", "time_precision": 1, "country": "Kenya",
                                 "iso3": "KEN", "admin1": "Nairobi", "location": "Nairobi", "latitude": -1.28,
                                 "longitude": 36.82, "actor1": "Protesters (Kenya)", "source": "Daily Example"}
    values.update(fields)
    return Event(event_id=event_id(doc, n), doc_id=doc, evidence=evidence, **values)  # type: ignore[arg-type]


def events() -> list[tuple[Document, list[Event]]]:
    plain = "Police fired tear gas at students who marched in Mombasa."
    return [
        (Document(raw=HOSTILE, id="d-hostile", text=HOSTILE, title="<b>Nairobi</b> tax march", source="Daily Example",
                  url="https://example.org/a"), [_event("d-hostile", 1, HOSTILE)]),
        (Document(raw=plain, id="d-kenya", text=plain, title="Mombasa"), [
            _event("d-kenya", 1, plain, location="Mombasa", admin1="Mombasa", latitude=-4.05, longitude=39.67,
                   event_date="2024-03-20", sub_event_type="Protest with intervention", fatalities=0,
                   actor2="Police Forces of Kenya (2022-)"),
            _event("d-kenya", 2, plain, location="Mombasa", admin1="Mombasa", latitude=-4.05, longitude=39.67,
                   event_date="2024-02-01", event_type="Riots", sub_event_type="Violent demonstration",
                   fatalities=3, actor1="Rioters (Kenya)"),
        ]),
        (Document(raw="x" * 50, id="d-peru", text="Miners marched in Arequipa." + " " * 30, title="Arequipa"), [
            _event("d-peru", 1, "Miners marched in Arequipa.", country="Peru", iso3="PER", admin1="Arequipa",
                   location="Arequipa", latitude=-16.4, longitude=-71.54, event_date="2024-10-10",
                   actor1="Protesters (Peru)"),
            _event("d-peru", 2, "Miners marched in Arequipa.", country="Peru", iso3="PER", admin1="Arequipa",
                   location="Arequipa", latitude=-16.4, longitude=-71.54, event_date="2019-11-15",
                   background=True, event_type="Violence against civilians", sub_event_type="Attack",
                   fatalities=12),
            _event("d-peru", 3, "Miners marched in Arequipa.", country="Peru", iso3="PER", event_date=None,
                   latitude=None, longitude=None, location=None, admin1=None),
        ]),
        (Document(raw="y" * 50, id="d-fiji", text="Villagers marched in Suva." + " " * 30, title="Suva"), [
            _event("d-fiji", 1, "Villagers marched in Suva.", country="Fiji", iso3="FJI", admin1="Central",
                   location="Suva", latitude=-18.14, longitude=178.44, event_date="2024-05-05"),
        ]),
    ]


def fill(store: Store) -> None:
    docs = [dataclasses.replace(d, events=tuple(evs)) for d, evs in events()]
    docs.append(Document(raw="", origin="broken.bin", dropped=Drop("read", "binary content")))
    store.write_batch(docs)
    merge_new(store)  # no two of these events are one occurrence: each merged event keeps its report's id


def ids(body: dict[str, object]) -> set[str]:
    return {e["event_id"] for e in body["events"]}  # type: ignore[attr-defined, index]
