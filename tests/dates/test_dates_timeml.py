"""TimeML's conventions in `eventwatch dates` (values and mods), year spans, centuries, tense-aware "through" and a
quoted message's own time (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from eventwatch.cli import cli
from eventwatch.cli import tools as cli_tools
from eventwatch.dates import find_dates
from eventwatch.dates.timeml import timeml_mod, to_timeml_value

REF = dt.date(2013, 3, 4)


def _timeml(text: str, reference: dt.date = REF) -> list[tuple[str, str, str | None]]:
    return [(r.span.text if r.span else "", to_timeml_value(r), timeml_mod(r))
            for r in find_dates(text, reference, indefinite=True)]


@pytest.mark.parametrize(("text", "expected"), [
    ("It was cold in early December.", ("early December", "2012-12", "START")),
    ("They met last summer.", ("last summer", "2012-SU", None)),
    ("Rents rose in the late 1990s.", ("the late 1990s", "199", "END")),
    ("Cities grew in the 20th century.", ("the 20th century", "19", None)),
    ("Output will rise by the end of the year.", ("the end of the year", "2013", "END")),
    ("Prices peaked in mid-2011.", ("mid-2011", "2011", "MID")),
    ("Prices fell in 1957-58.", ("1957-58", "1957/1958", None)),
    ("Prices are high now.", ("now", "PRESENT_REF", None)),
    ("Things were different in the past.", ("in the past", "PAST_REF", None)),
    ("Robots will do it in the future.", ("in the future", "FUTURE_REF", None)),
])
def test_timeml_values(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _timeml(text)


def test_a_century_is_never_an_event_date() -> None:
    assert find_dates("Cities grew in the 20th century.", REF) == []  # events ask for definite dates only


@pytest.mark.parametrize(("text", "value"), [
    ("The sale runs through June.", "2013-06"),
    ("The plant will run through June.", "2013-06"),
    ("The strike ran through June.", "2012-06"),
    ("He stayed until June.", "2012-06"),
])
def test_through_a_month_follows_the_tense(text: str, value: str) -> None:
    assert [v for _, v, _ in _timeml(text)] == [value]


def test_a_quoted_message_counts_from_its_own_day() -> None:
    text = ("On March 1, the group posted a message: “We will strike Sunday night.” On February 20 it said: "
            "“We attacked them on Sunday.” Protesters marched on Sunday.")
    values = [v for t, v, _ in _timeml(text, dt.date(2013, 3, 14)) if t.startswith("Sunday") or t == "on Sunday"]
    assert values == ["2013-03-03", "2013-02-17", "2013-03-10"]


def test_the_dates_command_prints_timeml_and_the_days_covered() -> None:
    cli_tools.register(cli)
    record = json.dumps({"id": "t", "text": "Early December was cold; now it is warm.", "published": "2013-03-04"})
    result = CliRunner().invoke(cli, ["dates"], input=record + "\n")
    assert result.exit_code == 0, result.output
    dates = json.loads(result.stdout.splitlines()[0])["dates"]
    assert [(d["value"], d["mod"], d["first"], d["last"]) for d in dates] == [
        ("2012-12", "START", "2012-12-01", "2012-12-10"), ("PRESENT_REF", None, "2013-03-04", "2013-03-04")]
