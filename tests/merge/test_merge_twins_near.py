"""One sentence read as one event at two places (which of them is where it happened), and two towns within a few
kilometres each named by its own report."""

from __future__ import annotations

from pathlib import Path

from mergerows import report, row

from eventwatch.merge import compare, load_rules
from eventwatch.merge.load import events_of, report_rows
from eventwatch.records import Document, Event, Evidence, Span, content_id
from eventwatch.store import Store

RULES = load_rules()


def _twins(doc_id: str, sentence: str, places: tuple[str, str]) -> Document:
    """A document whose one sentence extraction read as one protest at two places (each place's span where the
    sentence writes it)."""
    text = f"Report {doc_id}. {sentence} More followed."
    start = text.index(sentence)
    events = []
    for n, place in enumerate(places):
        at = text.index(place)
        r = row(n, doc_id, place=place, event_type="Protests", sub_event_type="Peaceful protest", sentence=sentence)
        keep = {k: v for k, v in r.items() if k in Event.__dataclass_fields__}
        keep.update(event_id=content_id("test-event", f"{doc_id}-{n}"), doc_id=doc_id, source=None,
                    evidence=Evidence(sentence=Span(start, start + len(sentence), sentence),
                                      place=Span(at, at + len(place), place), date=None))
        events.append(Event(**keep))
    return Document(raw=text, origin=f"{doc_id}.txt", id=doc_id, text=text, published="2024-03-04",
                    source="Outlet", events=tuple(events))


def test_the_first_place_of_a_sentence_read_at_two_is_where_it_happened(tmp_path: Path) -> None:
    """"Traders marched in Kano ... against the killings in Zaria": the place written first is where the verb
    happened (it joins as any report does); the later one is what it refers to (it joins only on a name)."""
    doc = _twins("t", "Traders marched in Kano on Monday against the killings in Zaria.", ("Kano", "Zaria"))
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([doc])
        rows = report_rows(store, events_of(store, ["t"]))
    by_place = {r["location"]: r for r in rows}
    assert by_place["Kano"]["twins"] and by_place["Zaria"]["twins"]
    assert by_place["Kano"]["twin_first"] and not by_place["Zaria"]["twin_first"]
    kano = report(1, "x", **{k: v for k, v in by_place["Kano"].items() if k in ("twins", "twin_first")})
    zaria = report(1, "y", **{k: v for k, v in by_place["Zaria"].items() if k in ("twins", "twin_first")})
    assert not kano.twin and zaria.twin


def test_two_towns_a_few_km_apart_each_named_by_its_report_are_not_joined_on_type_place_and_day() -> None:
    """"Shelled Atmeh", "shelled Sarmada" (3 km apart): two villages of one front the same day, unless the two
    reports share a name; a report placed at a town it does not write may stand for its neighbour."""
    atmeh = report(1, "a", "Atmeh", place_text="Atmeh", sentence="Government forces shelled Atmeh on Monday.")
    sarmada = report(1, "b", "Sarmada", place_text="Sarmada", sentence="Government forces shelled Sarmada on Monday.")
    link = compare(atmeh, sarmada, RULES)
    assert link.conflict is None and link.score < RULES.link and "named apart" in link.why[-1]
    named = report(1, "c", "Sarmada", place_text="Sarmada",
                   sentence="Government forces shelled Sarmada on Monday, wounding Ahmad Haddad.")
    camp = report(1, "d", "Atmeh", place_text="Atmeh",
                  sentence="Government forces shelled Atmeh on Monday, wounding Ahmad Haddad.")
    assert not named.parts and not camp.parts and compare(named, camp, RULES).score >= RULES.link


def test_two_events_read_at_their_sentences_second_place_share_no_name_by_their_first() -> None:
    """Two shootings a day apart "near Fresnillo, Kano" and "in Fresnillo, Kano", each also read at its sentence's
    second place (the state's name, read as its city): the twins share "Fresnillo", their first place, where each is
    compared already, which tells neither event from another a day apart; a name beyond the places (a victim's)
    still joins."""
    first = report(1, "a", place_text="Kano", twins=True, sentence="The bodies of nine men were found on a ranch "
                   "near Fresnillo, Kano, on Monday.")
    second = report(1, "b", day="2024-03-05", place_text="Kano", twins=True, sentence="A police officer and his son "
                    "were shot dead in Fresnillo, Kano, on Tuesday.")
    assert first.twin and second.twin
    link = compare(first, second, RULES)
    assert link.score < RULES.link and any("each read at a second place" in why for why in link.why)
    named = report(1, "c", day="2024-03-05", place_text="Kano", twins=True, sentence="Police officer Garba Musa and "
                   "his son were shot dead in Fresnillo, Kano, on Tuesday.")
    again = report(1, "d", day="2024-03-05", place_text="Kano", twins=True, sentence="Gunmen killed officer Garba "
                   "Musa in Fresnillo, Kano, on Tuesday.")
    assert compare(named, again, RULES).score >= RULES.link


def test_a_toll_of_one_shared_the_same_day_does_not_join_two_towns_named_apart() -> None:
    """"A trader was shot dead in Kano", "a driver was shot dead in Ungogo" (8 km apart) the same day: a city's
    killings of one man each share their toll of one, which is no name of either; a toll of five shared still joins
    two neighbours, as an outlet may place one occurrence at the town next to it."""
    kano = report(1, "a", "Kano", place_text="Kano", fatalities=1,
                  sentence="Gunmen shot dead a trader in Kano on Monday evening, Garba Umar said.")
    ungogo = report(1, "b", "Ungogo", place_text="Ungogo", fatalities=1,
                    sentence="Gunmen shot dead a driver in Ungogo on Monday, Musa Bello said.")
    link = compare(kano, ungogo, RULES)
    assert "shared names: 1 dead" in link.why  # still weighed in the score, as one toll given by both
    assert link.conflict is None and link.score < RULES.link and "named apart" in link.why[-1]
    assert not link.named
    five = [report(1, x, p, place_text=p, fatalities=5, sentence=f"Gunmen shot dead five traders in {p} on Monday.")
            for x, p in (("c", "Kano"), ("d", "Ungogo"))]
    assert compare(*five, RULES).named and compare(*five, RULES).score >= RULES.link
