"""A report's header towns (`geo/headers.py`): the town its headline or an opening header line names is where the
report's streets and squares fall back to, when the event assembler geocodes only the sentences that can hold an
event and those name another town in passing (geo61; a live blog's streets and a briefing's avenue were placed at
the one other town their bodies named). Team-written reports, other towns and countries than the trial sets'."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder
from eventwatch.geo.headers import header_names

# a local report's body, sentence by sentence as the assembler parses it: a street of the headline's town, then
# another town named in passing
_BODY = ["Several thousand people gathered on Długa Street on Saturday to protest against the court ruling.",
         "In Poznań, a smaller crowd marched to the town hall."]


def _sentences(nlp: Any, sentences: list[str]) -> list[tuple[int, Any]]:
    parts, at = [], 0
    for s in sentences:
        parts.append((at, nlp(s)))
        at += len(s) + 1
    return parts


def _street(nlp: Any, geocoder: Geocoder, header: list[str]) -> str | None:
    found = geocoder.find_places_in(_sentences(nlp, _BODY), header=header)
    return next((p.name for p in found[0] if p.span is not None and p.span.text == "Długa Street"), None)


@pytest.mark.parametrize(("title", "text", "raw", "names"), [
    ("Marchers fill the streets of Kraków over court ruling", "", "", ["Marchers", "Kraków"]),
    ("LIVE: Strike in Lublin enters its third day", "", "", ["LIVE", "Strike", "Lublin"]),
    ("Nurses rally outside Sebastian Hospital over pay", "", "", ["Nurses"]),  # a site's name, no town
    ("Farmers block Jefferson County roads", "", "", ["Farmers"]),  # a division's
    (None, "Tarso, Monday 4 May 2026. The following is the council's statement.", "", ["Tarso"]),
    (None, "Several hundred people gathered on Monday 4 May 2026 in the square.", "", []),  # prose, no header line
    # a place-dash date line the clean stage left out of the body, under a column's name
    (None, "NEWS OF THE DISTRICT\n\nTraders closed their shops.",
     "NEWS OF THE DISTRICT\nTarso - Friday, 8 May 2026\n\nTraders closed their shops.", ["Tarso"]),
])
def test_header_names_are_the_headline_s_runs_and_a_town_and_day_line(title: str | None, text: str, raw: str,
                                                                     names: list[str]) -> None:
    assert header_names(title, text, raw) == names


def test_a_street_falls_back_to_the_headline_s_town_not_a_town_named_in_passing(nlp: Any, geocoder: Geocoder
                                                                               ) -> None:
    assert _street(nlp, geocoder, []) == "Poznań"  # without its head the body's one town takes the street
    assert _street(nlp, geocoder, ["Marchers", "Kraków"]) == "Kraków"


def test_a_header_line_s_town_holds_the_street_too(nlp: Any, geocoder: Geocoder) -> None:
    assert _street(nlp, geocoder, header_names(None, "Kraków, Sunday 10 May 2026. Police said on Sunday.")) \
        == "Kraków"


@pytest.mark.parametrize("header", [
    ["Marchers", "Protests", "EU"],  # no town by its own name
    ["Vilnius"],  # a town of another country than the body's
])
def test_a_header_naming_no_town_of_the_report_s_country_changes_nothing(nlp: Any, geocoder: Geocoder,
                                                                         header: list[str]) -> None:
    assert _street(nlp, geocoder, header) == "Poznań"
