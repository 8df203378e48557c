"""A story whose first date is a bare year of its background (coder100, issue 10; `staged.other_period`,
`staged._through_noun`, `period_end_verbs` in `modality.toml`). An ACLED note opens with its full day and reads its
events against it; a report whose first told date is a year or longer has no such day, so its background sentences
are read against the report's day. Periods nest: an event told in a raid of a year, or in an era whose end a
relative clause dates, is of that period. Team-written reports."""

from __future__ import annotations

import pytest

from eventwatch.api import extract


def starts(text: str, published: str, everything: bool = True) -> list[str]:
    """The first words of each event's evidence sentence; with `everything` false, of the events the export keeps
    (an event of another period is kept, marked background: coder128)."""
    return [e.evidence.sentence.text[:30] for e in extract(text, published=published) if everything or not e.background]


@pytest.mark.parametrize("background", [
    # a killing dated through the raid it happened in
    "Investigators have opened a grave near Nebaj holding the bodies of twenty villagers believed to have been shot "
    "during a military raid in 1981.",
    # lower case, an era bounded by its end
    "soldiers killed dozens of farmers in the valley during the last years of the conflict, which ended with the "
    "peace accords of 1996.",
])
def test_background_after_a_first_date_of_a_year_is_no_event(background: str) -> None:
    text = f"The grave was found in 1998 by a farmer. {background}"
    found = starts(text, "2025-04-10", everything=False)
    assert all(not background.startswith(start) for start in found), found


def test_the_day_event_of_such_a_report_stays() -> None:
    """A day's event in a report whose first date is an old year is still the report's."""
    text = ("The grave was found in 1998 by a farmer. Gunmen killed two forensic workers near Nebaj on Tuesday, "
            "police said.")
    found = starts(text, "2025-04-10")
    assert any(start.startswith("Gunmen killed") for start in found), found


def test_a_note_opening_with_its_day_keeps_its_event() -> None:
    """An ACLED-style note opens with its full day: a later year-dated sentence of the same period stays its own."""
    note = "On 12 March 1996, soldiers shot dead four farmers near Nebaj. The army burned three villages in 1996."
    found = starts(note, "1996-09-01")
    assert any(start == note[:30] for start in found), found
