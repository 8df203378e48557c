"""The merge's rules file: read whole, checked, and its type table symmetric."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from eventwatch.merge import MergeRulesError, load_rules
from eventwatch.merge.rules import parse_rules


def _data() -> dict[str, object]:
    text = resources.files("eventwatch.data").joinpath("merge").joinpath("rules.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def test_the_packaged_rules_load_and_their_weights_sum_to_one() -> None:
    rules = load_rules()
    assert abs(sum(rules.weights.values()) - 1.0) < 1e-9 and 0 < rules.link < 1
    assert rules.numbers["fifteen"] == "15" and "reuters" in rules.wires
    assert rules.elsewhere.search("a week after a deadly attack on a bar") is not None


def test_related_types_are_symmetric_and_unrelated_ones_conflict() -> None:
    rules = load_rules()
    protest, riot = ("Protests", "Peaceful protest"), ("Riots", "Violent demonstration")
    strike = ("Explosions/Remote violence", "Air/drone strike")
    assert rules.type_score(protest, riot) == rules.type_score(riot, protest) == 0.6
    assert rules.type_score(protest, strike) is None
    assert rules.type_score(strike, strike) == rules.same_sub


def test_types_of_one_disorder_family_are_weakly_related_and_across_families_conflict() -> None:
    """One outlet's clash is another's attack on civilians, a protest broken up is excessive force to one and mob
    violence to another (ACLED's families: political violence and demonstrations, riots in both); a pair the
    table names keeps its own score."""
    rules = load_rules()
    shelling = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    mob = ("Riots", "Mob violence")
    force = ("Protests", "Excessive force against protesters")
    arrests, protest = ("Strategic developments", "Arrests"), ("Protests", "Peaceful protest")
    assert rules.type_score(shelling, mob) == rules.type_score(mob, shelling) == rules.family
    assert rules.type_score(force, mob) == rules.family
    assert rules.type_score(arrests, protest) == 0.4  # a listed pair, not the family's score
    assert rules.type_score(protest, ("Battles", "Armed clash")) is None
    assert rules.type_score(("Strategic developments", "Agreement"), shelling) is None


def test_two_strategic_developments_are_no_more_alike_than_a_family() -> None:
    """ACLED's Strategic developments gathers unrelated acts: arrests and the bus rioters burned share the type,
    not the occurrence; arrests and a protest with intervention keep their listed pair, which now scores above."""
    rules = load_rules()
    arrests, looting = ("Strategic developments", "Arrests"), ("Strategic developments", "Looting/property destruction")
    intervention = ("Protests", "Protest with intervention")
    assert rules.type_score(arrests, looting) == rules.type_score(looting, arrests) == rules.family
    assert rules.type_score(arrests, intervention) == 0.4 > rules.family
    assert rules.type_score(arrests, arrests) == rules.same_sub
    shelling, strike = ("Explosions/Remote violence", "Shelling/artillery/missile attack"), (
        "Explosions/Remote violence", "Air/drone strike")
    assert rules.type_score(shelling, strike) == rules.same_type  # a type of one kind of act stays as it was


@pytest.mark.parametrize("change", [
    lambda d: d["score"].update(words=0.9),  # weights no longer sum to 1
    lambda d: d["dates"].pop("max_gap_exact"),
    lambda d: d["types"].update(related=[["Protests", "Riots"]]),
    lambda d: d["words"].update(elsewhere="(unclosed"),
    lambda d: d["types"].pop("families"),
])
def test_a_broken_rules_file_is_a_clear_error(change: object) -> None:
    data = _data()
    change(data)  # type: ignore[operator]
    with pytest.raises(MergeRulesError, match="merge rules"):
        parse_rules(data)


def test_a_raid_told_as_a_clash_or_as_looting_is_related() -> None:
    """Fighters storming a town are a clash with its defenders to one outlet and looting of its market to another."""
    rules = load_rules()
    looting = ("Strategic developments", "Looting/property destruction")
    clash = ("Battles", "Armed clash")
    assert rules.type_score(looting, clash) == rules.type_score(clash, looting) == 0.5
    assert rules.type_score(looting, ("Protests", "Peaceful protest")) is None
