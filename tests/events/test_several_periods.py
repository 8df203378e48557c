"""A sentence that dates its event to several months or years it joins ("in February and May 2025", "in 2016 and 2017",
"between April and June 2023") tells a series of past occurrences, background, no event of the report (kept and
marked background since coder128; `staged.several_periods`, called by `staged.other_period`): also when the report's
own day is not known, against the text's first date. A single recalled month, a day range (an event record's "Between
3 and 5 June 2022"), a recent pair of months and a sentence that also tells the day keep their events."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwatch.api import extract
from eventwatch.events.staged import several_periods
from eventwatch.records import DateRef, Span


def events(text: str, published: str | None) -> list[tuple[str, str, bool]]:
    """(sub-event type, evidence sentence's first words, marked background) of each event of the report."""
    return [(e.sub_event_type, e.evidence.sentence.text[:30], e.background)
            for e in extract(text, published=published)]


LEAD = "Gunmen attacked an army patrol near Diffa on Monday, wounding two soldiers, the army said."


@pytest.mark.slow
@pytest.mark.parametrize(("background", "published"), [
    ("Similar attacks on army patrols on the lake were reported in March and June 2024.", "2025-12-02"),
    ("Bandits attacked villages along the border between April and June 2023.", "2025-12-02"),
    # the report's day unknown: the text's first date is its anchor
    ("On 1 December 2025, gunmen attacked a patrol near Diffa. Similar attacks on army patrols on the lake were "
     "reported in March and June 2024.", None),
])
def test_several_past_periods_are_no_event_of_the_report(background: str, published: str | None) -> None:
    # the series is kept marked background (coder128), never as an event of the report's own
    text, lead = (background, background[:30]) if published is None else (f"{LEAD} {background}", LEAD[:30])
    found = events(text, published or "")
    assert found and all(start == lead for _, start, old in found if not old), found
    assert all(start != lead for _, start, old in found if old), found


@pytest.mark.slow
@pytest.mark.parametrize("kept", [
    "In May 2023, a similar bomb on the same road killed four traders.",  # one recalled month
    "Similar attacks on army patrols on the lake were reported in October and November 2025.",  # inside the window
])
def test_a_single_month_or_a_recent_pair_keeps_its_event(kept: str) -> None:
    found = events(f"{LEAD} {kept}", "2025-12-02")
    assert any(start == kept[:30] for _, start, _ in found), found


def _month(text: str, word: str, year: int, month: int) -> DateRef:
    at = text.index(word)
    first = dt.date(year, month, 1)
    last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return DateRef(value=first.isoformat()[:7], granularity="month", first=first, last=last,
                   span=Span(at, at + len(word), word))


@pytest.mark.parametrize(("text", "word", "joined"), [
    ("Attacks were reported in February and May 2025.", "May 2025", True),
    ("Attacks were reported in May 2025 and again in August.", "May 2025", True),
    ("Attacks were reported in May 2025, the army said.", "May 2025", False),
    ("Attacks rose in May 2025 and may rise again.", "May 2025", False),  # the verb "may"
])
def test_the_joined_periods(text: str, word: str, joined: bool) -> None:
    when = _month(text, word, 2025, 5)
    assert several_periods(when, [when], None, dt.date(2025, 12, 2), 30, text) is joined


def test_a_day_range_is_no_period() -> None:
    text = "Between 3 and 5 June 2022, militants attacked three villages."
    at = text.index("5 June 2022")
    day = dt.date(2022, 6, 5)
    when = DateRef(value=day.isoformat(), granularity="day", first=day, last=day, span=Span(at, at + 11, "5 June 2022"))
    assert not several_periods(when, [when], None, dt.date(2025, 12, 2), 30, text)
