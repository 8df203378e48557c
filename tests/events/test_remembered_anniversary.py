"""What an anniversary remembers is kept as a background event of its own (coder132, issue 10; `anniversary.py`,
`EventCoder.remembered`): the commemoration is coded as what it is, and the remembered occurrence is read apart from
the sentence's other words, dated by its own date or counted back from the report's day, never the report's day,
marked background (the export leaves it out) and lent no toll. Team-written reports."""

from __future__ import annotations

from eventwatch.api import extract
from eventwatch.events import EventCoder

VIGIL = ("KILWA, 6 December 2026 - Residents of Kilwa held a vigil on Saturday on the fifth anniversary of the 2021 "
         "attack on the town by rebels, in which 12 villagers were killed.")
COUNTED = ("Families gathered in the square in Kitwe on Sunday to mark ten years since soldiers opened fire on "
           "striking miners at the pit.")


def test_the_commemoration_stays_the_report_s_event_and_the_remembered_attack_is_background() -> None:
    events = extract(VIGIL, published="2026-12-06")
    now = [e for e in events if not e.background]
    old = [e for e in events if e.background]
    assert [e.sub_event_type for e in now] == ["Peaceful protest"], events
    assert not now[0].fatalities  # the remembered dead are no toll of the vigil
    assert [(e.event_type, e.date_value) for e in old] == [("Violence against civilians", "2021")], old
    assert old[0].fatalities == 12  # its own toll, told inside the remembered stretch


def test_a_remembered_event_with_no_date_of_its_own_is_counted_back_from_the_report_s_day() -> None:
    old = [e for e in extract(COUNTED, published="2026-12-06") if e.background]
    assert old and all(e.date_value == "2016" and e.event_date is None for e in old), old


def test_an_anniversary_said_of_a_time_keeps_its_remembered_event_as_background_only() -> None:
    text = "The month marked ten years since the rebel raid on Mtwara in May 2016, in which 40 people were killed."
    events = extract(text, published="2026-12-06")
    assert events and all(e.background for e in events), events
    assert {e.date_value for e in events} == {"2016-05"}, events


def test_a_sentence_with_no_anniversary_reads_no_remembered_event(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    sent = next(iter(nlp("Soldiers shot dead four miners at the pit in Kitwe on Sunday.").sents))
    assert coder.remembered(sent) == []
    (attack,) = coder.code_sentence(sent, antecedent=False)
    assert not attack.remembered


def test_an_event_record_codes_no_remembered_event() -> None:
    record = ("On 5 December 2026, residents of Kilwa held a vigil on the fifth anniversary of the 2021 attack on the "
              "town by rebels, in which 12 villagers were killed.")
    assert not [e for e in extract(record) if e.background]
