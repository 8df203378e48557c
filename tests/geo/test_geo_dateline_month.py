"""A dateline's month is never a place (geo42, trial11's fix-half class 1a). "LISBON, March 15, 2024 (wire) -" was
read as Lisbon with "March" for its unit, and GeoNames' March (Cambridgeshire) took the place: the report's march
went to England and its protesters became British. A month or weekday written with a day or year after a comma is
a date (`written.qualifier_after`), and a dateline's town whose date opens on a word that surely names a place as a
unit (March, June, Monday, Thursday) is read as no place at all, as main read it in effect (the clean stage leaves
"(wire)" datelines unread, and their town would become an event's place); one whose date opens on a word naming
nothing ("TEHRAN, May 12", "TRIPOLI, Aug 16") keeps its town as before. Team-written sentences, other towns and
countries than trial11's."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder
from eventwatch.geo.written import dateline_date_word, qualifier_after


def _places(nlp: Any, geocoder: Geocoder, text: str) -> list[tuple[str, str]]:
    return [(p.name, p.country) for p in geocoder.find_places(nlp(text))]


@pytest.mark.parametrize(("text", "town", "country"), [
    ("PORTO, March 9, 2025 (wire) - Hundreds of dock workers marched through central Porto on Sunday to demand "
     "higher pay.", "Porto", "PT"),
    ("ALGIERS, June 24, 2025 (wire) - Students gathered outside the university in Bab Ezzouar on Tuesday.",
     "Bab Ezzouar", "DZ"),
    ("VALLETTA, Monday 3 March 2025 - Fishermen blocked the harbour of Marsaxlokk with their boats.",
     "Marsaxlokk", "MT"),
])
def test_a_datelines_month_is_no_place(nlp: Any, geocoder: Geocoder, text: str, town: str, country: str) -> None:
    found = _places(nlp, geocoder, text)
    assert (town, country) in found
    assert all(c == country for _, c in found), found  # no March in England, no June (Unieux) in France


@pytest.mark.parametrize(("text", "town", "country"), [
    ("TEHRAN, May 12, 2025 (wire) - Gunmen attacked a police post near Zahedan.", "Tehran", "IR"),
    ("HARARE, Aug 4, 2025 (wire) - Vendors protested in Mbare against the removal of their stalls.", "Harare", "ZW"),
])
def test_a_dateline_whose_date_names_nothing_keeps_its_town(nlp: Any, geocoder: Geocoder, text: str, town: str,
                                                            country: str) -> None:
    assert (town, country) in _places(nlp, geocoder, text)


@pytest.mark.parametrize(("text", "word"), [
    ("LISBON, March 15, 2024 (wire) - ", "March"),
    ("PORT VILA, Friday 30 August 2024 - ", "Friday"),
    ("BRATISLAVA, MONDAY 26 JANUARY 2026 - ", "MONDAY"),
    ("STOCKHOLM, Nov 20 2025 (wire) - ", "Nov"),
    ("KUWAIT CITY, Dec. 3, 2024 - ", "Dec"),
    ("RIGA, 27 October 2025 (wire) - ", ""),  # a day first: no word read as a unit, as before
    ("Police said the march in Porto, March 15 aside, was calm.", ""),  # not opening its line
])
def test_the_date_word_of_a_dateline(text: str, word: str) -> None:
    comma = text.index(",")
    start = 0 if comma < 20 else text.index("Porto")
    assert dateline_date_word(text, start, comma) == word


@pytest.mark.parametrize(("tail", "qualifier"), [
    (", March 15, 2024 (wire) - Several thousand people marched", ""),
    (", Thursday 12 June 2025 - Police said", ""),
    (", March, was where the march ended", "March"),  # no date after it: read as written
    (", Texas, on Monday", "Texas"),
])
def test_a_date_after_a_comma_is_no_qualifier(tail: str, qualifier: str) -> None:
    text = "Lisbon" + tail
    assert qualifier_after(text, len("Lisbon"), frozenset())[0] == qualifier
