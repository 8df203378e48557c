"""A place taken by force (issue 10, cause 5, and the trial set's class 3): a verb of taking whose object is a place's
name is a takeover, not an arrest or an abduction (`senses.taken_place`, the name pattern of `takeover`); its direction
is read with the event's date (`record._dated_direction`: the Taliban are Afghanistan's state forces only from 15
August 2021); a withdrawal that only dates a period ("since the withdrawal began") is no sign that nobody fought
(`period_start`). Team-written sentences."""

from __future__ import annotations

import pytest

import eventwatch
from eventwatch.events import ActorMention, EventCoder, EventMention, resolve_actor
from eventwatch.events.record import _dated_direction
from eventwatch.records import Span

OVERTAKES = ("Battles", "Non-state actor overtakes territory")


@pytest.mark.parametrize("text", [
    "The insurgents captured Dorvani, capital of the border province, on Friday.",
    "Rebels seized Bunia after two days of heavy fighting, residents said.",
    "Militia fighters captured Marwan, a market town on the river, at dawn.",
])
def test_a_place_named_as_what_was_captured_is_a_takeover(coder: EventCoder, nlp, text: str  # type: ignore[no-untyped-def]
                                                           ) -> None:
    assert coder.classify(nlp(text)) == OVERTAKES


@pytest.mark.parametrize("text", [
    "Soldiers captured Abu Musab, a commander of the group, near the border.",
    "Police captured two suspects after a chase through the market.",
])
def test_people_captured_stay_what_they_were(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    groups = {h.group for s in nlp(text).sents for h in coder.cue_hits(s)}
    assert "takeover" not in groups and "arrest" in groups


def test_a_captured_name_the_parse_cannot_place_stands_down(coder: EventCoder, nlp  # type: ignore[no-untyped-def]
                                                             ) -> None:
    groups = {h.group for s in nlp("Police captured Yusuf Dorvani after a chase through the market.").sents
              for h in coder.cue_hits(s)}
    assert "takeover" not in groups and "arrest" in groups


def test_a_withdrawal_that_dates_a_period_is_no_peaceful_handover(coder: EventCoder, nlp  # type: ignore[no-untyped-def]
                                                                   ) -> None:
    text = ("Rebel fighters captured the northern city of Dorvani on Sunday, the biggest city they have taken since "
            "the foreign withdrawal began.")
    assert coder.classify(nlp(text)) == OVERTAKES
    # a withdrawal from the place itself still tells a handover without a fight
    assert coder.classify(nlp("Rebel fighters took control of the town after the army withdrew.")) == (
        "Strategic developments", "Non-violent transfer of territory")


@pytest.mark.slow
def test_the_taliban_before_august_2021_overtake_territory() -> None:
    events = eventwatch.extract("KABUL, Aug 8, 2021 - Taliban fighters seized the town of Sar-e Pul on Sunday, a "
                                "local lawmaker said.", published="2021-08-08")
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Non-state actor overtakes territory", "Taliban")]


@pytest.mark.parametrize(("day", "expected"), [
    ("2021-08-08", "Non-state actor overtakes territory"), ("2021-09-20", "Government regains territory")])
def test_the_direction_is_read_with_the_event_day(day: str, expected: str) -> None:
    taliban = ActorMention("Military Forces of Afghanistan (2021-)", 1, Span(0, 7, "Taliban"))
    m = EventMention("Battles", "Government regains territory", Span(16, 22, "seized"), taliban, None, None, None,
                     None, None, False, 0.8)
    actor1 = resolve_actor(taliban, "Afghanistan", day)
    assert _dated_direction(m, actor1).sub_event_type == expected


@pytest.mark.parametrize("text", [
    "A special unit of the police has taken over the inquiry into the warehouse fire.",
    "The national prosecutor took over the murder case from the district office on Monday.",
    "Investigators from the capital are taking over the probe into the shooting.",
])
def test_a_case_taken_over_is_no_territory(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    groups = {h.group for s in nlp(text).sents for h in coder.cue_hits(s)}
    assert "takeover" not in groups


@pytest.mark.parametrize("text", [
    "The militia took over three villages on the plain.",
    "Rebels took control of the district headquarters after the army left.",
])
def test_a_place_taken_over_is_still_a_takeover(coder: EventCoder, nlp, text: str  # type: ignore[no-untyped-def]
                                                ) -> None:
    groups = {h.group for s in nlp(text).sents for h in coder.cue_hits(s)}
    assert "takeover" in groups
