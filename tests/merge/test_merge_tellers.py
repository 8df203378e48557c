"""The name of who tells an attack is no name of the attack (`rules.tellers`, `words.teller_names`): one police chief
or spokesman tells every attack of his district, so two look-alikes (a market bomb on Monday, a roadside bomb on
Tuesday in one town) share his name. A demonstration's spokesman is most often its organiser's: his name still
names the march."""

from __future__ import annotations

import pytest
from mergerows import report

from eventwatch.merge import cluster, compare, load_rules
from eventwatch.merge.words import teller_names

RULES = load_rules()
BOMB = dict(event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED")


@pytest.mark.parametrize(("sentence", "names"), [
    ("Three more victims died overnight, raising the toll to seven, district police chief Ziaud Din said on Tuesday.",
     {"ziaud", "din"}),
    ("Two children were killed when mortar shells landed in the village, police spokesman Nahum Daso told reporters.",
     {"nahum", "daso"}),
    ("A bomb killed two soldiers near the barracks, said army spokeswoman Amina Yusuf.", {"amina", "yusuf"}),
    ("Gunmen burned 20 houses in Tobin, Governor Adolphe Lele Lafrique confirmed.", {"adolphe", "lele", "lafrique"}),
    ("Five died when a bus hit a mine, provincial police officer Rashid Ahmed stated on Sunday.", {"rashid", "ahmed"}),
])
def test_the_name_after_an_office_and_before_a_verb_of_telling_is_who_tells(sentence: str, names: set[str]) -> None:
    assert teller_names(sentence, RULES) == names


@pytest.mark.parametrize("sentence", [
    "Gunmen attacked the Sabon Gari market in Kano on Monday, killing five.",
    "Chief Imam Abubakar Sani was among the dead, residents said.",  # the dead, not who tells
    "Police said the commander of the Al-Shabaab cell, Ahmed Omar, was killed.",
])
def test_a_name_of_the_event_is_not_a_teller(sentence: str) -> None:
    assert teller_names(sentence, RULES) == set()


def test_a_revision_does_not_join_another_days_attack_by_the_police_chief_who_told_both() -> None:
    """Monday's market bomb, its toll raised on Tuesday (a revision naming no day: the week up to Tuesday), and a
    roadside bomb on Tuesday morning: the revision and the roadside bomb both quote the state police commissioner.
    His name joined them (0.80), and through the revision the two bombs."""
    market = report(1, "m", day="2024-03-04", fatalities=4, **BOMB,
                    sentence="A bomb hidden in a motorcycle exploded in the Kurmi market in Kano on Monday, killing "
                             "four people, police said.")
    text = ("Three more victims of the bombing in the Kurmi market of Kano died overnight, raising the toll to seven, "
            "state police commissioner Usaini Gumel said on Tuesday.")
    revision = report(1, "r", day="2024-03-05", fatalities=7, sentence=text, date_offset=text.index("Tuesday"))
    road = report(1, "b", day="2024-03-05", fatalities=2, **BOMB,
                  sentence="A roadside bomb struck a police van near the Bompai barracks on Tuesday morning, killing "
                           "two policemen, state police commissioner Usaini Gumel said.")
    assert "usaini" not in road.words and "gumel" not in revision.words
    assert compare(revision, road, RULES).score < RULES.link
    assert compare(market, revision, RULES).score >= RULES.link  # the market's name joins the revision
    assert sorted(sorted(r.id for r in c.reports) for c in cluster([market, revision, road], RULES)) == [
        ["b-1"], ["m-1", "r-1"]]


def test_a_demonstrations_spokesman_still_names_it() -> None:
    """Nurses of one union march in a town: one report tells the march at the hospital, another the road they
    blocked, both quoting the union's branch secretary. For a demonstration his name is the organiser's, shared by
    what his union did that day, and it stays a distinctive word."""
    march = dict(event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Nigeria)", inter1=6,
                 actor2=None, inter2=None)
    hospital = report(1, "h", sentence="Nurses at the city's teaching hospital marched on Monday over unpaid salaries, "
                                       "union branch secretary Joseph Ngwiri said.", **march)
    assert {"joseph", "ngwiri"} <= hospital.words
