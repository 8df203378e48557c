"""Readings of a news story's sentences (coder122, issue 10): a crowd that dispersed of itself is no intervention
(`dispersed.crowd_dispersed`, `dispersing_forces`), a journalist's question in a transcript codes no event
(`questions.asked_question`, `questioner_label`), an event noun with "any" or "no" tells none
(`questions.none_known`), goods taken away are no abduction (`ordinary.goods_taken`, `taken_goods`), and the subject
of a prediction ("negotiators are due to meet") codes no Agreement (`unsettled.talks_to_come`). Team-written
reports; a crowd dispersed by police, the answer to a question, people taken away, a truce signed keep their events.
"""

from __future__ import annotations

import pytest

from eventwatch.api import extract

_HEAD = "LISBON, May 7, 2025 (wire) - "
_TRANSCRIPT = ("BANGUI, March 4, 2026 - The defence minister answered questions at a press conference."
               "\n\nMINISTER: Our forces repelled an attack by armed men near Bocaranga on Sunday, killing four of "
               "them.\n\n")


def types(text: str, published: str = "2025-05-07") -> list[str]:
    return sorted(str(e.sub_event_type) for e in extract(text, published=published))


@pytest.mark.slow
@pytest.mark.parametrize("sentence", [
    "About 800 nurses marched through the centre of Coimbra on Tuesday to the regional health office, where they "
    "handed in a petition and dispersed peacefully in the afternoon.",
    "Some 300 students rallied outside the university in Braga on Tuesday and dispersed before dusk.",
])
def test_a_crowd_that_dispersed_of_itself_is_a_peaceful_protest(sentence: str) -> None:
    assert types(_HEAD + sentence) == ["Peaceful protest"]


@pytest.mark.slow
@pytest.mark.parametrize("sentence", [
    "Police dispersed about 300 students who had rallied outside the university in Braga on Tuesday.",
    "About 300 students who rallied outside the university in Braga on Tuesday were dispersed by riot police.",
])
def test_a_crowd_dispersed_by_force_keeps_its_intervention(sentence: str) -> None:
    assert types(_HEAD + sentence) == ["Protest with intervention"]


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "Q: There were also protests in Berberati on Monday.",
    "QUESTION (daily paper): Minister, rebels attacked a convoy near Bouar last week. Who were they?",
])
def test_a_journalists_question_codes_no_event(question: str) -> None:
    assert types(_TRANSCRIPT + question, "2026-03-04") == ["Armed clash"]


@pytest.mark.slow
def test_the_answer_in_a_transcript_keeps_its_event() -> None:
    text = _TRANSCRIPT + "Q: And in Berberati?\n\nMINISTER: In Berberati, soldiers clashed with rebels on Monday."
    assert types(text, "2026-03-04") == ["Armed clash", "Armed clash"]


@pytest.mark.slow
def test_an_answer_that_knows_of_no_gathering_codes_none() -> None:
    text = _TRANSCRIPT + "MINISTER: In Berberati I have no information about any gathering."
    assert types(text, "2026-03-04") == ["Armed clash"]


@pytest.mark.slow
def test_goods_taken_away_are_no_abduction() -> None:
    text = ("MANAGUA, Sept 15, 2025 - Police raided the offices of a farmers' union in Matagalpa on Saturday. The "
            "agents searched the building and took away two laptops, the minutes book and some cash.")
    assert "Abduction/forced disappearance" not in types(text, "2025-09-15")


@pytest.mark.slow
def test_people_taken_away_are_an_abduction() -> None:
    text = ("MEDELLIN, July 29, 2026 - Armed men stormed a farm near the village of Yarumal on Tuesday and took away "
            "three farm workers, the army said.")
    assert types(text, "2026-07-29") == ["Abduction/forced disappearance"]


@pytest.mark.slow
def test_negotiators_due_to_meet_are_no_agreement() -> None:
    text = ("MEDELLIN, July 29, 2026 - Armed men stormed a farm near the village of Yarumal on Tuesday and took away "
            "three farm workers, the army said. Government and rebel negotiators are due to meet in Havana later this "
            "month.")
    assert types(text, "2026-07-29") == ["Abduction/forced disappearance"]


@pytest.mark.slow
def test_negotiators_who_signed_keep_their_agreement() -> None:
    text = ("MEDELLIN, July 29, 2026 - Government and rebel negotiators signed a ceasefire in Havana on Tuesday, the "
            "mediators said.")
    assert types(text, "2026-07-29") == ["Agreement"]
