"""The story's one named armed group carried to an event whose doer its sentence names only by a kind
(`events/story_groups.py`): a claim or a blame told after the act, a group named in the story's head, and the stories
that keep their placeholder (a roundup's other item, a denied blame, two groups, the group as the other side); and a
place a group took, taken from the state's forces when no other side is told (`taken_from_the_state`). Team-written
reports."""

from __future__ import annotations

import dataclasses

from eventwatch.events.story_groups import carry_named_groups, taken_from_the_state
from eventwatch.records import Event, Evidence, Span


def _event(text: str, sentence: str, actor1: str = "Unidentified Armed Group (Kenya)",
           actor2: str | None = "Police Forces of Kenya (2013-)") -> Event:
    start = text.index(sentence)
    return Event(event_id="e", doc_id="d", event_type="Battles", sub_event_type="Armed clash",
                 evidence=Evidence(sentence=Span(start, start + len(sentence), sentence)), event_date="2025-03-04",
                 actor1=actor1, inter1=3, actor2=actor2, inter2=1 if actor2 else None, interaction=13,
                 country="Kenya", notes=f"On 2025-03-04, {actor1}: armed clash in Dadaab (stormed).")


RAID = "Gunmen stormed a police post near Dadaab before dawn on Tuesday, killing three officers."
CLAIMED = (f"Police post attacked near border\n\nGARISSA, March 4 (Wire) - {RAID}\n\n"
           "The attackers fled towards the border in a stolen truck, a police commander said.\n\n"
           "Al Shabaab said in a statement that its fighters had carried out the raid.")


def test_a_claim_told_after_the_act_names_its_doer() -> None:
    [e] = carry_named_groups([_event(CLAIMED, RAID)], CLAIMED)
    assert (e.actor1, e.inter1, e.interaction) == ("Al Shabaab", 2, 12)
    assert e.evidence.actor1 is not None and e.evidence.actor1.text == "Al Shabaab"  # traceable to its words
    assert e.notes.startswith("On 2025-03-04, Al Shabaab:")
    assert e.actor2 == "Police Forces of Kenya (2013-)"


def test_a_group_named_in_the_headline_alone_is_not_carried() -> None:
    """A headline names the story's subject, not always the doer of each act: no claim, no carry."""
    text = f"Al Shabaab fighters raid police post\n\nGARISSA, March 4 (Wire) - {RAID}"
    [e] = carry_named_groups([_event(text, RAID)], text)
    assert e.actor1 == "Unidentified Armed Group (Kenya)"


def test_a_claim_three_paragraphs_on_is_of_another_act() -> None:
    text = CLAIMED.replace("\n\nAl Shabaab said", "\n\nThe road was closed.\n\nAl Shabaab said")
    [e] = carry_named_groups([_event(text, RAID)], text)
    assert e.actor1 == "Unidentified Armed Group (Kenya)"


def test_a_roundups_other_item_keeps_its_own_doer() -> None:
    item = "Gunmen abducted nine travellers on the Mandera road on Monday."
    text = ("Weekly security roundup\n\nNAIROBI, March 8 - Attacks continued in the north-east this week.\n\n"
            f"MANDERA: {item}\n\nLAMU: Police said Al Shabaab fighters torched two lorries near Mpeketoni.")
    [e] = carry_named_groups([_event(text, item, actor2="Civilians (Kenya)")], text)
    assert e.actor1 == "Unidentified Armed Group (Kenya)"


def test_a_blame_the_group_denies_leaves_the_doer_open() -> None:
    text = CLAIMED.replace("Al Shabaab said in a statement that its fighters had carried out the raid.",
                           "Officials blamed Al Shabaab. A spokesman for the group denied any part in the raid.")
    [e] = carry_named_groups([_event(text, RAID)], text)
    assert e.actor1 == "Unidentified Armed Group (Kenya)"


def test_two_named_groups_say_nothing_of_which_one_a_bare_gunman_is() -> None:
    text = CLAIMED.replace("Al Shabaab said", "Al Shabaab and the Islamic State each said")
    [e] = carry_named_groups([_event(text, RAID)], text)
    assert e.actor1 == "Unidentified Armed Group (Kenya)"


def test_the_group_the_act_hit_is_not_also_its_doer() -> None:
    [e] = carry_named_groups([_event(CLAIMED, RAID, actor2="Al Shabaab")], CLAIMED)
    assert (e.actor1, e.actor2) == ("Unidentified Armed Group (Kenya)", "Al Shabaab")


def test_a_named_doer_is_left_as_it_is() -> None:
    [e] = carry_named_groups([_event(CLAIMED, RAID, actor1="Military Forces of Kenya (2013-)")], CLAIMED)
    assert e.actor1 == "Military Forces of Kenya (2013-)"


def _taking(actor1: str, inter1: int, actor2: str | None) -> Event:
    sentence = "Rebels seized the river port of Kaseke on Sunday, a local official said."
    return Event(event_id="t", doc_id="d", event_type="Battles", sub_event_type="Non-state actor overtakes territory",
                 evidence=Evidence(sentence=Span(0, len(sentence), sentence)), event_date="2024-05-12",
                 actor1=actor1, inter1=inter1, actor2=actor2, inter2=1 if actor2 else None, country="Kenya")


def test_a_place_a_group_took_was_taken_from_the_states_forces() -> None:
    [e] = taken_from_the_state([_taking("Rebel Group (Kenya)", 2, None)])
    assert e.actor2 is not None and e.actor2.startswith("Military Forces of Kenya")
    assert (e.inter2, e.interaction) == (1, 12)
    assert e.evidence.actor2 is None  # the codebook's convention: no words of the sentence to point at


def test_a_taking_whose_other_side_is_told_keeps_it() -> None:
    [e] = taken_from_the_state([_taking("Rebel Group (Kenya)", 2, "Communal Militia (Kenya)")])
    assert e.actor2 == "Communal Militia (Kenya)"
    [e] = taken_from_the_state([dataclasses.replace(_taking("Rebel Group (Kenya)", 2, None), country=None)])
    assert e.actor2 is None  # no country, no forces to name


def test_a_claim_told_as_missing_ties_no_group() -> None:
    text = CLAIMED.replace("Al Shabaab said in a statement that its fighters had carried out the raid.",
                           "No group has claimed the raid, but Al Shabaab has carried out attacks near Dadaab before.")
    [e] = carry_named_groups([_event(text, RAID)], text)
    assert e.actor1 == "Unidentified Armed Group (Kenya)"
