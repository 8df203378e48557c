"""Restoring the case of all-capital and all-lower-case text before it is split and parsed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventwatch.events.casing import needs_case, restore_case


def test_capitals_become_sentence_case() -> None:
    text = "GUERRILLAS ATTACKED A POLICE POST NEAR THE RIVER.\n\n  TROOPS SAID I SAW THEM."
    assert restore_case(text) == "Guerrillas attacked a police post near the river.\n\n  Troops said I saw them."


def test_lower_case_gets_sentence_starts() -> None:
    text = "police arrested five students in the town. they were released later, officials said."
    assert restore_case(text) == "Police arrested five students in the town. They were released later, officials said."


def test_mixed_case_and_short_text_are_left_alone() -> None:
    assert not needs_case("Police arrested five students in Nairobi on Monday.")
    assert restore_case("NATO SAID") == "NATO SAID"


def test_ordinary_text_with_few_capitals_keeps_its_case() -> None:
    # one capital in more than a hundred letters: the sentence begins with it, so the text is written in mixed case
    text = ("The striking workers marched from the depot to the municipal offices on a cold morning, demanding "
            "better wages, safer housing and schools for their families and children.")
    assert not needs_case(text)
    assert restore_case(text) == text
    quoted = ('"Almost four hundred people left the camp and walked towards the closed border crossing in an '
              'attempt to pressure the authorities into opening it," the aid workers told reporters later that day.')
    assert restore_case(quoted) == quoted  # was lowered to '"almost ...': the quote hid the sentence start


def test_lower_case_text_with_a_capital_inside_is_still_lower_case() -> None:
    text = ("police arrested five students in the town after a clash near the college gate on monday evening. "
            "they were released later, officials in Delhi said.")
    assert needs_case(text)
    assert restore_case(text).startswith("Police arrested five students") and ". They were released" in \
        restore_case(text)


@given(st.text(max_size=300))
def test_length_never_changes(text: str) -> None:
    assert len(restore_case(text)) == len(text)


def test_all_capital_report_is_coded(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.events import EventCoder

    doc = nlp(restore_case("GUERRILLAS DYNAMITED A POWER PYLON AND AMBUSHED AN ARMY PATROL NEAR THE BORDER YESTERDAY."))
    assert EventCoder().classify(doc) == ("Battles", "Armed clash")


def test_days_and_months_get_their_capitals() -> None:
    # the date reader looks for "Tuesday"; "may" and "march" are also words and stay as sentence case leaves them
    text = "the road has been blocked since tuesday morning and the march in may was the first since january."
    assert restore_case(text) == ("The road has been blocked since Tuesday morning and the march in may was the "
                                  "first since January.")
