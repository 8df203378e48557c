"""TimeML conventions added in the dates round of issue 12: recurring times, lengths of time after "the past",
halves of a year, "the previous day", months joined to a month, the end of the decade, deferred and scheduled
verbs, and "at the time".

The sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwatch.dates import find_dates
from eventwatch.dates.timeml import timeml_mod, to_timeml_value

REF = dt.date(2013, 3, 13)  # a Wednesday


def timeml(text: str, reference: dt.date = REF) -> list[tuple[str, str]]:
    return [(r.span.text if r.span else "", to_timeml_value(r)) for r in find_dates(text, reference, indefinite=True)]


def days(text: str, reference: dt.date = REF) -> list[tuple[str, str, str]]:
    """What events see (no indefinite references): the span, the first and the last day."""
    return [(r.span.text if r.span else "", r.first.isoformat(), r.last.isoformat())
            for r in find_dates(text, reference)]


@pytest.mark.parametrize(
    "text",
    [
        "The council meets every Friday in the old hall.",
        "A fair is held each July on the green.",
        "Farmers sell their produce every other Saturday.",
        "The quiz show airs Tuesday nights on local radio.",
        "Each Monday morning the ferry leaves early.",
    ],
)
def test_a_recurring_time_is_no_date(text: str) -> None:
    # TimeML's SET: no single day or month happened, so neither events nor the TimeML output get one
    assert timeml(text) == []
    assert days(text) == []


def test_each_other_is_no_recurrence() -> None:
    assert days("The two captains thanked each other today.") == [("today", "2013-03-13", "2013-03-13")]


def test_a_single_day_beside_a_part_of_day_is_still_a_date() -> None:
    assert days("Shops were looted Tuesday night.") == [("Tuesday night", "2013-03-12", "2013-03-12")]


@pytest.mark.parametrize(
    "text",
    [
        "Exports have fallen for the past two years.",
        "In the past 18 months the mill has cut 300 jobs.",
        "Rents rose in the past twenty-five years.",
        "He has been held over the past three weeks.",
    ],
)
def test_the_past_with_a_count_is_a_length_of_time(text: str) -> None:
    # a DURATION in TimeML, not the indefinite past: "the past" alone must not be read out of it
    assert timeml(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the past, the valley flooded every spring.", [("In the past", "PAST_REF")]),
        ("Output slipped over the past several quarters.", [("the past", "PAST_REF")]),
        ("In the past many farmers kept goats.", [("In the past", "PAST_REF")]),
    ],
)
def test_the_past_without_a_count_stays_a_reference(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose in the first half of the year.", [("the first half of the year", "2013-H1")]),
        ("Losses widened in the second half of last year.", [("the second half of last year", "2012-H2")]),
        ("Profit doubled in the first half of 2011.", [("the first half of 2011", "2011-H1")]),
    ],
)
def test_a_half_of_a_year_is_six_months(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


def test_the_first_half_of_the_year_ends_on_june_30_for_events() -> None:
    assert days("Sales rose in the first half of the year.") == [
        ("the first half of the year", "2013-01-01", "2013-06-30")
    ]


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2080, 12, 31)), st.sampled_from(["first", "second"]))
def test_halves_of_the_year_split_at_the_end_of_june(reference: dt.date, which: str) -> None:
    (ref,) = find_dates(f"Sales rose in the {which} half of the year.", reference)
    if which == "first":
        assert (ref.first, ref.last) == (dt.date(reference.year, 1, 1), dt.date(reference.year, 6, 30))
    else:
        assert (ref.first, ref.last) == (dt.date(reference.year, 7, 1), dt.date(reference.year, 12, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Demonstrators gathered again the previous day.", [("the previous day", "2013-03-12")]),
        ("Police said the man had fled the day before.", [("the day before", "2013-03-12")]),
        ("The siege began on March 2. The previous day, aid trucks had left.",
         [("March 2", "2013-03-02"), ("The previous day", "2013-03-01")]),
        ("The siege began on March 2. The day before, aid trucks had left.",
         [("March 2", "2013-03-02"), ("The day before", "2013-03-01")]),
        ("The convoy left on March 2 and had camped there the previous evening.",
         [("March 2", "2013-03-02"), ("the previous evening", "2013-03-01TEV")]),
    ],
)
def test_the_previous_day_counts_back_from_the_day_named(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


def test_the_day_before_an_event_is_not_the_day_before_the_report() -> None:
    assert timeml("Aid trucks left on March 2, the day before the siege.") == [
        ("March 2", "2013-03-02"), ("the day", "2013-03-02")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Attacks rose between January and March.", [("January", "2013-01"), ("March", "2013-03")]),
        ("The vote may be held in April or May.", [("April", "2013-04"), ("May", "2013-05")]),
        ("The talks ran from February to March.", [("February", "2013-02"), ("March", "2013-03")]),
    ],
)
def test_march_and_may_joined_to_a_month_are_months(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected


@pytest.mark.parametrize("text", ["Johnson and May met in the capital.", "In January, March organisers spoke."])
def test_march_and_may_elsewhere_still_need_a_cue(text: str) -> None:
    assert "May" not in [span for span, _ in timeml(text)]
    assert "March" not in [span for span, _ in timeml(text)]


def test_the_end_of_the_decade_is_the_current_decade() -> None:
    (ref,) = find_dates("The dam will be finished by the end of the decade.", REF)
    assert (to_timeml_value(ref), timeml_mod(ref)) == ("201", "END")
    assert timeml("Over the decade, output doubled.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The bank has extended the loans through January.", "2014-01"),
        ("The curfew was extended through June.", "2013-06"),
        ("The curfew had been extended through January.", "2013-01"),
        ("The strike ran through January.", "2013-01"),
    ],
)
def test_a_deferral_through_a_month_looks_ahead(text: str, value: str) -> None:
    assert [v for _, v in timeml(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The vote, held on Sunday, was close.", "2013-03-10"),
        ("The minister's visit Monday drew crowds.", "2013-03-11"),
        ("Ministers visit Monday, officials said.", "2013-03-18"),
        ("The talks end Friday.", "2013-03-15"),
        ("The talks ended Friday.", "2013-03-08"),
        ("The tender offer closes Friday.", "2013-03-15"),
        ("The new levy takes effect on Jan. 1.", "2014-01-01"),
        ("The levy took effect on Jan. 1.", "2013-01-01"),
        ("The company's fiscal year ends in June.", "2013-06"),
    ],
)
def test_scheduled_verbs_and_nouns(text: str, value: str) -> None:
    assert [v for _, v in timeml(text)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At the time, the rebels held the town.", [("At the time", "PAST_REF")]),
        ("He was not in the country at the time.", [("at the time", "PAST_REF")]),
        ("The minister was abroad at the time of the attack.", []),
    ],
)
def test_at_the_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert timeml(text) == expected
    assert days(text) == []  # a reference, never an event's date


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The results are due out Thursday.", "2013-03-14"),
        ("The results were due out Thursday.", "2013-03-07"),
        ("The listing is slated for Friday.", "2013-03-15"),
        ("Officials hope to finish the bridge in October.", "2013-10"),
        ("Officials hoped to finish the bridge in October.", "2012-10"),
        ("The hearing has been adjourned to Monday.", "2013-03-18"),
        ("The case was postponed to Friday for a bail hearing.", "2013-03-15"),
        ("Voters go to the polls on Sunday.", "2013-03-17"),
    ],
)
def test_plans_and_deferrals_look_ahead(text: str, value: str) -> None:
    assert [v for _, v in timeml(text)] == [value]


def test_a_part_of_the_week_is_the_current_week() -> None:
    (ref,) = find_dates("The court will rule by the end of the week.", REF)
    assert (to_timeml_value(ref), timeml_mod(ref)) == ("2013-W11", "END")
    assert (ref.first, ref.last) == (dt.date(2013, 3, 15), dt.date(2013, 3, 17))  # its last third, Friday to Sunday
    assert timeml("It marked the beginning of the week long strike.") == []


def test_the_bare_week_is_a_week_left_unsaid() -> None:
    """TimeML writes an anaphoric "the week" as a week of the year, which one unsaid (`2013-WXX`); it dates
    no event, and "that week" or "the week of March 4" are not it."""
    assert timeml("For the week, the index fell 2%.") == [("the week", "2013-WXX")]
    assert timeml("Trading was the week's heaviest.") == [("the week", "2013-WXX")]
    assert days("For the week, the index fell 2%.") == []
    assert timeml("He was busy that week.") == []
    assert [v for _, v in timeml("The trial opens the week of March 4, 2013.")] == ["2013-W10"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("On Friday, the ministers will meet in Rome.", "2013-03-15"),  # the date's own clause looks ahead
        ("On Friday the union plans to strike.", "2013-03-15"),
        ("On Friday, the union said it will strike.", "2013-03-08"),  # the day it was said
        ("On Friday the army warned that it will retaliate.", "2013-03-08"),
        ("On Friday the group posted: “We will march.”", "2013-03-08"),  # their words, their future
        ("On Friday the group posted a message: 'We will march.'", "2013-03-08"),
        ("Sunday's final, which follows a long qualifying round, will close the season.", "2013-03-17"),
    ],
)
def test_an_opening_date_looks_ahead_only_in_its_own_clause(text: str, value: str) -> None:
    """A date that opens its sentence is ahead when its own clause speaks of the future, not when the future
    is in someone's quoted words or after a verb of saying in the past."""
    assert [v for _, v in timeml(text)] == [value]
