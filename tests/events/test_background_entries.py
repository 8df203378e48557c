# ruff: noqa: E501  (the team-written texts are kept as written, one paragraph a line)
"""A paragraph labelled "Background" tells no event of the story, and a definite phrase naming a told event's people
("the blockade leaders") is no new event (dates47, issues 10 and 12; trial12's fix-half class 3: the Bolivia
timeline's background entry gave an abduction on the report's day, and its truce signed by "the blockade leaders"
was coded a peaceful protest). Team-written variants: other countries, labels, tenses and separators."""

from __future__ import annotations

import pytest

from eventwatch.api import extract
from eventwatch.events.paragraph_days import background_paragraphs

CHILE = """TIMELINE - A month of port strikes in Chile
Santiago, 30 April 2025

Dock workers have struck at the country's main ports since the start of April. The main incidents:

Background, 2019-2020: strikes by the same union closed the port of Valparaiso for three weeks. Two customs officers were held hostage by strikers in San Antonio before being released.

3 April 2025: About 800 dock workers march through Valparaiso demanding higher pay.

9 April 2025: Police fired tear gas at strikers who threw stones at the gates of the port of San Antonio.

24 April 2025: Ministers and the strike leaders sign a ten-day truce in Santiago. The ports reopen the next morning.
"""

MOZAMBIQUE = """Incident notes, Cabo Delgado, week of 12 May 2025 (compiled in Pemba, 19 May 2025)

On 13 May 2025, insurgents attacked a bus near Macomia, killing two passengers.

Background: insurgents have attacked villages in the province since 2017. They seized the town of Palma and killed dozens of residents before the army retook it.
"""


def _events(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.sub_event_type, e.location, e.event_date) for e in extract(text)]


def test_background_labels() -> None:
    text = ("Background: a paragraph.\n\nBackground, October-November 2024: another.\n\nBACKGROUND - a third.\n\n"
            "Background checks on the suspects were carried out in March.\n\nBackgrounds: no label.\n")
    starts = [0, *(i + 2 for i in range(len(text) - 2) if text[i:i + 2] == "\n\n")]
    assert background_paragraphs(text, starts) == {0, 1, 2}


@pytest.mark.slow
def test_a_timelines_background_entry_codes_nothing() -> None:
    found = _events(CHILE)
    assert not any(loc == "San Antonio" and sub and "abduction" in sub.lower() for sub, loc, _ in found)
    assert not any(day and day < "2025-04-01" for _, _, day in found)


@pytest.mark.slow
def test_the_strike_leaders_agreement_is_an_agreement() -> None:
    found = _events(CHILE)
    assert ("Agreement", "Santiago", "2025-04-24") in found
    assert not any(loc == "Santiago" and day == "2025-04-24" and sub != "Agreement" for sub, loc, day in found)


@pytest.mark.slow
def test_incident_notes_background_paragraph_codes_nothing() -> None:
    found = _events(MOZAMBIQUE)
    assert not any(loc == "Palma" for _, loc, _ in found)
    assert any(day == "2025-05-13" for _, _, day in found)


@pytest.mark.slow
def test_the_protest_leaders_arrest_still_tells_the_intervention() -> None:
    text = ("NAIROBI, 12 June 2025 - Hundreds of students marched through Nairobi on Wednesday against a rise in "
            "fees. Police later arrested the protest leaders outside the university.")
    assert _events(text) == [("Protest with intervention", "Nairobi", "2025-06-11")]
