"""What an attack struck, named by a common noun: two reports each naming a kind of target, none in common, are two
attacks; outlets' names for one kind ("an army base", "a military base", "barracks") are one."""

from __future__ import annotations

from typing import Any

from mergerows import report

from eventwatch.merge import cluster, compare, load_rules
from eventwatch.merge.targets import targets

RULES = load_rules()
BATTLE: dict[str, Any] = {"event_type": "Battles", "sub_event_type": "Armed clash",
                          "actor1": "Unidentified Armed Group (Nigeria)", "inter1": 3,
                          "actor2": "Military Forces of Nigeria (2023-)", "inter2": 1}


def test_targets_are_read_by_kind_and_not_in_a_clause_naming_another_event() -> None:
    assert targets("Jihadists attacked an army base in Kano state on Monday.", RULES) == {"base"}
    assert targets("Insurgents ambushed a military convoy near Wudil on Monday.", RULES) == {"convoy"}
    assert targets("Gunmen attacked a police post guarding the dam.", RULES) == {"checkpoint", "police station"}
    # "a week after an attack on a bar" names the other event
    assert targets("Three men were shot dead at a stall, a week after a deadly attack on a bar.", RULES) == set()
    assert targets("Gunmen killed three at a stall.", RULES) == set()
    # whom it struck, by who they were
    assert targets("Gunmen shot four miners dead at a quarry near Dawaki.", RULES) == {"miners"}
    assert targets("Gunmen opened fire on worshippers on Sunday.", RULES) == {"church", "mosque"}
    # not who also attacks ("herders killed farmers")
    assert targets("Clashes between farmers and herders left six dead.", RULES) == set()


def test_two_attacks_naming_two_kinds_of_target_are_not_joined_on_their_own() -> None:
    """An attack on a base told at the state by a wire, beside a convoy ambushed in a town of the state the same day:
    the state's report is a town's of its province to both, and only what each struck tells which it is."""
    base = report(1, "a", place="Kano State", place_text="Kano State", fatalities=4,
                  sentence="Jihadists killed at least four soldiers in an attack on an army base in Kano state "
                           "on Monday.", **BATTLE)
    base_town = report(1, "b", place="Wudil", place_text="Wudil", fatalities=5,
                       sentence="Fighters attacked a military base in Wudil on Monday, killing five soldiers.",
                       **BATTLE)
    convoy = report(1, "c", place="Fagge", place_text="Fagge", fatalities=3,
                    sentence="Insurgents ambushed a military convoy in Fagge on Monday, killing three soldiers.",
                    **BATTLE)
    link = compare(base, convoy, RULES)
    assert link.score < RULES.link and any(why.startswith("targets named apart") for why in link.why)
    assert compare(base, base_town, RULES).score >= RULES.link
    # a report naming no target joins either; a report naming both kinds ("a convoy returning to its base") too
    plain = report(1, "d", place="Kano State", place_text="Kano State",
                   sentence="Insurgents killed soldiers in Kano state on Monday.", **BATTLE)
    assert not any(why.startswith("targets") for why in compare(plain, convoy, RULES).why)
    assert {frozenset(r.id for r in c.reports) for c in cluster([base, base_town, convoy], RULES)} == {
        frozenset({base.id, base_town.id}), frozenset({convoy.id})}


def test_targets_tell_apart_only_a_report_with_no_town_and_no_name_shared() -> None:
    """Two reports placed at towns are told apart by their places: "a blast near a mosque" and "in the market" of one
    town may be one bombing; and a name both sentences give outweighs two nouns."""
    mosque = report(1, "a", place_text="Kano", sentence="A bomb went off near a mosque in Kano on Monday.")
    market = report(1, "b", place_text="Kano", sentence="A bomb exploded in a market in Kano on Monday.")
    assert not any(why.startswith("targets") for why in compare(mosque, market, RULES).why)
    state = {"place": "Kano State", "place_text": "Kano State"}
    base = report(1, "c", sentence="Fighters loyal to Musa Ladan attacked an army base in Kano state on Monday.",
                  **state)
    convoy = report(1, "d", place="Fagge", place_text="Fagge",
                    sentence="Fighters loyal to Musa Ladan ambushed a convoy in Fagge on Monday.")
    assert not any(why.startswith("targets") for why in compare(base, convoy, RULES).why)
    unnamed = report(1, "e", sentence="Fighters attacked an army base in Kano state on Monday.", **state)
    assert any(why.startswith("targets") for why in compare(unnamed, convoy, RULES).why)


def test_demonstrations_are_not_told_apart_by_targets() -> None:
    """A protest at a market and one at a school of one town are told apart by the rules of demonstrations, not by
    what an attack struck."""
    protest = {"event_type": "Protests", "sub_event_type": "Peaceful protest"}
    market = report(1, "a", sentence="Traders marched at the market.", **protest)
    school = report(1, "b", sentence="Traders marched at a school.", **protest)
    assert not any(why.startswith("targets") for why in compare(market, school, RULES).why)
