# ruff: noqa: E501  (the team-written timelines are kept as written, one entry a line)
"""A chronology's dated entries, each its own event on its own day (dates46, issues 10 and 12; trial12's fix-half
class 3: a timeline's five entries became two events, both on the wrong day). An entry opens its paragraph on a day
and a colon or a dash (`sentences.ENTRY_HEAD`); it stays in the body (`clean.captions.chronology`), its head is a
sentence of its own, and its day dates the entry's events (`events.paragraph_days.entry_days`), none carried to the next
entry. Team-written timelines: other countries, date forms, separators and tenses, and one inside a longer story."""

from __future__ import annotations

import pytest

from eventwatch.api import extract

KENYA = """TIMELINE - Protests over the finance bill in Kenya
Nairobi, 20 March 2025

Opposition supporters have staged protests across the country this month. The main events, as reported by police and local media:

March 3, 2025 - Several thousand students marched through Kisumu demanding the withdrawal of the bill, and the march ended peacefully in the afternoon.

March 9, 2025 - Police fired tear gas at protesters who threw stones in Nakuru.

March 15, 2025 - Unidentified men set fire to a police post in Eldoret during the night.
"""

PERU = """Road blockades in Peru: a chronology
Lima, 28 October 2025

Miners have blocked roads in the south of the country for three weeks. The main incidents:

6 October 2025: Several hundred miners block the Pan-American highway at Chala with rocks and burning tyres, and lorries queue for kilometres on both sides.

10 October 2025: Police clear the Chala blockade with tear gas; miners throw stones and 15 people are detained.

17 October 2025: About 1,500 traders march through Arequipa against the blockades.
"""

NIGERIA = """LAGOS, 20 June 2025 - Police fired tear gas at hundreds of traders protesting against market levies in Lagos on Thursday, witnesses said.

The protest was the latest in a month of unrest over the levies. Earlier incidents:

Monday 2 June: About 300 traders marched to the state assembly in Ikeja and delivered a petition.

Saturday 7 June: Unidentified men burned a levy collection office in Ikorodu during the night.

Friday 13 June: Police arrested 14 traders who blocked a road in Epe.

The state government said on Friday it would review the levies.
"""


def _days(text: str) -> dict[str | None, set[str | None]]:
    out: dict[str | None, set[str | None]] = {}
    for e in extract(text):
        out.setdefault(e.location, set()).add(e.event_date)
    return out


@pytest.mark.slow
def test_past_tense_entries_after_a_kicker_heading() -> None:
    days = _days(KENYA)
    assert days["Kisumu"] == {"2025-03-03"}
    assert days["Nakuru"] == {"2025-03-09"}
    assert days["Eldoret"] == {"2025-03-15"}


@pytest.mark.slow
def test_present_tense_entries_each_on_their_own_day() -> None:
    days = _days(PERU)
    assert days["Chala"] == {"2025-10-06", "2025-10-10"}  # the peaceful then violent blockade, each on its day


@pytest.mark.slow
def test_a_timeline_inside_a_longer_story() -> None:
    days = _days(NIGERIA)
    assert days["Lagos"] == {"2025-06-19"}  # the lead's Thursday, the story's own event
    assert days["Ikeja"] == {"2025-06-02"}
    assert days["Epe"] == {"2025-06-13"}
