"""A country's capital written through the country ("Peru's capital", "the capital of Kenya", "the Peruvian
capital") is where the event happened: the capital town (GeoNames' PPLC), not the whole country
(`events/capitals.py`). Team-written sentences."""

from __future__ import annotations

import pytest

from eventwatch.events.capitals import capital_places
from eventwatch.geo import get_gazetteer
from eventwatch.records import Place, Span


def _country(text: str, written: str, iso: str) -> Place:
    gaz = get_gazetteer()
    row = gaz.country_row(iso)
    assert row is not None
    start = text.index(written)
    return gaz.place(row, span=Span(start, start + len(written), written))


@pytest.mark.parametrize(("text", "written", "iso", "capital", "words"), [
    ("Bus drivers in Peru's capital walked off the job on Monday.", "Peru", "PE", "Lima", "Peru's capital"),
    ("Students marched in the Peruvian capital on Monday.", "Peruvian", "PE", "Lima", "the Peruvian capital"),
    ("Police fired tear gas in the capital of Kenya on Tuesday.", "Kenya", "KE", "Nairobi", "the capital of Kenya"),
    ("TRADERS SHUT THEIR STALLS IN KENYA'S CAPITAL CITY ON TUESDAY.", "KENYA", "KE", "Nairobi",
     "KENYA'S CAPITAL CITY"),
])
def test_a_capital_written_through_its_country_is_the_capital_town(text: str, written: str, iso: str,
                                                                    capital: str, words: str) -> None:
    [place] = capital_places(text, [_country(text, written, iso)], get_gazetteer())
    assert place.name == capital and place.feature_code == "PPLC" and place.geo_precision == 1
    assert place.span is not None and place.span.text == words


@pytest.mark.parametrize(("text", "written", "iso"), [
    ("Unions protested against Peru's capital markets law on Monday.", "Peru", "PE"),  # money
    ("Farmers in Kenya blocked roads on Tuesday.", "Kenya", "KE"),
    # the country owns the division whose seat is meant: Talca, Maule's seat, not Santiago
    ("Police cleared a road block outside Talca, the capital of Chile's Maule region, on Friday.", "Chile", "CL"),
    ("Miners marched into Oruro, the capital of Bolivia’s Oruro department.", "Bolivia", "BO"),
])
def test_a_country_otherwise_stays_the_country(text: str, written: str, iso: str) -> None:
    place = _country(text, written, iso)
    assert capital_places(text, [place], get_gazetteer()) == [place]


@pytest.mark.slow
def test_an_event_in_a_capital_written_through_its_country_is_placed_there(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.events.assemble import ExtractEvents
    from eventwatch.records import Document
    from eventwatch.settings import Settings

    stage = ExtractEvents(Settings.load(arbiter=False), nlp)
    text = "Hundreds of nurses marched in Ghana's capital on Monday to demand unpaid allowances."
    [event] = next(iter(stage.pipe([Document(raw=text, text=text, id="g", published="2024-05-07")]))).events
    assert (event.location, event.geo_precision) == ("Accra", 1)  # main: Ghana, at country precision
