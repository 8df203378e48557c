"""A unit left unsaid after a comparison (`dates/elided.py`): "twice as high a dividend this year as last" is last
year, as TimeML marks the bare "last". The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwatch.dates import find_dates
from eventwatch.dates.timeml import to_timeml_value

OCTOBER = dt.date(2013, 10, 24)


def last_value(text: str, reference: dt.date = OCTOBER) -> str | None:
    found = [r for r in find_dates(text, reference) if r.span and r.span.text.lower() == "last"]
    return to_timeml_value(found[0]) if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The co-op expects a dividend nearly twice as high this year as last.", "2012"),
        ("Traffic on the bridge was heavier this week than last, police said.", "2013-W42"),
        ("Orders rose this month from last, the survey found.", "2013-09"),
        ("Margins were thinner this quarter than last.", "2013-Q3"),
        # "last" that is no time: no comparison with "this <unit>" before it, or not at a clause's end
        ("At last, the rebels left the town.", None),
        ("The ferry was the last.", None),
        ("Prices were higher this year than the year before last.", None),
        ("Profits fell this year; last, the chairman resigned.", None),
    ],
)
def test_last_after_a_comparison_is_the_unit_before(text: str, expected: str | None) -> None:
    assert last_value(text) == expected


@given(st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)), st.sampled_from(["year", "month", "week", "quarter"]))
def test_the_elided_unit_ends_before_the_report_s_unit_begins(reference: dt.date, unit: str) -> None:
    """The unit named by the bare "last" lies wholly before the report's own unit, and right before it."""
    found = [r for r in find_dates(f"Sales were higher this {unit} than last.", reference)
             if r.span and r.span.text == "last"]
    assert len(found) == 1
    last = found[0]
    assert last.last < reference
    assert (reference - last.last).days <= {"year": 366, "month": 31, "week": 13, "quarter": 92}[unit]
