"""An earlier occurrence told after a story's lead is background, no event (`staged.other_period`'s `aside`, read by
the assembler for a story's sentences after its first event's; coder114, issue 10). ACLED codes an event from the
reports about it: a story about the day's event that recalls an occurrence of a month or a day more than the
reporting window before codes only the day's event, while a report whose lead tells the old occurrence, an event
record and a sentence read alone keep it. Team-written reports, each with a lead of the day that must stay."""

from __future__ import annotations

import pytest

from eventwatch.api import extract

LEAD = "Gunmen killed four farmers in Konduga on Monday, police said."


def starts(text: str, published: str = "2025-03-05") -> list[str]:
    """The first words of each event's evidence sentence."""
    return [e.evidence.sentence.text[:30] for e in extract(text, published=published)]


@pytest.mark.parametrize("background", [
    "In June 2024, an attack on the same village killed 19 people.",  # a month of the last year
    "In March 2021, an attack on the same village killed 19 people.",  # a month however old
    "Boko Haram fighters overran the army base in Bama in August 2022.",  # the month after the verb
    "On 14 October 2024, soldiers shot dead three fishermen on the lake shore at Baga.",  # a day
    "in may 2023, a similar bomb killed four traders in bama.",  # lower case
])
def test_an_old_month_or_day_told_after_the_lead_is_no_event(background: str) -> None:
    found = starts(f"{LEAD}\n\n{background}")
    assert found and all(start == LEAD[:30] for start in found), found


@pytest.mark.parametrize("text", [
    # a report about the old occurrence: its lead tells it, and the rest of the story is its detail
    "Soldiers killed 12 villagers in Baga in October 2024, a rights group said in a report on Tuesday.",
    # a sentence read alone (a note, a snippet) keeps its month
    "In June 2024, militants attacked a police station in Kano.",
])
def test_a_report_about_the_old_occurrence_keeps_it(text: str) -> None:
    found = starts(text)
    assert any(start == text[:30] for start in found), found


@pytest.mark.parametrize("second", [
    "Last week, gunmen killed two herders near the same village.",  # inside the window
    "On 20 February, bandits abducted six women near Konduga.",  # a day inside the window
])
def test_the_days_of_the_window_stay(second: str) -> None:
    found = starts(f"{LEAD}\n\n{second}")
    assert any(start == second[:30] for start in found), found
