"""A report linking to two events does not chain them: two reports naming two days outright, which do not join on
their own, stay apart whatever a third report links to; a true event told once vaguely stays whole."""

from __future__ import annotations

from itertools import permutations

from mergerows import report

from eventwatch.merge import Report, cluster, compare, load_rules

RULES = load_rules()
BOMB = {"event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED"}


def groups(reports: list[Report]) -> set[frozenset[str]]:
    return {frozenset(r.id for r in c.reports) for c in cluster(reports, RULES)}


def _market_and_post() -> tuple[Report, Report, Report]:
    """A market bombing on Monday, an attack on a police post of the same town on Tuesday, and a toll update
    naming no day of its own, dated by the Tuesday it was given (the week up to it), which fits either."""
    market = report(1, "a", day="2024-03-04", fatalities=4, **BOMB,
                    sentence="A bomb hidden in a motorcycle exploded in the vegetable market on Monday, killing four.")
    post = report(1, "b", day="2024-03-05", fatalities=2, **BOMB,
                  sentence="A bomb struck a police post on the ring road on Tuesday, killing two policemen.")
    text = "The death toll from the bombing rose to seven on Tuesday after three of the wounded died, police said."
    toll = report(1, "c", day="2024-03-05", fatalities=7, **BOMB, sentence=text, date_offset=text.index("Tuesday"))
    return market, post, toll


def test_a_toll_update_fitting_two_days_bombings_does_not_chain_them() -> None:
    market, post, toll = _market_and_post()
    assert toll.revision and not toll.exact_day
    assert compare(toll, market, RULES).score >= RULES.link and compare(toll, post, RULES).score >= RULES.link
    link = compare(market, post, RULES)
    assert link.conflict is None and link.score < RULES.link
    assert link.separate and "days named apart" in link.why
    found = groups([market, post, toll])
    assert len(found) == 2 and not any({"a-1", "b-1"} <= g for g in found)
    # whatever the order the reports come in, the bridge joins one side and the other stays its own event
    for order in permutations([market, post, toll]):
        assert groups(list(order)) == found


def test_the_bridge_joins_the_side_it_matches_best() -> None:
    market, post, _ = _market_and_post()
    market = report(1, "a", day="2024-03-04", fatalities=4, **BOMB,
                    sentence="A bomb hidden in a motorcycle exploded in Kurmi market on Monday, killing four.")
    text = "The death toll from the Kurmi market bombing rose to seven on Tuesday, police said."
    toll = report(1, "c", day="2024-03-05", fatalities=7, **BOMB, sentence=text, date_offset=text.index("Tuesday"))
    assert compare(toll, market, RULES).score > compare(toll, post, RULES).score
    assert groups([market, post, toll]) == {frozenset({"a-1", "c-1"}), frozenset({"b-1"})}


def test_a_true_event_of_three_with_a_vague_member_stays_whole() -> None:
    """Two outlets naming Monday and a third dating it only by its own Tuesday publication are one event: no two of
    them name two days."""
    monday = report(1, "a", day="2024-03-04", **BOMB, sentence="A bomb exploded in Kurmi market on Monday.")
    again = report(1, "b", day="2024-03-04", **BOMB, sentence="A blast hit a crowded market in the town on Monday.")
    vague = report(1, "c", day="2024-03-05", time_precision=2, date_span=False, **BOMB,
                   sentence="A bomb went off in Kurmi market, killing four.")
    weak = compare(again, vague, RULES)
    assert weak.score < RULES.link and not weak.separate  # joined only through the first: no day named apart
    assert groups([monday, again, vague]) == {frozenset({"a-1", "b-1", "c-1"})}


def test_one_night_told_either_side_of_midnight_is_no_two_days() -> None:
    late = report(1, "a", day="2024-03-04", sentence="Gunmen attacked the market late on Monday night.")
    early = report(1, "b", day="2024-03-05", sentence="Gunmen stormed a market in the early hours of Tuesday.")
    assert not compare(late, early, RULES).separate


def test_a_report_placed_only_at_its_province_tells_no_two_days_apart() -> None:
    """A burial told the day after a massacre, placed at the province only, dated by the burial: too little of its own
    to keep the massacre's reports from joining it through a third."""
    massacre = report(1, "a", day="2024-03-02",
                      sentence="Gunmen killed 14 villagers in a village near Kano on Saturday.")
    burial = report(1, "b", place="Kano State", geo_precision=3, day="2024-03-03",
                    sentence="Residents buried 16 people on Sunday, a day after gunmen attacked their village.")
    assert burial.exact_day and not burial.town
    assert not compare(massacre, burial, RULES).separate
    town = report(1, "c", day="2024-03-03", sentence="Residents buried 16 people in Kano on Sunday.")
    assert compare(massacre, town, RULES).separate  # the same, placed at the town by its own words
