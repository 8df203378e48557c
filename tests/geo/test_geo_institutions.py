"""National institutions named in a report place its namesake towns (team-written sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder
from eventwatch.geo.build import data_rows
from eventwatch.geo.institutions import find_institutions, institution_votes


def _place(geocoder: Geocoder, text: str, name: str) -> Any:
    start = text.index(name)
    return geocoder.resolve_spans(text, [(start, start + len(name))])[0]


def test_every_institution_names_a_country() -> None:
    rows = data_rows("institutions.tsv")
    assert len(rows) >= 150
    assert all(len(r[1]) == 2 and r[1].isupper() for r in rows)
    assert len({r[0] for r in rows}) == len(rows)  # one country per name


def test_names_are_found_as_written() -> None:
    text = "Dockers of the CGT-FO and the CGT marched; a LAB union leader and a lab technician spoke."
    found = [(text[s:e], iso) for s, e, iso in find_institutions(text)]
    assert found == [("CGT-FO", "FR"), ("CGT", "FR"), ("LAB", "ES")]  # the longer name first; "lab" is no union
    votes = institution_votes(find_institutions(text), text)
    assert votes is not None and votes.countries["FR"] > votes.countries["ES"]
    assert institution_votes([], "nothing here") is None


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Dockers in Brest walked out on Monday, called out by the CGT over pay.", "Brest", "FR"),
    ("Hospital cleaners backed by the UGT and CCOO unions marched through Cordoba.", "Cordoba", "ES"),
    ("Nurses from the NHS and members of Unison rallied in Lancaster.", "Lancaster", "GB"),
    ("Teachers of Fenprof rallied outside the school board in Lagos on Thursday.", "Lagos", "PT"),
    ("Dock workers of the CGTP-IN gathered in the municipal park of Horta.", "Horta", "PT"),
])
def test_an_institution_places_a_namesake(geocoder: Geocoder, text: str, name: str, country: str) -> None:
    place = _place(geocoder, text, name)
    assert place is not None and place.country == country


def test_a_place_named_surely_still_decides(geocoder: Geocoder) -> None:
    text = ("Argentine truckers blocked roads near Cordoba, in the province of Rosario and Santa Fe, "
            "praising the CGT's strike in Buenos Aires.")
    place = _place(geocoder, text, "Cordoba")
    assert place is not None and place.country == "AR"


def test_an_institution_is_no_place(geocoder: Geocoder, nlp: Any) -> None:
    places = geocoder.find_places(nlp("Vandals broke the windows of the National Rally party office in Vallauris."))
    assert [(p.name, p.country) for p in places] == [("Vallauris", "FR")]


@pytest.mark.parametrize(("text", "name", "country"), [
    # the namesake abroad is larger (Toledo, Ohio; Salamanca, Mexico): the report's own country still holds
    ("Nurses called out by the CCOO and UGT unions marched through Toledo on Tuesday.", "Toledo", "ES"),
    ("Farmers backed by the CCOO blocked the ring road of Salamanca for an hour.", "Salamanca", "ES"),
])
def test_an_institution_outweighs_a_larger_namesake_abroad(geocoder: Geocoder, text: str, name: str,
                                                           country: str) -> None:
    place = _place(geocoder, text, name)
    assert place is not None and place.country == country


def test_a_qualified_namesake_abroad_stands(geocoder: Geocoder) -> None:
    text = "Members of the CCOO abroad joined autoworkers in Toledo, Ohio, on the picket line."
    place = _place(geocoder, text, "Toledo")
    assert place is not None and place.country == "US"


def test_an_unknown_town_is_read_in_the_locale_district(nlp: Any, geocoder: Geocoder) -> None:
    """Nepal and Sudan both have a district Bara; a Nepali party places the unknown town in Nepal's."""
    places = geocoder.find_places(nlp("Cadres of the JSPN staged a sit-in in Kalaiya city (Bara district)."))
    assert places and {(p.country, p.admin1) for p in places} == {("NP", "Madhesh")}


def test_a_name_listed_among_institutions_is_one_of_them(geocoder: Geocoder, nlp: Any) -> None:
    text = "Teachers demonstrated in Quimper at the call of 4 unions (CGT, FO, Sud, FSU) and student groups."
    assert [(p.name, p.country) for p in geocoder.find_places(nlp(text))] == [("Quimper", "FR")]
    text = "Dockers marched in Lyon, CGT members said."  # a place before an institution is no list item
    assert [(p.name, p.country) for p in geocoder.find_places(nlp(text))] == [("Lyon", "FR")]


def test_institutions_support_a_spelling_variant_in_their_country(geocoder: Geocoder, nlp: Any) -> None:
    """A look-alike needs support from the rest of the report; the institutions a report names are such support
    for one in their country, as a dateline would be ("Landernau" for Landerneau, Brittany)."""
    alone = "On Monday, hospital staff demonstrated in Landernau."
    assert geocoder.find_places(nlp(alone)) == []  # a look-alike that nothing supports is not placed
    backed = "On Monday, hospital staff called out by the CGT and FO demonstrated in Landernau."
    assert [(p.name, p.country) for p in geocoder.find_places(nlp(backed))] == [("Landerneau", "FR")]
    abroad = "On Monday, hospital staff called out by the UGT and CCOO demonstrated in Landernau."
    assert geocoder.find_places(nlp(abroad)) == []  # Spanish unions support no French look-alike
