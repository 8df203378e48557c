"""A merged event's actors come from the outlets that speak for no side; a side's outlet's only when no outlet of no
side identifies one, and the notes say whose word the row follows (team-written reports)."""

from __future__ import annotations

from typing import Any

from mergerows import report

from eventwatch.merge import Cluster, Report, load_rules, merged_row

RULES = load_rules()
ARMY = "Military Forces of Nigeria (2023-)"
GROUP = "Islamic State (West Africa)"
# a raid on a village near Bama: the army's own wire tells its troops fought the group there, a paper of no side that
# the group's fighters attacked the villagers (both more specific than an unidentified group)
WIRE: dict[str, Any] = dict(actor1=ARMY, inter1=1, actor2=GROUP, inter2=2, partisan_only=True,
                            doc_source="Army Bulletin",
                            sentence="Troops repelled ISWAP terrorists near Bama on Monday.")
PAPER: dict[str, Any] = dict(actor1=GROUP, inter1=2, actor2="Civilians (Nigeria)", inter2=7, partisan_only=False,
                             doc_source="Borno Courier",
                             sentence="ISWAP fighters attacked villagers near Bama on Monday, killing four.")


def merged(*reports: Report) -> dict[str, object]:
    ordered = tuple(sorted(reports, key=lambda r: r.sort_key))
    return merged_row(Cluster(ordered, (), ordered[0].id), RULES)


def test_the_outlet_of_no_side_gives_the_actors_whichever_came_first_or_more_sources() -> None:
    for wire_day, paper_day in (("2024-03-04", "2024-03-05"), ("2024-03-05", "2024-03-04")):
        row = merged(report(1, "a", **WIRE, doc_published=wire_day), report(1, "b", **PAPER, doc_published=paper_day),
                     report(1, "c", **{**WIRE, "doc_source": "Army Radio"}))  # two of the side's outlets, one of none
        assert (row["actor1"], row["inter1"], row["actor2"], row["inter2"]) == (GROUP, 2, "Civilians (Nigeria)", 7)
        assert row["interaction"] == 27
        notes = str(row["notes"])
        side = "Army Bulletin" if wire_day < paper_day else "Army Radio"  # the first of the side's reports
        assert (f"First actor {GROUP} as Borno Courier, of no side, tells it; {side}, an outlet speaking for a side "
                f"in the conflict, names {ARMY}.") in notes
        assert (f"Second actor Civilians (Nigeria) as Borno Courier, of no side, tells it; {side}, an outlet "
                f"speaking for a side in the conflict, names {GROUP}.") in notes


def test_an_unidentified_actor_of_no_side_gives_way_to_a_side_s_name_unless_it_names_that_actor_otherwise() -> None:
    # the paper writes only "gunmen": the side's outlet identifies the attackers, and the notes say whose word it is
    gunmen = {**PAPER, "actor1": "Unidentified Armed Group (Nigeria)", "inter1": 3}
    row = merged(report(1, "a", **WIRE), report(1, "b", **gunmen))
    assert (row["actor1"], row["actor2"]) == (ARMY, "Civilians (Nigeria)")
    assert (f"First actor {ARMY} as Army Bulletin, an outlet speaking for a side in the conflict, names it; no outlet "
            "of no side identifies one.") in str(row["notes"])
    # a bomb by a police van: the side's wire makes the police the first actor, the paper the target
    police = "Police Forces of Nigeria (2023-)"
    wire = report(1, "a", **{**WIRE, "actor1": police, "actor2": None, "inter2": None})
    paper = report(1, "b", **{**gunmen, "actor2": police, "inter2": 1})
    row = merged(wire, paper)
    assert (row["actor1"], row["actor2"], row["interaction"]) == ("Unidentified Armed Group (Nigeria)", police, 13)
    assert (f"First actor Unidentified Armed Group (Nigeria) as Borno Courier, of no side, tells it; Army Bulletin, "
            f"an outlet speaking for a side in the conflict, names {police}.") in str(row["notes"])


def test_a_side_s_outlet_names_the_actor_when_no_other_does_and_the_notes_say_so() -> None:
    silent = {**PAPER, "actor2": None, "inter2": None}
    row = merged(report(1, "a", **WIRE), report(1, "b", **silent))
    assert row["actor1"] == GROUP
    # actor1 is the paper's group, so the wire's second actor (the same group) is not taken twice: none named
    assert row["actor2"] is None
    wire_civilians = {**WIRE, "actor1": GROUP, "inter1": 2, "actor2": "Civilians (Nigeria)", "inter2": 7}
    row = merged(report(1, "a", **wire_civilians), report(1, "b", **silent))
    assert (row["actor2"], row["inter2"]) == ("Civilians (Nigeria)", 7)
    assert ("Second actor Civilians (Nigeria) as Army Bulletin, an outlet speaking for a side in the conflict, names "
            "it; no outlet of no side identifies one.") in str(row["notes"])


def test_reports_of_no_side_alone_or_of_sides_alone_choose_as_before_and_say_nothing_of_sides() -> None:
    both = merged(report(1, "a", **{**WIRE, "partisan_only": False}), report(1, "b", **PAPER))
    assert both["actor1"] == GROUP  # the most specific name, ties to the names' order, as before
    assert "side in the conflict" not in str(both["notes"])
    # no side's report: two sources' gunmen outvote one's rioters (both generic), as before
    militia = {**PAPER, "actor1": "Rioters (Nigeria)", "inter1": 5}
    gunmen = {**PAPER, "actor1": "Unidentified Armed Group (Nigeria)", "inter1": 3}
    row = merged(report(1, "a", **militia), report(1, "b", **gunmen),
                 report(1, "c", **{**gunmen, "doc_source": "Maiduguri Times"}))
    assert row["actor1"] == "Unidentified Armed Group (Nigeria)"
    sides = merged(report(1, "a", **WIRE), report(1, "b", **{**PAPER, "partisan_only": True}))
    assert sides["actor1"] == GROUP and sides["partisan_only"] is True
    assert "side in the conflict" not in str(sides["notes"])


def test_civilian_targeting_follows_the_actor_of_no_side() -> None:
    # an explosion: the side's wire says its shells hit the group's positions, the paper that they hit a school
    shells = dict(event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack")
    wire = report(1, "a", **WIRE, **shells, civilian_targeting=False, field_spans=4)
    paper = report(1, "b", **{**PAPER, "actor1": ARMY, "inter1": 1}, **shells, civilian_targeting=True,
                   field_spans=3)
    row = merged(wire, paper)
    assert (row["actor2"], row["civilian_targeting"]) == ("Civilians (Nigeria)", True)
