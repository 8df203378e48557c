""""Overnight" beside a day named before it (`dates/anchor_days.overnight`), and a yearless day or month listed
after another with "and" or "or" (`dates/told.listed_years`).

"Overnight" names a night, which a report says of the day it has just named: "On 2 March, overnight, gunmen
raided the post" is the night of 2 March, "shares fell on Friday, dragged down by overnight selling on Wall
Street" the night that led into that Friday (TimeML writes the night with the day it begins on, `…TNI`). A
yearless day listed after another is told with it, in the same tense: "the ferry sank on Feb. 10 and Feb. 12" in
a December report is February of this year twice, where the second, read on its own, was the coming February.
The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwatch.dates import find_dates
from eventwatch.dates.timeml import to_timeml_value

MONDAY = dt.date(2013, 3, 11)
DECEMBER = dt.date(2012, 12, 5)
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def night(text: str, reference: dt.date = MONDAY) -> str:
    found = [r for r in find_dates(text, reference, indefinite=True) if r.span and r.span.text.lower() == "overnight"]
    assert len(found) == 1, text
    return to_timeml_value(found[0])


def days(text: str, reference: dt.date = DECEMBER) -> list[dt.date]:
    return [r.first for r in find_dates(text, reference)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the night of the day named: an opening date, or a day the fighting went on from
        ("On 2 March 2013, overnight, gunmen raided a border post near the river.", "2013-03-02TNI"),
        ("Clashes broke out in the market on Saturday and went on overnight.", "2013-03-09TNI"),
        ("The dam gave way on Thursday. Overnight, the water reached the lower town.", "2013-03-07TNI"),
        # the night that led into the day named: a noun's modifier, or the day something was said
        ("Shares in Seoul fell on Friday, dragged down by overnight selling on Wall Street.", "2013-03-07TNI"),
        ("Officials said on Sunday that two guards had been wounded overnight.", "2013-03-09TNI"),
        # a day named in what was said is not the day of saying
        ("Traders said the recovery from Friday's slide came as oil prices rose overnight.", "2013-03-08TNI"),
        # no day named close before: the report's own night, as before
        ("Two guards were wounded overnight, the ministry said.", "2013-03-11TNI"),
    ],
)
def test_overnight_is_a_night_beside_the_day_named_before_it(text: str, value: str) -> None:
    assert night(text) == value


def test_a_day_named_two_sentences_before_is_not_the_night_s_day() -> None:
    text = ("The council met on Friday. It voted on the budget. The power went out. "
            "Two guards were wounded overnight.")
    assert night(text) == "2013-03-11TNI"


def test_an_event_on_an_opening_date_overnight_keeps_that_day() -> None:
    text = "On 2 March 2013, overnight, gunmen raided a border post near the river."
    assert days(text, MONDAY) == [dt.date(2013, 3, 2), dt.date(2013, 3, 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # told in the past: both days gone by, though the coming February is nearer the report
        ("Rebels stormed the town on Feb. 10 and Feb. 12.", [dt.date(2012, 2, 10), dt.date(2012, 2, 12)]),
        ("The ferry sank on Jan. 20, and on March 1 its owner was charged.",
         [dt.date(2012, 1, 20), dt.date(2012, 3, 1)]),
        ("Talks were held on Dec. 2 and Jan. 3.", [dt.date(2012, 12, 2), dt.date(2012, 1, 3)]),
        # about the future: both ahead, the second across the new year
        ("The talks will resume on Dec. 28 and Jan. 3.", [dt.date(2012, 12, 28), dt.date(2013, 1, 3)]),
        ("The votes are on Dec. 9 or Dec. 16.", [dt.date(2012, 12, 9), dt.date(2012, 12, 16)]),
        # a month under way at the report sets no side: the nearest year to it
        ("The elections are in December and January.", [dt.date(2012, 12, 1), dt.date(2013, 1, 1)]),
        # a year written on the second is the first's too (as "between January and March 2011" already was)
        ("Rebels stormed the town on Feb. 10 and Feb. 12, 2011.", [dt.date(2011, 2, 10), dt.date(2011, 2, 12)]),
    ],
)
def test_a_yearless_day_listed_after_another_is_told_with_it(text: str, expected: list[dt.date]) -> None:
    assert days(text) == expected


@settings(max_examples=80, deadline=None)
@given(first=st.dates(min_value=dt.date(2011, 1, 1), max_value=dt.date(2013, 12, 31)),
       gap=st.integers(min_value=1, max_value=40), link=st.sampled_from(["and", "and on", ", and", "or"]))
def test_two_listed_days_told_in_the_past_are_both_past_and_close(first: dt.date, gap: int, link: str) -> None:
    """Whatever the report's day: when the sentence tells both days in the past and they are near each other,
    neither is read after the report (beyond a week's slack) and the second lies near the first."""
    second = first + dt.timedelta(days=gap)
    reference = second + dt.timedelta(days=20)
    text = (f"Rebels stormed the town on {MONTHS[first.month - 1]} {first.day}"
            f"{'' if link.startswith(',') else ' '}{link} {MONTHS[second.month - 1]} {second.day}.")
    got = days(text, reference)
    assert len(got) == 2, text
    assert all(day <= reference + dt.timedelta(days=7) for day in got), (text, got)
    assert abs((got[1] - got[0]).days) <= 60, (text, got)
