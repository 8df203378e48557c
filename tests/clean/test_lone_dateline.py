"""A dateline alone on its line above the headline with its day in parentheses or a wire's credit before its dash
(`clean.stage._lone_dateline`, dates57): the report's day, out of the body. Team-written texts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwatch.api import extract
from eventwatch.clean import Clean
from eventwatch.records import Document
from eventwatch.settings import Settings

CLEAN = Clean(Settings())
BODY = ("Police fired tear gas at traders who blocked the main road into the market on Tuesday, witnesses said, "
        "and two men were hurt in the scuffles that followed.")


@pytest.mark.parametrize("head", [
    "TAMALE, Ghana (March 4, 2026) —",
    "TAMALE, Ghana (4 March 2026) -",
    "TAMALE, 4 March 2026 (wire) —",
    "TAMALE, Ghana, March 4, 2026 (Staff Reporter) –",
    "TAMALE, March 4, 2026 —",  # dates54's form, unchanged
])
def test_a_lone_dateline_with_a_parenthesis_or_a_credit_is_the_reports_day(head: str) -> None:
    doc = CLEAN(Document(raw=f"{head}\n\nTraders block market road\n\n{BODY}"))
    assert doc.reference_date == "2026-03-04"
    assert head not in doc.text
    assert doc.title == "Traders block market road"


@pytest.mark.parametrize("head", [
    "TAMALE, Ghana (March 4) —",  # no year: no day to read
    "TAMALE, Ghana (March 4, 2026) traders say —",  # words between the day and the dash
    "Traders in Tamale (March 4, 2026)",  # no dash: a caption's or a headline's words
])
def test_other_lines_give_no_day(head: str) -> None:
    doc = CLEAN(Document(raw=f"{head}\n\nTraders block market road\n\n{BODY}"))
    assert doc.reference_date is None


@given(st.sampled_from(["wire", "Reuters", "staff", "Our Correspondent"]), st.sampled_from(["—", "–", "-", "--"]))
def test_any_credit_and_dash(credit: str, dash: str) -> None:
    doc = CLEAN(Document(raw=f"TAMALE, 4 March 2026 ({credit}) {dash}\n\nTraders block market road\n\n{BODY}"))
    assert doc.reference_date == "2026-03-04"


def test_the_lone_datelines_day_dates_the_weekday_of_the_body() -> None:
    body = ("Police fired tear gas to disperse hundreds of traders who were protesting against new market fees in the "
            "northern Ghanaian city of Tamale on Tuesday, witnesses said.\n\nTwo traders were hurt and five were "
            "arrested, the police said.")
    events = extract(f"TAMALE, Ghana (March 4, 2026) —\n\nTraders block market road\n\n{body}", None)
    assert events and {e.event_date for e in events} == {"2026-03-03"}
