"""Days and lengths read from what stands beside them (issue 12's twentieth dates round): a weekday in apposition
to a day ("Jan. 21, a Friday"), "the following Monday" after a day a story has named, "the early hours of
Thursday" (a part of that day, no length), a year ending a sentence before "A week later" (no amount, so no rate),
and "will one day" (some day ahead, TimeML's FUTURE_REF). Sentences are the team's own."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwatch.dates import find_dates
from eventwatch.dates.lengths import find_lengths
from eventwatch.dates.timeml import timexes

REFERENCE = dt.date(2024, 3, 6)  # a Wednesday
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _timexes(text: str, reference: dt.date = REFERENCE) -> list[tuple[str, str, str]]:
    return [(t.span.text, t.type, t.value) for t in timexes(text, reference)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday in apposition names the day before it, however far from the report's week
        ("The appeal will be heard on April 19, a Friday.", ("Friday", "DATE", "2024-04-19")),
        ("The ferry sank on Jan. 4, which was a Thursday, near the port.", ("Thursday", "DATE", "2024-01-04")),
        # "the following Monday" counts from the day the story named last, as "the previous Friday" does
        ("The dam burst on Feb. 8. The following Monday, the army came.", ("following Monday", "DATE", "2024-02-12")),
        ("The dam burst on Friday, Feb. 9. The following Friday, aid arrived.",
         ("following Friday", "DATE", "2024-02-16")),
    ],
)
def test_weekdays_named_beside_a_day(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _timexes(text)


def test_following_weekday_with_no_day_named_is_after_the_report() -> None:
    assert ("following Monday", "DATE", "2024-03-11") in _timexes("The following Monday the court will sit.")


def test_another_weekday_after_a_day_is_no_apposition() -> None:
    # Feb. 8, 2024 was a Thursday: "a Monday" beside it is another day, read in the report's week
    found = _timexes("On Feb. 8, a Monday deadline passed unnoticed.")
    assert ("Monday", "DATE", "2024-02-08") not in found


def test_following_as_after_is_no_determiner() -> None:
    # "following Monday's march" is "after Monday's march": the weekday of the report's week
    found = _timexes("On Feb. 8 the dam burst. Police were deployed following Monday's march.")
    assert ("Monday", "DATE", "2024-03-04") in found


def test_a_bare_weekday_keeps_the_reports_week() -> None:
    # no apposition: a comma and a clause between the day and the weekday
    found = _timexes("The dam burst on Feb. 8, and officials met Monday.")
    assert ("Monday", "DATE", "2024-03-04") in found


@pytest.mark.parametrize(
    "text",
    [
        "Police seized the boat in the early hours of Thursday.",
        "In the early hours of Sunday morning, the shelling stopped.",
        "In the early days of the siege, bread ran out.",
    ],
)
def test_the_early_hours_of_a_day_are_no_length(text: str) -> None:
    assert not [x for x in find_lengths(text) if "early" in x.span.text.lower()]


def test_the_early_hours_alone_stay_a_length() -> None:
    assert [(x.span.text, x.value) for x in find_lengths("The early hours were quiet.")] == [
        ("The early hours", "PTXH")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year, a day or a clause ends with the number before "A week": no amount, so a length, not a rate
        ("The mill closed on Oct. 3, 2019. A week later it burned.", ("A week", "P1W")),
        ("In 2019, a year after the flood, the mill closed.", ("a year", "P1Y")),
    ],
)
def test_a_number_ending_a_sentence_is_no_amount(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(x.span.text, x.value) for x in find_lengths(text)]


@pytest.mark.parametrize("text", ["Rents rose to $1,000 a month.", "Prices rose 5.5% a year.",
                                  "The plant made 12,000 cars a year."])
def test_an_amount_before_a_unit_is_still_a_rate(text: str) -> None:
    assert find_lengths(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The lake will one day be dry.", "one day"),
        ("She hopes to someday reopen the shop.", "someday"),
        ("The port could eventually one day reopen.", "one day"),
    ],
)
def test_one_day_after_a_modal_is_the_future(text: str, span: str) -> None:
    assert (span, "DATE", "FUTURE_REF") in _timexes(text)
    assert find_dates(text, REFERENCE) == []  # a reference, never an event's date


@pytest.mark.parametrize("text", ["The strike lasted one day.", "The vote followed by one day the march."])
def test_one_day_without_a_modal_is_a_length(text: str) -> None:
    assert ("one day", "DURATION", "P1D") in _timexes(text)


@pytest.mark.parametrize("text", ["The rebels will surely one day return to the city.",
                                  "She hopes to one day reopen the shop."])
def test_some_day_ahead_is_one_expression_no_length(text: str) -> None:
    """TimeML gives "will surely one day" one expression, FUTURE_REF: the length finder agrees with the date finder
    on the adverb between (it read "one day" there as a length too, which `timexes` then dropped)."""
    assert ("one day", "DATE", "FUTURE_REF") in _timexes(text)
    assert find_lengths(text) == []


def test_some_day_after_its_subject_and_an_adverb_is_no_length() -> None:
    assert _timexes("We surely one day will win.") == []  # as "we one day hope"


@pytest.mark.parametrize("text", ["The court cut the hearing to one day.",
                                  "The visit was cut from three days to one day of talks."])
def test_one_day_after_a_prepositions_to_is_a_length(text: str) -> None:
    """The infinitive's "to" has its verb after "one day" ("hopes to one day see"); a preposition's has not."""
    assert ("one day", "DURATION", "P1D") in _timexes(text)


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
       st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)))
def test_apposed_weekday_is_always_the_named_day(day: dt.date, reference: dt.date) -> None:
    """Whatever the report's date, "<Month> <day>, <year>, a <its weekday>" gives the weekday the named day."""
    text = f"The talks opened on {day:%B} {day.day}, {day.year}, a {WEEKDAYS[day.weekday()]}."
    found = _timexes(text, reference)
    assert (WEEKDAYS[day.weekday()], "DATE", day.isoformat()) in found


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)), st.integers(0, 6))
def test_following_weekday_comes_within_a_week_after_the_named_day(day: dt.date, target: int) -> None:
    text = f"The dam burst on {day:%B} {day.day}, {day.year}. The following {WEEKDAYS[target]}, aid came."
    values = [v for s, _, v in _timexes(text, dt.date(2091, 1, 1)) if s.startswith("following")]
    assert len(values) == 1
    following = dt.date.fromisoformat(values[0])
    assert following.weekday() == target and 1 <= (following - day).days <= 7
