"""Two groups' protests told apart by whom their marchers work for (`merge/workforce.py`), and an armed group's name
that is no distinctive word of one of its events (`named.fighter_words`)."""

from __future__ import annotations

from typing import Any

from mergerows import report

from eventwatch.merge import cluster, compare, load_rules
from eventwatch.merge.named import fighter_words
from eventwatch.merge.workforce import workforce

RULES = load_rules()
PROTEST: dict[str, Any] = {"event_type": "Protests", "sub_event_type": "Peaceful protest",
                           "actor1": "Protesters (Nigeria)", "inter1": 6, "actor2": None, "inter2": None,
                           "assoc_actor_1": "Labour Group (Nigeria)"}
ARSON: dict[str, Any] = {"event_type": "Strategic developments", "sub_event_type": "Looting/property destruction",
                         "actor1": None, "inter1": None, "actor2": None, "inter2": None}


def test_workforce_is_the_employer_before_the_noun_or_after_of() -> None:
    assert workforce("Scores of municipality workers rallied outside the municipality offices.") == \
        {"municipality"}
    # how they are employed is read past, a department is any employer's, a verb ends the name
    assert workforce("Temporary employees of the health department locked the clinic gates.") == {"health"}
    assert workforce("The health department's contract workers rallied.") == {"health"}
    # a sentence's first word is capitalised by position; a name inside it is no employer
    assert workforce("Electricity workers on temporary contracts blocked the gate.") == {"electricity"}
    assert workforce("Employees of the Kano municipality rallied.") == set()
    assert workforce("Hundreds of workers marched.") == set()
    assert workforce("Striking teachers and health workers marched.") == {"health"}


def _protest(doc: str, sentence: str) -> Any:
    return report(1, doc, sentence=sentence, **PROTEST)


def test_two_groups_of_workers_demanding_one_thing_are_not_joined_on_their_cause() -> None:
    """Health department employees and municipality workers, one city, one day, both demanding permanent contracts
    and both coded as the codebook's labour group: two groups' protests."""
    health = _protest("a", "In Kano on Monday, health department staff on contracts blocked the department's gate, "
                           "demanding permanent contracts.")
    municipal = _protest("b", "Municipality workers rallied outside the municipal building in Kano on Monday, "
                              "demanding permanent contracts.")
    link = compare(health, municipal, RULES)
    assert link.score < RULES.link
    assert any("employers named apart: health and municipality" in w for w in link.why)
    assert len(cluster([health, municipal], RULES)) == 2


def test_one_group_named_two_ways_still_joins() -> None:
    """Outlets name one group's employer alike ("electricity workers", "employees of the electricity directorate"),
    and "municipal" is "municipality" written short."""
    one = _protest("a", "Electricity workers on temporary contracts blocked the entrance to their directorate in "
                        "Kano on Monday to demand permanent contracts.")
    other = _protest("b", "Hundreds of contract employees of the electricity distribution directorate closed its "
                          "gate in Kano on Monday, demanding permanent contracts.")
    assert compare(one, other, RULES).score >= RULES.link
    municipal = _protest("c", "Municipal workers rallied in Kano on Monday, demanding permanent contracts.")
    municipality = _protest("d", "Dozens of municipality workers protested in Kano on Monday to demand permanent "
                                 "contracts.")
    assert compare(municipal, municipality, RULES).score >= RULES.link


def test_an_armed_group_named_by_its_fighters_is_no_distinctive_word() -> None:
    assert fighter_words("Gunmen of the Gulf Clan set fire to a bus.", RULES, members=False) == {"gulf", "clan"}
    assert fighter_words("Suspected Gulf Clan members torched a truck.", RULES, members=True) == \
        {"gulf", "clan", "suspected"}
    # in a demonstration's report the members' group is its organiser
    assert fighter_words("KCTU members rallied outside the National Assembly.", RULES, members=False) == set()
    assert fighter_words("Three Boko Haram fighters were killed.", RULES, members=False) == {"boko", "haram"}


def test_two_arson_attacks_of_one_group_in_two_near_towns_are_not_joined_on_its_name() -> None:
    """One armed group's lockdown: a bus burned in one town and a lorry in a town 8 km away the same day share the
    group's name and nothing else; the bus's two reports share the bus company's name and join."""
    bus = report(1, "a", sentence="Suspected Ansaru members forced passengers off a Kano Line bus and set it on fire "
                                  "in Kano on Monday.", **ARSON)
    bus_too = report(1, "b", sentence="Gunmen of the Ansaru group set fire to a Kano Line bus in Kano on Monday.",
                     **ARSON)
    lorry = report(1, "c", place="Ungogo", sentence="Ansaru gunmen set fire to a Dangote lorry in Ungogo on Monday.",
                   **ARSON)
    link = compare(bus, lorry, RULES)
    assert link.score < RULES.link and not link.named
    assert compare(bus, bus_too, RULES).score >= RULES.link
    clusters = cluster([bus, bus_too, lorry], RULES)
    assert sorted(sorted(r.id for r in c.reports) for c in clusters) == [["a-1", "b-1"], ["c-1"]]
