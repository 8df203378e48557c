"""The one parser of publication dates: ISO and written forms read, numeric day/month only by `date_order`, and
anything else refused with its reason (never a silent 3 December for 12/03)."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwatch.dates.published import UnreadableDate, parse_published


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-03-12", "2024-03-12"), ("2024-03-12T23:10:00+05:00", "2024-03-12"), ("2024/03/12", "2024-03-12"),
    ("12 March 2024", "2024-03-12"), ("March 12, 2024", "2024-03-12"), ("Mar. 12 2024", "2024-03-12"),
    ("Tuesday, 12th of March 2024", "2024-03-12"), ("Tue, 12 Mar 2024 10:00:00 +0000", "2024-03-12"),
    ("12 March 2024, 10:45", "2024-03-12"), ("  ", None), (None, None),
    (dt.date(2024, 3, 12), "2024-03-12"), (time.strptime("2024-03-12", "%Y-%m-%d"), "2024-03-12"),
])
def test_dates_that_read_without_a_setting(value: object, expected: str | None) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["12/03/2024", "25/03/2024", "03.12.2024", "12-03-2024"])
def test_numeric_day_and_month_need_date_order(value: str) -> None:
    with pytest.raises(UnreadableDate, match="date_order"):
        parse_published(value)


def test_date_order_reads_them_one_way() -> None:
    assert parse_published("12/03/2024", "DMY") == "2024-03-12"
    assert parse_published("12/03/2024", "MDY") == "2024-12-03"
    with pytest.raises(UnreadableDate, match="no calendar day"):
        parse_published("25/03/2024", "MDY")


@pytest.mark.parametrize("value", ["yesterday", "2024-02-30", "12/03/24", "31 Feb 2024", "soon", "2024-13-01"])
def test_unreadable_values_say_why(value: str) -> None:
    with pytest.raises(UnreadableDate) as info:
        parse_published(value, "DMY")
    assert info.value.reason and value.split("/")[0] in info.value.reason


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
       st.sampled_from(["%Y-%m-%d", "%d %B %Y", "%B %d, %Y", "%a, %d %b %Y", "%d %b. %Y"]))
def test_written_forms_round_trip(day: dt.date, form: str) -> None:
    assert parse_published(day.strftime(form)) == day.isoformat()


@given(st.text(max_size=30))
def test_any_text_reads_or_says_why(text: str) -> None:
    try:
        value = parse_published(text)
    except UnreadableDate as exc:
        assert exc.reason
    else:
        assert value is None or dt.date.fromisoformat(value)


@pytest.mark.parametrize(("form", "month"), [
    ("January", 1), ("jan", 1), ("February", 2), ("Feb.", 2), ("March", 3), ("Mar", 3), ("April", 4), ("Apr.", 4),
    ("May", 5), ("June", 6), ("Jun", 6), ("July", 7), ("Jul.", 7), ("August", 8), ("Aug", 8), ("September", 9),
    ("Sep", 9), ("Sept.", 9), ("October", 10), ("Oct", 10), ("November", 11), ("Nov.", 11), ("December", 12),
    ("DEC", 12),
])
def test_every_month_form_of_the_dates_lexicon_reads_in_a_written_date(form: str, month: int) -> None:
    """The written forms read the months of `data/dates/months.tsv`, the list the time expressions read too."""
    assert parse_published(f"12 {form} 2024") == f"2024-{month:02d}-12"
    assert parse_published(f"{form} 12, 2024") == f"2024-{month:02d}-12"
