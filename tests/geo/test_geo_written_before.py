"""The unit a town lies in, written before it with the kind of place it is: "the Ohio town of Lebanon" reads as
"Lebanon, Ohio" (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest
from geospans import resolve_names

from eventwatch.geo import Geocoder
from eventwatch.geo.written import container_after, qualifier_before


@pytest.mark.parametrize(("text", "words"), [
    ("Flags flew in the Ohio town of Lebanon", "Ohio"),
    ("Clashes broke out in the Lebanese city of Tripoli", "Lebanese"),
    ("shells fell on the northern Syrian city of Aleppo", "Syrian"),
    ("the ferry reached the Egyptian port city of Alexandria", "Egyptian"),
    ("a storm hit the New Hampshire city of Manchester", "New Hampshire"),
    ("a march through the town of Dublin", ""),  # no unit written: nothing to read
    ("a market in the Roman Catholic town of Knock", "Roman Catholic"),  # read, then rejected by the gazetteer
    ("a rally in the Russian-occupied city of Melitopol", ""),  # who holds a town says nothing of where it is
    ("a festival in Tremarle Park in the town of Camborne", ""),  # "in the" is no adjective of the unit
    ("the Mayor of the City of London", ""),
])
def test_the_unit_written_before_a_town(text: str, words: str) -> None:
    start = text.rindex(" ") + 1
    assert qualifier_before(text, start) == words


@pytest.mark.parametrize(("text", "names", "country", "admin1"), [
    # a town of the name in the division written before it, not the country Lebanon; its bare mention follows
    ("The Ohio town of Lebanon held a parade; Lebanon's mayor thanked volunteers.", ["Lebanon", "Lebanon"],
     "US", "Ohio"),
    ("Police in the Missouri town of Lebanon said the road had reopened.", ["Lebanon"], "US", "Missouri"),
    # a country's adjective: Lebanon's Tripoli, not Libya's capital
    ("Clashes broke out in the Lebanese city of Tripoli on Sunday.", ["Tripoli"], "LB", None),
    ("Students marched in the Canadian city of London on Friday.", ["London"], "CA", None),
])
def test_a_town_takes_the_unit_written_before_it(geocoder: Geocoder, text: str, names: list[str], country: str,
                                                  admin1: str | None) -> None:
    for place in resolve_names(geocoder, text, names):
        assert place is not None and place.country == country
        assert admin1 is None or place.admin1 == admin1


@pytest.mark.parametrize(("text", "name", "country"), [
    # the adjective of a people living across borders says nothing of the country: Kobani is Syria's town
    ("Fighters retook the Kurdish town of Kobani near the Turkish border.", "Kobani", "SY"),
    ("Militias fought in the Libyan capital Tripoli.", "Tripoli", "LY"),  # no "of": read as before
])
def test_what_the_words_before_do_not_place(geocoder: Geocoder, text: str, name: str, country: str) -> None:
    place = resolve_names(geocoder, text, [name])[0]
    assert place is not None and place.country == country


def test_the_unit_before_in_a_parsed_report(nlp: Any, geocoder: Geocoder) -> None:
    text = "LEBANON — Flooding closed roads in the Ohio town of Lebanon on Monday, and Lebanon schools stayed shut."
    places = [p for p in geocoder.find_places(nlp(text)) if p.span is not None and p.span.text == "Lebanon"]
    assert places and all((p.country, p.admin1) == ("US", "Ohio") for p in places)


@pytest.mark.parametrize(("text", "name", "words"), [
    ("Clashes broke out in Tripoli in northern Lebanon", "Tripoli", ["Lebanon"]),
    ("Flooding hit Kano, northern Nigeria", "Kano", ["Nigeria"]),
    ("Crews reached Dubbo in New South Wales on Monday", "Dubbo", ["New South Wales", "New South", "New"]),
    ("Clashes in Tripoli, Lebanon's second city, killed two", "Tripoli", ["Lebanon"]),
    ("Flooding hit Kano on Monday", "Kano", []),
])
def test_the_unit_written_after_a_town_with_in(text: str, name: str, words: list[str]) -> None:
    end = text.index(name) + len(name)
    assert container_after(text, end) == words


@pytest.mark.parametrize(("text", "names", "country", "admin1"), [
    ("Clashes broke out in Tripoli in northern Lebanon on Sunday.", ["Tripoli"], "LB", None),
    ("Clashes in Tripoli, in northern Lebanon, killed two; Tripoli's port closed.", ["Tripoli", "Tripoli"], "LB", None),
    ("Floods hit Lebanon in Ohio on Monday.", ["Lebanon"], "US", "Ohio"),
    ("The town of Dublin, in Georgia, voted.", ["Dublin"], "US", "Georgia"),  # Georgia: the country or the state
    ("Clashes in Tripoli, Lebanon's second city, killed two.", ["Tripoli"], "LB", None),
    ("Floods hit Lebanon, Ohio's oldest town.", ["Lebanon"], "US", "Ohio"),
])
def test_a_town_takes_the_unit_written_after_it_with_in(geocoder: Geocoder, text: str, names: list[str],
                                                         country: str, admin1: str | None) -> None:
    for place in resolve_names(geocoder, text, names):
        assert place is not None and place.country == country
        assert admin1 is None or place.admin1 == admin1


@pytest.mark.parametrize(("text", "name", "country", "code"), [
    ("Russia in Syria has kept its bases.", "Russia", "RU", "PCLI"),  # no town of the name there: never sent to Syria
    ("Analysts say the United States in Afghanistan lost its way.", "United States", "US", "PCLI"),
    ("Talks in Minsk, Moscow's ally, stalled.", "Minsk", "BY", "PPLC"),  # an owner that is no country or state
    ("Shelling hit Kyiv, Russia's target since February.", "Kyiv", "UA", "PPLC"),  # no Kyiv in Russia
])
def test_in_after_a_name_that_does_not_lie_there(geocoder: Geocoder, text: str, name: str, country: str,
                                                 code: str) -> None:
    place = resolve_names(geocoder, text, [name])[0]
    assert place is not None and (place.country, place.feature_code) == (country, code)
