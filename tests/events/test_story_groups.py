"""The story's one named armed group carried to an event whose doer its sentence names only by a kind
(`events/story_groups.py`): a claim or a blame told after the act, a group named in the story's head, and the stories
that keep their placeholder (a roundup's other item, a denied blame, two groups, the group as the other side).
Team-written reports."""

from __future__ import annotations

from eventwatch.events.story_groups import carry_named_groups
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


def test_a_group_named_in_the_headline_is_the_leads_doer() -> None:
    text = f"Al Shabaab fighters raid police post\n\nGARISSA, March 4 (Wire) - {RAID}"
    [e] = carry_named_groups([_event(text, RAID)], text)
    assert e.actor1 == "Al Shabaab"


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
