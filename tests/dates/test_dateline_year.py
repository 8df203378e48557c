"""A wire's yearless dateline given its year by a whole day its body tells (`dates.dateline_day.year_told`, dates57;
issues 10 and 12). Team-written wires."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwatch.api import extract
from eventwatch.dates.dateline_day import YEAR_REACH, dateline_day, year_told


@pytest.mark.parametrize(("text", "day"), [
    # the body's day lies a day before the dateline's: its year is the dateline's
    ("MOMBASA, October 9 (wire) - Dock workers walked off the job on Tuesday.\n\n"
     "The strike began at dawn on 8 October 2024 at the container terminal.", dt.date(2024, 10, 9)),
    ("MOMBASA, 9 Oct (wire) - Dock workers walked off the job on Tuesday.\n\n"
     "The strike began on Oct. 8, 2024.", dt.date(2024, 10, 9)),
    # a December day under a January dateline: the next year's
    ("KANO, Jan. 2 (wire) - Gunmen attacked a market on Thursday.\n\n"
     "Traders said the raid began late on 31 December 2025.", dt.date(2026, 1, 2)),
    # no whole day in the body, one too far before the dateline, one after it: no year to read
    ("MOMBASA, October 9 (wire) - Dock workers walked off the job on Tuesday.", None),
    ("MOMBASA, October 9 (wire) - Dock workers walked off the job on Tuesday.\n\n"
     "A similar strike on 12 June 2024 lasted a week.", None),
    ("MOMBASA, October 9 (wire) - Dock workers walked off the job on Tuesday.\n\n"
     "Talks are set for 20 October 2024.", None),
    # days of two years that both fit: no one year
    ("MOMBASA, October 9 (wire) - Dock workers walked off the job on Tuesday.\n\n"
     "The strike began on 8 October 2024, as one had on 7 October 2023.", None),
])
def test_a_yearless_datelines_year_is_the_bodys(text: str, day: dt.date | None) -> None:
    found = dateline_day(text)
    assert (found[0] if found else None) == day


def test_the_span_covers_the_yearless_head() -> None:
    text = "TRIPOLI, June 10 (wire) - Gunmen clashed on Tuesday.\n\nIt began on 9 June 2026."
    found = dateline_day(text)
    assert found is not None
    assert text[found[1][0]:found[1][1]] == "TRIPOLI, June 10 (wire) - "


@given(st.dates(min_value=dt.date(1990, 1, 8), max_value=dt.date(2035, 12, 31)), st.integers(0, 20),
       st.booleans())
def test_a_whole_day_within_the_reach_gives_the_year(day: dt.date, back: int, day_first: bool) -> None:
    told = day - dt.timedelta(days=back)
    date = f"{day.day} {day:%B}" if day_first else f"{day:%B} {day.day}"
    found = year_told(f"The fighting broke out on {told.day} {told:%B} {told.year}.", date)
    assert found == (day if back <= YEAR_REACH else None)


def test_a_wire_with_a_yearless_dateline_dates_its_lead_and_later_days() -> None:
    text = ("MISRATA, March 12 (wire) - Three people were killed when two armed groups fought in the port district "
            "of Misrata on Tuesday, a hospital said.\n\n"
            "The fighting started before dawn on 11 March 2025 near the fish market and went on until the evening.\n\n"
            "On Wednesday morning, about two hundred residents gathered outside the town hall to demand that the "
            "groups leave the port.")
    dates = {(e.sub_event_type, e.event_date) for e in extract(text, None)}
    assert ("Armed clash", "2025-03-11") in dates
    assert ("Peaceful protest", "2025-03-12") in dates
