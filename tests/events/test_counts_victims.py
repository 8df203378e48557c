"""Fatalities of a listed set of victims (`victims.listed_victims`, read by `counts.find_fatalities`): each member
of a list of the dead counts one, or the number it holds. Team-written sentences, other words, countries and tenses
than the trial article the class was found in."""

from __future__ import annotations

import pytest

from eventwatch.events import counts
from eventwatch.events.counts import find_fatalities
from eventwatch.events.victims import listed_victims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a kill verb, active
        ("Masked men shot dead a shopkeeper, his wife and their two sons outside Tegucigalpa.", 4),
        ("Gunmen shot dead a man, his adult son and his nephew at their home on Saturday.", 3),
        ("Attackers killed a woman and her two daughters in the village near Bunia.", 3),
        ("Unknown men murdered a lawyer and her driver on the road to Quetta.", 2),
        ("A mob lynched a herder and his cousin, the police said.", 2),
        ("Bandits have killed a pastor, his wife and a visitor in Kaduna state.", 3),
        ("Rebels were killing a nurse and two patients when the soldiers arrived.", 3),
        # before a death verb, passive or intransitive
        ("A farmer and his wife were hacked to death near Ituri.", 2),
        ("A farmer and his two sons were killed in the attack on Tuesday.", 3),
        ("In Tillaberi, a teacher, her husband and their driver were gunned down.", 3),
        ("The mayor and his bodyguard died of their wounds.", 2),
        ("A policeman and two attackers died in the exchange of fire.", 3),
        # after "the bodies of"
        ("The bodies of a teacher, her husband and their driver were found on Monday.", 3),
        ("Villagers recovered the bodies of a trader and his nephew from the river.", 2),
        # a member's words that name a thing only before its last word
        ("A bus driver and his conductor were killed near Kisumu.", 2),
        # a family counted by its size
        ("Militants killed a family of five in their home in Borno.", 5),
        ("Soldiers shot dead a family of seven at a checkpoint.", 7),
    ],
)
def test_each_listed_victim_is_counted(text: str, expected: int) -> None:
    assert find_fatalities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the list ends where a clause of its own begins: the wounded or arrested are not dead
        ("Gunmen killed a soldier, wounding his brother and a neighbour.", 1),
        ("Police shot dead a suspect and arrested his brother.", 1),
        ("Gunmen killed a man and injured his wife in Choloma.", 1),
        # a last member that is the subject of a new clause
        ("Soldiers killed a man and the army said it was investigating.", 1),
        # something that is no person
        ("Gunmen killed a herder and his two cows.", 1),
        ("A man and his car were hit by the shell.", None),
        # a member that may be many: how many is not told
        ("Troops killed a commander and his fighters near the border.", 1),
        ("Gunmen killed the attackers and a policeman.", 1),
        # a number first is a span or a range, not a list of the dead (`counts._joined` reads "N and M")
        ("Troops and rebels traded fire for 20 minutes and 4 government soldiers died near the bridge.", 4),
        # a clause of its own joined by "and" before the dead: its subject and verb are no member
        ("The guards returned fire and three bandits were killed.", 3),
        ("The sergeant fired and a gunman and his driver were killed.", 2),
        # words inside a phrase are no list ("one of the suspects ... the other")
        ("One of the suspects escaped, and the other later died in hospital.", None),
    ],
)
def test_a_list_that_is_not_all_dead_is_not_counted(text: str, expected: int | None) -> None:
    assert find_fatalities(text) == expected


def test_a_count_inside_the_list_is_counted_once() -> None:
    # "two sons were killed" alone gives 2; the list holds it and the farmer
    assert find_fatalities("A farmer and his two sons were killed.") == 3
    # the list beside another count: the larger, as for any two kill phrases
    assert find_fatalities("Gunmen killed a man and his son; police said two people were killed.") == 2


def test_the_list_is_placed_in_the_text() -> None:
    text = "Gunmen killed a trader and his son at the market."
    found = listed_victims(text)
    assert found is not None
    count, start, end = found
    assert count == 2 and text[start:end] == "a trader and his son"


@pytest.mark.parametrize("text", [
    "Attackers killed a woman and her two daughters in the village near Bunia.",
    "The bodies of a teacher, her husband and their driver were found on Monday.",
    "A farmer and his wife were slain near Ituri.",
])
def test_the_needles_change_no_listed_count(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = find_fatalities(text)
    with monkeypatch.context() as m:
        m.setattr(counts, "_folded", lambda _text: None)  # every pattern and the list searched
        assert find_fatalities(text) == gated
