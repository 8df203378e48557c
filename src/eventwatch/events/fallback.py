"""Where an event the text does not place happened: the report's fallback place.

Apart from the assembly (`assemble.py`) because it is a decision of its own, taken once per report before any
sentence is placed: which country the report is about (a weighted vote of the places it names, the dateline's
country counting most) and, from it, the dateline town, the one town a report with no dateline names there, or
the country itself. It reads only the places found and the gazetteer, never a sentence.
"""

from __future__ import annotations

from eventwatch.events.locate import report_town
from eventwatch.geo import get_gazetteer
from eventwatch.records import Place


def fallback_place(home: Place | None, places: list[Place], country: str | None) -> Place | None:
    """Where an event the text does not place happened, as ACLED codes it: the dateline town when the report
    is about its country, else the one town a report with no dateline names there (`report_town`), else the
    country the report is about (province-level precision). `country` is the settings' country, counted as the
    dateline's is when there is no dateline."""
    countries: dict[str, float] = {}
    for p in places:
        if p.country:
            countries[p.country] = countries.get(p.country, 0.0) + _focus_weight(p)
    if home is not None and home.country:
        countries[home.country] = countries.get(home.country, 0.0) + 2.0
    elif country:
        countries[country] = countries.get(country, 0.0) + 2.0
    if not countries:
        return home
    focus = max(sorted(countries), key=lambda c: countries[c])
    if home is not None and home.country == focus:
        return home
    town = report_town(places, focus) if home is None else None
    if town is not None:
        return town
    gazetteer = get_gazetteer()
    row = gazetteer.country_row(focus)
    return gazetteer.place(row, precision=3) if row is not None else None


def _focus_weight(place: Place) -> float:
    """How much a mention says the report is about its country: a town more than a country named outright,
    and an adjective ("Turkish warplanes") least."""
    if place.span is not None and place.span.text.lower() != place.name.lower() and place.feature_code.startswith(
            "PCL"):
        return 0.5
    return 3.0 if place.geo_precision < 3 else 2.0 if place.feature_code.startswith("ADM") else 1.0
