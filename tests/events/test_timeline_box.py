"""A timeline box appended to a report codes no event (`events.paragraph_days.timeline_box`, dates57). Team-written
reports."""

from __future__ import annotations

import pytest

from eventwatch.api import extract
from eventwatch.events.paragraph_days import timeline_box
from eventwatch.sentences import paragraph_starts

_STORY = ("SIRTE, 4 May 2026 - Two fighters were killed when rival armed groups clashed near the port of Sirte on "
          "Sunday, a hospital said.\n\nThe fighting stopped after elders mediated in the evening.\n\n")


@pytest.mark.parametrize(("heading", "box"), [
    ("TIMELINE: Sirte since 2020", True),
    ("Timeline of the fighting", True),
    ("CHRONOLOGY - Two years of clashes", True),
    ("Timeline: clashes in the port city", True),
    # a sentence that names a timeline is no heading
    ("The timeline of the talks was not made public.", False),
    ("Timeline of events shows that the groups had clashed twice before.", False),
])
def test_a_box_heading_after_the_story(heading: str, box: bool) -> None:
    text = _STORY + heading + "\n\n- March 2021: a convoy is ambushed on the coast road."
    found = timeline_box(text, paragraph_starts(text))
    assert found == ({2, 3} if box else set())


def test_a_chronology_that_opens_the_text_is_the_report() -> None:
    text = ("TIMELINE - Three weeks of blockades\n\nFarmers have blocked roads since the start of the month.\n\n"
            "2 March 2026: Farmers block the highway at Sabha with tree trunks.")
    assert timeline_box(text, paragraph_starts(text)) == set()


def test_an_old_entry_of_the_box_codes_no_event() -> None:
    text = ("SIRTE, May 4 (wire) - Two fighters were killed when rival armed groups clashed near the port of Sirte on "
            "Sunday, a hospital said.\n\nThe fighting started on 3 May 2026 and stopped after elders mediated in "
            "the evening.\n\nThe government called for calm and said it had opened an investigation.\n\n"
            "TIMELINE: Sirte since 2020\n\n- July 2023: clashes between rival groups kill five people near the port."
            "\n- May 2024: gunmen storm the Sirte hospital in search of a wounded rival.")
    dates = [e.event_date for e in extract(text, None)]
    assert "2026-05-03" in dates
    assert not any(d and d < "2026" for d in dates)
