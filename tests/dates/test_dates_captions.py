"""parse_date and leading_date on caption lines, datelines and metadata timestamps written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwatch.dates import find_dates, leading_date, parse_date, printed_days

REF = dt.date(2021, 1, 5)


@pytest.mark.parametrize(
    ("line", "value", "rest"),
    [
        ("Jan 4, 2021—Students torch a billboard in Karaj", "2021-01-04", "Students torch a billboard in Karaj"),
        ("Jan 2, 2021-Farmers block the highway to Isfahan", "2021-01-02", "Farmers block the highway to Isfahan"),
        ("Night rally in Arak - 31 Dec", "2020-12-31", "Night rally in Arak"),
        ("3 January 2021 | Nurses strike in Shiraz", "2021-01-03", "Nurses strike in Shiraz"),
    ],
)
def test_leading_date(line: str, value: str, rest: str) -> None:
    split = leading_date(line, REF)
    assert split is not None
    ref, remainder = split
    assert (ref.value, remainder) == (value, rest)
    assert ref.span is not None and line[ref.span.start : ref.span.end] == ref.span.text


@pytest.mark.parametrize(
    "line",
    [
        "The general died in a drone raid on January 3, 2020 - a year ago",  # the date is inside a sentence
        "Reporting by the provincial office",
        "728 x 90",
        "",
    ],
)
def test_no_leading_date(line: str) -> None:
    assert leading_date(line, REF) is None


def test_parse_date_metadata_and_dateline() -> None:
    meta = parse_date("2021-01-05T10:00:00Z", None)
    assert meta is not None and (meta.value, meta.granularity) == ("2021-01-05", "day")
    dateline = parse_date("January 5, 2021", None)
    assert dateline is not None and dateline.value == "2021-01-05"
    caption = parse_date("Jan 4, 2021—Rebels torch signs", None)
    assert caption is not None and caption.value == "2021-01-04"
    trailing = parse_date("Night marches - 31 Dec", REF)
    assert trailing is not None and trailing.value == "2020-12-31"


def test_parse_date_needs_a_reference_for_partial_dates() -> None:
    assert parse_date("31 Dec", None) is None
    assert parse_date("no date here", REF) is None
    assert parse_date("2021-02-30T00:00:00Z", REF) is None


def test_printed_days_take_the_latest_day_at_most_a_week_after_the_reference() -> None:
    # the sentence rule takes the nearest day ("20 April" in a February report is the coming one); a caption or a
    # dateline prints what has happened, so it is last April, unless it falls within the week after the report
    reference = dt.date(2024, 2, 10)
    assert [r.value for r in find_dates("They will meet on 20 April.", reference)] == ["2024-04-20"]
    assert [(s.text, r and r.value) for s, r in printed_days("Marchers - 20 April", reference)] == [
        ("20 April", "2023-04-20")]
    assert [r and r.value for _, r in printed_days("Marchers - 15 Feb", reference)] == ["2024-02-15"]
    assert [r and r.value for _, r in printed_days("Marchers - 18 Feb", reference)] == ["2023-02-18"]


def test_printed_days_without_a_reference_keep_their_shape() -> None:
    assert [(s.text, r) for s, r in printed_days("KABUL, March 3 (Reuters) -", None)] == [("March 3", None)]
    [(span, ref)] = printed_days("Jan 4, 2021—Rebels torch signs", None)
    assert (span.start, span.end, ref and ref.value) == (0, 11, "2021-01-04")
    assert printed_days("Rebels torch signs on Monday, yesterday and in 2020", REF) == []  # not printed days


@pytest.mark.parametrize(
    "line",
    [
        "Tuesday, the third of March - crowds outside the court",
        "Marchers on New Year's Day - early January",
        "Last Friday night: the square after the curfew",
        "the second of May, two thousand one",
        "Rally in Tabriz yesterday morning",
    ],
)
def test_a_line_without_a_digit_prints_no_day(line: str) -> None:
    """`printed_days` skips a line with no digit (a necessary condition: both printed kinds hold a figure); the
    full scan finds no printed day in such a line either, with or without a reference."""
    from eventwatch.dates.detect import scan
    from eventwatch.dates.single import PRINTED_KINDS

    for reference in (REF, None, dt.date(2000, 6, 15)):
        assert not [kind for kind, _ in scan(line, reference, printed=True) if kind in PRINTED_KINDS]
        assert printed_days(line, reference) == []


def test_a_digit_anywhere_lets_the_line_be_scanned() -> None:
    assert [ref.value for _, ref in printed_days("Youths burn tyres in Tabriz on Jan 4, 2021", REF)] == ["2021-01-04"]
    assert [span.text for span, _ in printed_days("Night rally - 31 Dec", None)] == ["31 Dec"]
