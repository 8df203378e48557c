"""A range of days written as two days is two TimeML expressions ("from Aug. 26 to Oct. 20"), while events keep
the range (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
import json

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwatch.cli import cli
from eventwatch.cli import tools as cli_tools
from eventwatch.dates import find_dates
from eventwatch.dates.timeml import timeml_expressions, to_timeml_value

REF = dt.date(2013, 3, 4)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _timeml(text: str, reference: dt.date = REF) -> list[tuple[str, str]]:
    refs = timeml_expressions(find_dates(text, reference, indefinite=True))
    return [(r.span.text if r.span else "", to_timeml_value(r)) for r in refs]


def test_a_range_of_two_days_is_two_expressions() -> None:
    assert _timeml("The shares were bought from Aug. 26 to Oct. 20, 2012.") == [
        ("Aug. 26", "2012-08-26"), ("Oct. 20, 2012", "2012-10-20")]
    assert _timeml("Talks were held between Jan. 3 and Feb. 5.") == [("Jan. 3", "2013-01-03"), ("Feb. 5", "2013-02-05")]
    assert _timeml("Rain fell from 2 to 4 February.") == [("2", "2013-02-02"), ("4 February", "2013-02-04")]


def test_events_keep_the_range() -> None:
    (ref,) = find_dates("The shares were bought from Aug. 26 to Oct. 20, 2012.", REF)
    assert (ref.first, ref.last, ref.time_precision) == (dt.date(2012, 8, 26), dt.date(2012, 10, 20), 2)


def test_other_ranges_stay_whole() -> None:
    assert _timeml("Prices soared in 1957-58.") == [("1957-58", "1957/1958")]
    assert _timeml("It rained over the weekend.") == [("the weekend", "2013-W09-WE")]
    assert _timeml("Earlier this month, prices fell.") == [("Earlier this month", "2013-03")]


def test_the_dates_command_prints_the_two_days() -> None:
    cli_tools.register(cli)
    record = {"id": "r1", "text": "Stocks were bought from Aug. 26 to Oct. 20, 2012.", "published": "2013-03-04"}
    result = CliRunner().invoke(cli, ["dates"], input=json.dumps(record) + "\n")
    assert result.exit_code == 0, result.output
    dates = json.loads(result.stdout.splitlines()[0])["dates"]
    assert [(d["text"], d["value"]) for d in dates] == [("Aug. 26", "2012-08-26"), ("Oct. 20, 2012", "2012-10-20")]


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)), st.integers(1, 62),
       st.sampled_from(["from {a} to {b}", "between {a} and {b}"]))
def test_generated_ranges_split_into_their_days(first: dt.date, length: int, form: str) -> None:
    last = first + dt.timedelta(days=length)  # the detector reads a range of at most 62 days
    if last.year != first.year:
        last = dt.date(first.year, 12, 31)
        if last == first:
            return
    a = f"{MONTHS[first.month - 1]} {first.day}"
    b = f"{MONTHS[last.month - 1]} {last.day}, {last.year}"
    text = "The exhibition ran " + form.format(a=a, b=b) + "."
    refs = timeml_expressions(find_dates(text, dt.date(2031, 1, 1), indefinite=True))
    assert [(r.span.text if r.span else "", r.first, r.last) for r in refs] == [(a, first, first), (b, last, last)]
    for r in refs:
        assert r.span is not None and text[r.span.start : r.span.end] == r.span.text
