"""A dated dateline with a tag in small letters between its date and its dash ("BERLIN, 5 January 2021 (dpa) -",
"BAMAKO, May 20, 2025 (wire) -"): still the report's dateline, so its date anchors "on Sunday" and its place is no
place of the text (`clean.meta._AFTER_DATE`). Team-written first lines in several countries and spellings."""

from __future__ import annotations

import pytest

from eventwatch.clean import Clean
from eventwatch.records import Document
from eventwatch.settings import Settings

CLEAN = Clean(Settings())
PARA = ("Protesters blocked the main road into the city on Sunday, burning tyres and demanding the release of "
        "detained traders, residents said. Police dispersed them with tear gas in the afternoon.")


@pytest.mark.parametrize(("first", "place", "date", "agency"), [
    # dpa writes its own name in small letters: a known wire service, so it is the report's agency
    ("BERLIN, 5 January 2021 (dpa) - ", "Berlin", "2021-01-05", "dpa"),
    ("HAMBURG, Germany, March 3, 2024 (dpa) — ", "Hamburg, Germany", "2024-03-03", "dpa"),
    # a tag that names no agency: the dateline and its date still count, the tag credits nobody
    ("BAMAKO, May 20, 2025 (wire) - ", "Bamako", "2025-05-20", None),
    ("NIAMEY, 14 August 2024 (wire) – ", "Niamey", "2024-08-14", None),
    ("Quito, June 3, 2023 (corrected) - ", "Quito", "2023-06-03", None),
])
def test_a_tag_in_small_letters_after_the_date(first: str, place: str, date: str, agency: str | None) -> None:
    doc = CLEAN(Document(raw=first + PARA))
    assert (doc.dateline.place, doc.dateline.date, doc.reported_by) == (place, date, agency)
    assert doc.text.startswith(first.strip())


@pytest.mark.parametrize("first", [
    # no date before the tag: a place and a tag in small letters is no dateline shape of ours
    "BAMAKO (wire) - ",
    # a sentence's words, not a dateline: no place before the date
    "on May 20, 2025 (wire) - ",
])
def test_no_dateline_without_place_and_date(first: str) -> None:
    doc = CLEAN(Document(raw=first + PARA))
    assert doc.dateline.date is None
