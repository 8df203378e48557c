"""Trial15's non-events, background, types and tolls (coder99, issue 10): talks that ended without a deal
(`unsettled.py`), a curfew for repairs (the `disaster` group's story patterns), what an anniversary remembers
(`anniversary.py`), an earlier occasion in the simple past (`past_background`), an attack "by drones" (the `air`
group's story pattern) and a march that ended peacefully beside a riot (`parted.py`). Team-written sentences (other
places, words and tenses than the trial's), each beside the event the same words must keep. Read as a story's
sentences (`code_sentence`); a short text read alone keeps its reading (the arbiter trains on those readings)."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder
from eventwatch.events.anniversary import commemorated_ranges
from eventwatch.events.totals import without_running_totals


def coded(coder: EventCoder, nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The sub-event types a story's sentences code."""
    return [m.sub_event_type for sent in nlp(text).sents for m in coder.code_sentence(sent, antecedent=False)]


@pytest.mark.parametrize("text", [
    # talks that ended without a deal
    "Negotiations on a truce in Doha broke up on Friday without a deal.",
    "Talks between the two governments on a fisheries treaty ended in Suva with no agreement, and the envoys flew "
    "home.",
    "Mediators failed to reach a ceasefire accord in Addis Ababa after three days of talks.",
    # a curfew for repairs
    "Roads into the old town were closed overnight while crews repaired damaged power cables.",
    "A night curfew was imposed in Apia while crews were restoring the electricity supply.",
    # what an anniversary remembers
    "The month marked ten years since the rebel raid on Kilwa in May 2016, in which 40 people were killed.",
    # an earlier occasion in the simple past
    "The border post at Gorom was raided before, in 2019 and 2022.",
])
def test_no_event_is_reported(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(coder, nlp, text) == []


@pytest.mark.parametrize(("text", "sub"), [
    ("The two militias signed a ceasefire agreement in Doha on Friday.", "Agreement"),
    ("Talks in Juba ended without a deal on oil revenue, but the two sides agreed a ceasefire in the border region.",
     "Agreement"),
    ("The government imposed a dusk-to-dawn curfew on Lamu after a spate of killings by militants.",
     "Change to group/activity"),
    ("Hundreds of students rallied in the square on Friday to mark ten years since the dormitory fire, which killed "
     "31 of their classmates.", "Peaceful protest"),
    ("Gunmen raided the camp the night before, killing four soldiers.", "Armed clash"),
    ("Two fuel tanks burned at the depot after a night-time raid by enemy drones.", "Air/drone strike"),
    ("The march turned violent when protesters stoned police and burned tyres in the centre of Lilongwe.",
     "Violent demonstration"),
])
def test_the_events_that_stay(coder: EventCoder, nlp, text: str, sub: str) -> None:  # type: ignore[no-untyped-def]
    assert sub in coded(coder, nlp, text)


def test_a_peaceful_end_keeps_the_march_beside_the_riot(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A rally of nurses through Blantyre on Tuesday ended peacefully at noon, but was followed by a night of "
            "unrest in Ndirande, where youths burned tyres and looted two shops.")
    assert sorted(coded(coder, nlp, text)) == ["Peaceful protest", "Violent demonstration"]
    # one crowd whose own protest turned violent stays one event
    assert coded(coder, nlp, "The march turned violent when protesters stoned police and burned tyres in the "
                             "centre of Lilongwe.") == ["Violent demonstration"]


def test_the_remembered_toll_is_no_toll_of_the_march(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    sent = next(iter(nlp("Hundreds of students rallied in the square on Friday to mark ten years since the dormitory "
                         "fire, which killed 31 of their classmates.").sents))
    (march,) = coder.code_sentence(sent, antecedent=False)
    assert not march.fatalities
    # the stretch a commemoration names ends at a ", but"
    text = "Crowds marked the fifth anniversary of the massacre, but soldiers shot dead two marchers."
    ((start, end),) = commemorated_ranges(text)
    assert text[start:end].strip() == "the massacre"
    # a toll inside the remembered stretch stays for an event told inside it
    inner = next(iter(nlp("Relatives recalled the first anniversary of the day gunmen killed 12 traders at the "
                          "market.").sents))
    killed = next(t for t in inner if t.text == "killed")
    assert "12" in without_running_totals(inner, killed)


@pytest.mark.parametrize(("text", "sub"), [
    # the stretch runs on into the clause that does the marking, for want of a comma: its verb is the event told
    ("Marking the third anniversary of the coup protesters marched through the centre of Omdurman.",
     "Peaceful protest"),
    ("To mark the anniversary of the massacre police detained four activists outside the cathedral in Mandalay.",
     "Arrests"),
    # a commemoration told alone: its only event words are the remembered event's, kept
    ("Dozens of people in Gomel commemorated the first anniversary of the 2021 protests.", "Peaceful protest"),
])
def test_the_commemoration_itself_stays(coder: EventCoder, nlp, text: str, sub: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(coder, nlp, text) == [sub]


def test_an_anniversary_said_of_a_time_tells_no_commemoration(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    assert coded(coder, nlp, "This year marks the tenth anniversary of the massacre in the valley.") == []


def test_a_short_text_keeps_its_reading(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    """`read_text` (classify, ACLED notes, the arbiter's training examples) reads without the story checks."""
    text = "Negotiations on a truce in Doha broke up on Friday without a deal."
    reading = coder.read_text(nlp(text), note=True)
    assert reading.coding is not None and reading.coding.rule.sub_event_type == "Agreement"


@pytest.mark.parametrize(("text", "sub"), [
    # a road blocked by an armed group begins an ambush or a kidnapping, no protest
    ("Bandits blocked the road outside Gusau on Friday evening and kidnapped twelve traders.",
     "Abduction/forced disappearance"),
    # a likeness names no force: "in army-style fatigues" makes no clash with soldiers
    ("Gunmen in army-style fatigues stopped a minibus near Birnin Gwari and shot two passengers dead.", "Attack"),
])
def test_armed_doers_are_no_crowd_and_no_force(coder: EventCoder, nlp, text: str, sub: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(coder, nlp, text) == [sub]


@pytest.mark.parametrize("text", [
    "The remaining passengers were marched into the hills above the pass.",
    "The hostages were marched through the bush for two days.",
])
def test_people_marched_off_in_the_passive(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coded(coder, nlp, text) == []


def test_the_blockade_of_a_crowd_stays_a_protest(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    assert coded(coder, nlp, "Lorry drivers blocked the highway into Riberalta on Tuesday to protest against fuel "
                             "shortages.") == ["Peaceful protest"]
