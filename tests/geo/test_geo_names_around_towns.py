"""Towns that another name hides or imitates: a town at the end of a longer name the model took whole
(`ruler.PlaceRuler._town_in_tail`), a saint's name owning a church or school (`written.saint_owns_site`), and
"Mc"/"De"-names that are no acronyms (`recognize._doubtful`).

The sentences are the team's own."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder
from eventwatch.geo.ruler import COMPONENT
from eventwatch.geo.written import saint_owns_site


def _names(nlp: Any, geocoder: Geocoder, text: str) -> dict[str, str]:
    return {p.span.text: p.name for p in geocoder.find_places(nlp(text)) if p.span is not None}


def _ruled(nlp: Any, text: str, merged: str, label: str) -> dict[str, str]:
    """The ruler's labels when the model has taken `merged` (a site or event and its town) for one name."""
    with nlp.select_pipes(disable=[COMPONENT]):
        doc = nlp(text)
    start = text.index(merged)
    whole = doc.char_span(start, start + len(merged), label=label)
    assert whole is not None
    doc.ents = [e for e in doc.ents if e.end <= whole.start or e.start >= whole.end] + [whole]
    doc = nlp.get_pipe(COMPONENT)(doc)
    return {e.text: e.label_ for e in doc.ents}


@pytest.mark.parametrize(("text", "merged", "label", "town", "rest"), [
    ("Pupils rallied at Bedford High School in Bedford (New Hampshire) against gun violence.",
     "Bedford High School in Bedford", "ORG", "Bedford", "Bedford High School"),
    ("Teachers held a 'Day of Action' in Keene (New Hampshire) to protest pay cuts.",
     "Day of Action' in Keene", "WORK_OF_ART", "Keene", "Day of Action'"),
    ("Nurses marched on Monday with the Mercy Nurses Union in Springfield, Missouri, over staffing.",
     "Mercy Nurses Union in Springfield", "ORG", "Springfield", "Mercy Nurses Union"),
])
def test_a_town_at_the_end_of_a_longer_name_is_a_place(nlp: Any, text: str, merged: str, label: str, town: str,
                                                       rest: str) -> None:
    labels = _ruled(nlp, text, merged, label)
    assert labels.get(town) == "GPE" and labels.get(rest) == label, labels


def test_a_name_after_in_that_its_bracket_does_not_hold_stays_whole(nlp: Any) -> None:
    """"(FoEE)" is no division holding a town Europe: the organisation keeps its whole name."""
    text = "Friends of the Earth in Europe (FoEE) called for a rally in Brussels."
    labels = _ruled(nlp, text, "Friends of the Earth in Europe", "ORG")
    assert labels.get("Friends of the Earth in Europe") == "ORG", labels


@pytest.mark.parametrize(("text", "place", "not_place"), [
    ("Residents gathered outside St. Mary's Catholic Church in Kalamazoo (Michigan) to pray for peace.",
     "Kalamazoo", "St. Mary's"),
    ("About 80 people walked from St. John's Lutheran Church to the courthouse in Ludington (Michigan).",
     "Ludington", "St. John's"),
    ("A vigil was held at St. Patrick's Cathedral in Dublin on Sunday.", "Dublin", "St. Patrick"),
])
def test_a_saint_owning_a_site_is_no_town(nlp: Any, geocoder: Geocoder, text: str, place: str,
                                          not_place: str) -> None:
    names = _names(nlp, geocoder, text)
    assert place in names and not any(not_place in n for n in names), names


@pytest.mark.parametrize(("text", "start", "end", "owns"), [
    ("outside St. John's Lutheran Church in Ludington", 8, 18, True),
    ("at Saint Mary's Ukrainian Catholic Church", 3, 15, True),
    ("fishermen protested in St. John's, Newfoundland", 23, 33, False),  # the city, with its province
    ("voters lined up in St. Mary's County", 19, 29, False),  # a county, no site
    ("at Moscow's Red Square", 3, 11, False),  # no saint
])
def test_saint_owns_site(text: str, start: int, end: int, owns: bool) -> None:
    assert saint_owns_site(text, start, end) is owns, text[start:end]


@pytest.mark.parametrize(("text", "town"), [
    ("Around 50 people marched in McLean (Virginia) against the school board.", "McLean"),
    ("Students walked out in DeKalb (Illinois) over tuition.", "DeKalb"),
])
def test_a_prefixed_name_is_no_acronym(nlp: Any, geocoder: Geocoder, text: str, town: str) -> None:
    assert _names(nlp, geocoder, text).get(town) == town


def test_an_acronym_is_still_doubted(nlp: Any, geocoder: Geocoder) -> None:
    """"UConn" has the acronym's shape (a capital inside one short word) and names no place of some size."""
    names = _names(nlp, geocoder, "UConn students rallied in Hartford on Monday.")
    assert "UConn" not in names and "Hartford" in names, names
