"""An old event a story recalls after its lead is kept and marked background, never dropped, whether or not the report
comes with a publication date (coder119, issue 10; `record.build_event`, `staged.other_period`'s aside).

ACLED codes an event from the reports about it, not from a later story's background; the export leaves events
marked background out (`export.acled`), and the trial sets are scored on the export's view. The flag counts the
reporting window back from the report's day: its publication date, else its dateline's (`numbered_day.anchor_day`:
a wire's "CITY, March 3, 2026 (wire) -" the clean stage leaves unread), and with no report's day a month or a day
told after the story's lead is measured against the text's first date. Team-written reports."""

from __future__ import annotations

from eventwatch.api import extract
from eventwatch.records import Event

LEAD = "Gunmen killed four farmers in Konduga on Monday, police said."
RECALLED = "In June 2025, gunmen attacked the market in Bama, killing nine traders."


def _by_place(events: list[Event]) -> dict[str | None, bool]:
    return {e.location: e.background for e in events}


def test_an_unread_wire_dateline_gives_the_report_s_day_to_the_background_flag() -> None:
    found = _by_place(extract(f"MAIDUGURI, March 4, 2026 (wire) - {LEAD}\n\n{RECALLED}"))
    assert found.get("Konduga") is False, found  # the lead's Monday, 2 March 2026: the story's own event
    assert found.get("Bama") is True, found  # eight months before the dateline: kept, marked background


def test_with_no_report_s_day_a_month_told_after_the_lead_is_background_against_the_first_date() -> None:
    lead = "Gunmen killed four farmers in Konduga on 2 March 2026, police said."
    found = _by_place(extract(f"{lead} {RECALLED}"))
    assert found.get("Konduga") is False and found.get("Bama") is True, found


def test_the_same_recall_with_a_publication_date_is_background_too() -> None:
    found = _by_place(extract(f"{LEAD} {RECALLED}", published="2026-03-04"))
    assert found.get("Konduga") is False and found.get("Bama") is True, found


def test_a_month_told_in_the_lead_or_in_a_note_is_no_background_without_a_report_s_day() -> None:
    # a report about the old event tells it in its lead; read alone, its date is the text's first and keeps it
    assert [e.background for e in extract(RECALLED)] == [False]
    # a recent month after the lead, inside the reporting window of the first date, is the story's own
    lead = "Gunmen killed four farmers in Konduga on 2 March 2026, police said."
    found = _by_place(extract(f"{lead} In February 2026, gunmen attacked the market in Bama."))
    assert found.get("Bama") is False, found
