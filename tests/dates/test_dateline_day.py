"""The report's day of a dateline the clean stage left unread (`dates.dateline_day`, dates49; issues 10 and 12): a
wire's "(wire)" credit in small letters or a weekday before the day. Team-written wires."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwatch.api import extract
from eventwatch.dates import find_dates
from eventwatch.dates.dateline_day import dateline_day, lead_dates


@pytest.mark.parametrize(("text", "day"), [
    ("MOMBASA, October 9, 2024 (wire) - Dock workers walked off the job on Tuesday.", dt.date(2024, 10, 9)),
    ("Strike at the port\n\nMOMBASA, 9 October 2024 (wire) - Dock workers walked off the job on Tuesday.",
     dt.date(2024, 10, 9)),
    ("CASTRIES, Thursday 3 April 2025 - Bus drivers blocked the highway yesterday.", dt.date(2025, 4, 3)),
    ("PORT LOUIS, Mauritius, 2 July 2023 (staff) -- Fishermen marched on Saturday.", dt.date(2023, 7, 2)),
    # no such day: no year, no dash, a date inside a sentence, a dateline past the head's paragraphs
    ("MOMBASA, October 9 (wire) - Dock workers walked off the job on Tuesday.", None),
    ("MOMBASA, October 9, 2024. Dock workers walked off the job on Tuesday.", None),
    ("Dock workers said on October 9, 2024 - a Wednesday - that they would strike.", None),
    ("Strike\n\nPort news\n\nMOMBASA, 9 October 2024 (wire) - Dock workers walked off the job.", None),
])
def test_the_day_of_an_unread_dateline(text: str, day: dt.date | None) -> None:
    found = dateline_day(text)
    assert (found[0] if found else None) == day


def test_the_span_covers_the_whole_head() -> None:
    text = "Strike at the port\nMOMBASA, October 9, 2024 (wire) - Dock workers walked off the job."
    found = dateline_day(text)
    assert found is not None
    start, end = found[1]
    assert text[start:end] == "MOMBASA, October 9, 2024 (wire) - "


def _dates(text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    return sorted((e.sub_event_type, e.event_date) for e in extract(text, published))


@pytest.mark.parametrize(("text", "expected"), [
    # the lead's weekday counts back from the dateline's day (Wednesday 9 October 2024: Monday is the 7th), not the
    # dateline's own date in the same sentence
    ("GARISSA, October 9, 2024 (wire) - A roadside bomb exploded under a police vehicle near Garissa on Monday, "
     "killing two officers, the police said.",
     [("Remote explosive/landmine/IED", "2024-10-07")]),
    # a month's turn: Saturday before Tuesday 2 July 2024 is 29 June
    ("NAKURU, 2 July 2024 (wire) - Police fired tear gas at hundreds of students who marched through Nakuru on "
     "Saturday to protest against fee rises.",
     [("Protest with intervention", "2024-06-29")]),
])
def test_a_wires_weekday_reads_against_its_dateline(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


def test_a_publication_date_still_rules() -> None:
    text = ("GARISSA, October 9, 2024 (wire) - A roadside bomb exploded under a police vehicle near Garissa on "
            "Monday, killing two officers, the police said.")
    assert _dates(text, "2024-10-16") == [("Remote explosive/landmine/IED", "2024-10-14")]


def test_only_the_leads_paragraph_is_read_again() -> None:
    """A later paragraph keeps its reading with no report's day: its events, dated apart from the lead's, would no
    longer fold into it when they retell it (dates49's diff of every fix half)."""
    text = ("HARGEISA, 5 March 2025 (wire) - Traders closed their shops in Hargeisa on Tuesday to protest a new tax."
            "\n\nOn Monday, the traders' union had met the finance minister.")
    days = {d.span.text: d.value for d in lead_dates(text, find_dates(text, None)) if d.span is not None}
    assert days == {"Tuesday": "2025-03-04"}  # Monday, a later paragraph's, is read as without the dateline
