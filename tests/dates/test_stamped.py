"""Entries dated by the page's head (`dates.stamped`): a live page's time-stamped entries under its day line, and a
monitor's entries headed by a day without its year under a head line's whole date. Team-written texts."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given
from hypothesis import strategies as st

from eventwatch.dates import find_dates
from eventwatch.dates.stamped import headed_days, stamped_days


def _starts(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


_LIVE = ("Tuesday 14 April 2026. Our live coverage of the crisis in eastern Congo.\n\n"
         "06:40 - Police say a grenade was thrown at a checkpoint in Goma overnight.\n\n"
         "07:15 - Traders in Butembo have closed their shops in protest.\n\n"
         "Wednesday 15 April 2026\n\n"
         "08:05 - Gunmen attacked a bus near Beni.\n")


def test_a_time_stamp_is_of_its_header_day() -> None:
    days = {n: d.value for n, d in stamped_days(_LIVE, _starts(_LIVE)).items()}
    assert days == {1: "2026-04-14", 2: "2026-04-14", 4: "2026-04-15"}


def test_one_clock_time_is_no_live_page() -> None:
    text = "Tuesday 14 April 2026. Results.\n\n10:30: the hour the polls closed in Goma, officials said.\n"
    assert stamped_days(text, _starts(text)) == {}


def test_stamps_without_a_day_header_are_not_dated() -> None:
    text = "Our live coverage.\n\n06:40 - A grenade was thrown in Goma.\n\n07:15 - Traders closed their shops.\n"
    assert stamped_days(text, _starts(text)) == {}


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31)),
       st.lists(st.tuples(st.integers(0, 23), st.integers(0, 59)), min_size=2, max_size=6))
def test_every_stamped_entry_takes_the_header_day(day: dt.date, times: list[tuple[int, int]]) -> None:
    head = f"{day.strftime('%A')} {day.day} {day.strftime('%B')} {day.year}. Live updates."
    text = "\n\n".join([head, *(f"{h:02d}:{m:02d} - Shelling was reported in Kherson." for h, m in times)])
    found = stamped_days(text, _starts(text))
    assert sorted(found) == list(range(1, len(times) + 1))
    assert {d.first for d in found.values()} == {day}


_SUMMARY = ("MONTHLY SUMMARY, APRIL 2026\nIssued in Nairobi, 4 May 2026\n\n"
            "Incidents - 12 April, Garissa: gunmen abducted two teachers. - 30 April, Mandera: a bus was ambushed.")


def _placed(text: str) -> dict[str, str]:
    return {d.span.text: d.value for d in headed_days(text, find_dates(text, None)) if d.span is not None}


def test_a_yearless_entry_day_takes_the_head_year() -> None:
    placed = _placed(_SUMMARY)
    assert placed["12 April"] == "2026-04-12"
    assert placed["30 April"] == "2026-04-30"


def test_a_day_after_the_head_by_more_than_a_week_is_last_year() -> None:
    text = "Issued in Nairobi, 4 February 2026\n\nIncidents - 20 December, Lamu: a police post was attacked."
    assert _placed(text)["20 December"] == "2025-12-20"


def test_no_head_day_leaves_yearless_days_undated() -> None:
    text = "Incidents recorded\n\nIncidents - 12 April, Garissa: gunmen abducted two teachers."
    assert "12 April" not in _placed(text)
