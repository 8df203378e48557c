"""An earlier event told as the story's point of reference is background, no event (`recalled.recalled_event`, read
by `staged.other_period` once every date its sentence tells is older than the reporting window; the dates an event
noun's "of" names, `staged._dates_event`; coder109, issue 10). Team-written reports, each with a lead of the day that
must stay: a trend up to now, a memory, the last one before the story's, an event named by its year with "of", and
a relative clause on the place of a dated clause go; the same shapes of the report's own days, and a single
recalled month, stay."""

from __future__ import annotations

import pytest

from eventwatch.api import extract

LEAD = "Gunmen killed four farmers in Konduga on Monday, police said."


def starts(text: str, published: str = "2025-03-05", everything: bool = True) -> list[str]:
    """The first words of each event's evidence sentence; with `everything` false, of the events the export keeps
    (an event of another period is kept, marked background: coder128)."""
    return [e.evidence.sentence.text[:30] for e in extract(text, published=published) if everything or not e.background]


@pytest.mark.parametrize("background", [
    # a trend in the present perfect, its subject the event word
    "Ambushes on the Bama road have become rare since the army reopened it in 2023.",
    "Fighting in the hills around Gwoza has intensified since the insurgents seized the pass in 2024.",
    # a trend as the verb above the event's own ("have continued to attack")
    "The militia pledged to lay down its arms in 2023, but its units have continued to attack villages and herders' "
    "camps around Bama.",
    # a memory: the event as what a verb of memory is about, a month as well as a year
    "Another speaker recalled the riots in Maiduguri in April 2009 over a new tax, when one trader died, and called "
    "for calm.",
    "The union is remembered in the state for the strike it led for three weeks against the decree of June 1994.",
    # the last one before the story's, named by an adjective of precedence
    "The last general strike in Maiduguri, in September 2023, shut the markets for a day.",
    # an event noun named by its year with "of", under a clause in the present
    "Dikwa remains under the curfew declared after the cattle raids of 2022, in which dozens of herders were killed.",
    # a relative clause on the place of a clause dated by an old year
    "Cattle raids have cost many lives in the state, most of all in 2020 at Dikwa, where 30 herders were killed.",
])
def test_an_earlier_event_told_as_reference_is_no_event(background: str) -> None:
    found = starts(f"{LEAD} {background}", everything=False)
    assert found and all(start == LEAD[:30] for start in found), found


@pytest.mark.parametrize("second", [
    # a trend or a memory of the report's own days
    "Fighting around Gwoza has intensified since Saturday, when insurgents shelled the barracks.",
    "Survivors recalled how soldiers burned down the market in Bama on Sunday.",
    # a single recalled month: an occurrence of its own (the demo's gold codes it)
    "In May 2023, a similar bomb killed four traders in Bama.",
    # "last" on a word of the day's events, not on an earlier event
    "The last convoy to leave Bama was ambushed on Sunday.",
])
def test_the_events_that_stay(second: str) -> None:
    found = starts(f"{LEAD} {second}")
    assert any(start == second[:30] for start in found), found
