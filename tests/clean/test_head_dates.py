"""A report's own day read from more head forms by the clean stage (dates54): a dateline's date in parentheses or
between two dashes, dotted or in French; a labelled date line ("Published ...", "Issued:
..."); a lone date line ending on a dash above the headline. Team-written texts."""

from __future__ import annotations

import pytest

from eventwatch.api import extract
from eventwatch.clean import Clean
from eventwatch.records import Dateline, Document
from eventwatch.settings import Settings

CLEAN = Clean(Settings())
BODY = ("Police fired tear gas at traders who blocked the main road into the market on Tuesday, witnesses said, "
        "and two men were hurt in the scuffles that followed.")


def clean(raw: str) -> Document:
    return CLEAN(Document(raw=raw))


@pytest.mark.parametrize(("first", "dateline"), [
    (f"TAMALE, Ghana (March 4, 2026) – {BODY}", Dateline("Tamale, Ghana", "2026-03-04")),
    (f"TAMALE, Ghana — Wednesday, 4 March 2026 — {BODY}", Dateline("Tamale, Ghana", "2026-03-04")),
    (f"TAMALE — March 4, 2026 — {BODY}", Dateline("Tamale", "2026-03-04")),
    (f"TAMALE, 04.03.2026 - {BODY}", Dateline("Tamale", "2026-03-04")),
    (f"TAMALE, 4 mars 2026 – {BODY}", Dateline("Tamale", "2026-03-04")),
])
def test_a_datelines_day_in_more_places_and_forms(first: str, dateline: Dateline) -> None:
    doc = clean(f"Traders block market road\n\n{first}")
    assert doc.dateline == dateline
    assert doc.reference_date == dateline.date


@pytest.mark.parametrize("first", [
    f"Tamale, 4 March 2026. {BODY}",  # an interview's head has this shape: its answers would take its day
    f"Police in Tamale (March 4, 2026) said {BODY}",  # no dash after the parenthesis
    f"Tamale — police fired tear gas on March 4, 2026 — and {BODY}",  # the dashes hold words, not a day alone
])
def test_a_sentence_shaped_head_gets_no_dateline_day(first: str) -> None:
    doc = clean(f"Traders block market road\n\n{first}")
    assert doc.dateline is None or doc.dateline.date is None


@pytest.mark.parametrize(("head", "day"), [
    ("Published Wednesday 4 March 2026", "2026-03-04"),
    ("Issued: 4 March 2026", "2026-03-04"),
    ("Last updated on March 4, 2026", "2026-03-04"),
    ("tamale, wednesday 4 march 2026 —", "2026-03-04"),
])
def test_a_labelled_or_dashed_date_line_is_the_reports_day_and_leaves_the_body(head: str, day: str) -> None:
    doc = clean(f"{head}\n\nTraders block market road\n\n{BODY}")
    assert doc.reference_date == day
    assert head not in doc.text and doc.captions == ()


def test_a_french_date_line_under_the_headline_dates_the_report() -> None:
    doc = clean(f"Traders block market road\n\nLomé, le mercredi 4 mars 2026\n\n{BODY}")
    assert doc.reference_date == "2026-03-04"


def test_a_situation_reports_items_are_dated_by_its_issued_line() -> None:
    """A numbered item's "On 3 March" takes its year from the report's "Issued:" day; the line was read as a photo
    caption before and the report had no day, so every item was undated."""
    raw = ("REGION X - SITUATION REPORT No. 3\nIssued: 6 March 2026\nCovering: 1 - 5 March 2026\n\n"
           "1. On 3 March, gunmen attacked the weekly market in Kpandai town and killed four traders, local "
           "officials said. Partners could not confirm the toll.\n\n"
           "2. The road between Kpandai and Bimbilla remained open to aid convoys.")
    dates = {e.event_date for e in extract(raw)}
    assert dates == {"2026-03-03"}
