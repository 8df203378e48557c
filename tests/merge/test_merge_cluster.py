"""Which reports the merge joins and which it keeps apart, whatever order they come in."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from mergerows import report

from eventwatch.merge import Report, cluster, compare, load_rules

RULES = load_rules()


def groups(reports: list[Report]) -> set[frozenset[str]]:
    return {frozenset(r.id for r in c.reports) for c in cluster(reports, RULES)}


def test_outlets_that_date_place_and_count_differently_tell_one_event() -> None:
    reports = [
        report(1, "wire", fatalities=5, sentence="Gunmen killed five traders at Kurmi market in Kano on Monday."),
        # the next day's report dates it by its own publication only, and gives a higher toll
        report(1, "daily", day="2024-03-05", time_precision=2, date_span=False, fatalities=7,
               sentence="The death toll from the Kurmi market attack rose to seven, police said."),
        # a radio station places it at the state only
        report(1, "radio", place="Kano State", geo_precision=3,
               sentence="Armed men opened fire at Kurmi market in Kano State on Monday."),
        # another names the city quarter
        report(1, "local", place="Fagge", sentence="Five people died when gunmen stormed Kurmi market in Fagge."),
    ]
    assert groups(reports) == {frozenset(r.id for r in reports)}


def test_two_shootings_in_one_city_a_week_apart_stay_apart() -> None:
    first = [report(1, "a", day="2024-03-04"), report(1, "b", day="2024-03-04")]
    second = [report(1, "c", day="2024-03-11"), report(1, "d", day="2024-03-11")]
    assert groups(first + second) == {frozenset({"a-1", "b-1"}), frozenset({"c-1", "d-1"})}


def test_two_air_strikes_on_two_camps_stay_apart() -> None:
    atmeh = [report(1, "a", place="Atmeh"), report(1, "b", place="Atmeh")]
    far = [report(1, "c", place="Maarrat"), report(1, "d", place="Maarrat")]
    assert groups(atmeh + far) == {frozenset({"a-1", "b-1"}), frozenset({"c-1", "d-1"})}
    assert compare(atmeh[0], far[0], RULES).conflict is not None


def test_look_alikes_at_one_province_are_told_apart_by_their_names() -> None:
    a = report(1, "a", place="Idlib", sentence="Jets struck the Karama camp for displaced families in Idlib.")
    b = report(1, "b", place="Idlib", sentence="Warplanes hit the Qah camp near the Turkish border in Idlib.")
    c = report(1, "c", place="Idlib", sentence="An air strike on the Karama camp in Idlib killed four children.")
    assert groups([a, b, c]) == {frozenset({"a-1", "c-1"}), frozenset({"b-1"})}


def test_a_named_day_two_days_apart_is_another_event() -> None:
    link = compare(report(1, "a", day="2024-03-04"), report(1, "b", day="2024-03-06"), RULES)
    assert link.conflict == "2 days apart"


def test_different_armed_groups_are_different_events() -> None:
    a = report(1, "a", actor1="Boko Haram - Jamatu Ahli is-Sunnah lid-Dawati wal-Jihad", inter1=2)
    b = report(1, "b", actor1="Islamic State (West Africa)", inter1=2)
    c = report(1, "c")  # unidentified gunmen contradict neither
    assert compare(a, b, RULES).conflict == "different armed groups"
    assert compare(a, c, RULES).conflict is None


def test_events_of_one_report_are_never_joined() -> None:
    assert compare(report(1, "a"), report(2, "a", place="Fagge"), RULES).conflict is not None


def test_a_province_report_joins_one_of_two_towns_but_never_chains_them() -> None:
    kano, wudil = report(1, "a", place="Kano"), report(1, "b", place="Wudil")
    state = report(1, "c", place="Kano State", geo_precision=3)
    assert compare(kano, wudil, RULES).conflict is not None  # 41 km apart
    found = groups([kano, wudil, state])
    assert len(found) == 2 and frozenset({"a-1", "b-1"}) not in {g & {"a-1", "b-1"} for g in found}


CORPUS = [
    report(1, "a"), report(1, "b", place="Fagge"), report(1, "c", place="Kano State", geo_precision=3),
    report(1, "d", day="2024-03-05", time_precision=2, date_span=False), report(1, "e", day="2024-03-11"),
    report(1, "f", day="2024-03-11", place="Fagge"), report(2, "f", day="2024-03-12", place="Zaria"),
    report(1, "g", place="Atmeh"), report(1, "h", place="Sarmada"), report(1, "i", place="Maarrat"),
    report(1, "j", place="Idlib"), report(1, "k", day="2024-03-05", place="Wudil"),
]


@given(st.permutations(CORPUS))
def test_the_same_reports_in_any_order_give_the_same_events(order: list[Report]) -> None:
    expected = [(tuple(r.id for r in c.reports), c.component) for c in cluster(CORPUS, RULES)]
    assert [(tuple(r.id for r in c.reports), c.component) for c in cluster(order, RULES)] == expected


def test_names_shared_by_acronym_toll_and_spelling_count_and_other_events_words_do_not() -> None:
    rsf = report(1, "a", place="Maarrat", sentence="Shelling by the paramilitary Rapid Support Forces killed eight.")
    abbreviated = report(1, "b", place="Maarrat", sentence="Eight people died when RSF shells hit the town.")
    # an organisation's name: shared and scored, but no name that tells one of its events from another
    assert "shared acronyms: rsf" in compare(rsf, abbreviated, RULES).why
    assert not compare(rsf, abbreviated, RULES).named  # the rules read the field, not the wording of `why`
    same_toll = [report(1, "c", fatalities=3, sentence="Three died at the depot, said Alhaji Musa."),
                 report(1, "d", fatalities=3, sentence="A blast killed three people, witnesses said.")]
    assert "shared names: 3 dead" in compare(*same_toll, RULES).why and compare(*same_toll, RULES).named
    # "a week after ..." dates the event by another one: the other one's names are not this one's
    later = report(1, "e", sentence="Gunmen shot two at Sabon Gari market, a week after the attack on Kurmi market.")
    assert "kurmi" not in later.words and "sabon gari" in later.parts


def test_two_parts_of_one_town_named_apart_are_two_places() -> None:
    road = report(1, "a", sentence="A bomb exploded next to a police van on Sariab Road in the city.")
    bazaar = report(1, "b", sentence="A grenade wounded seven in a shop at the Liaquat Bazaar in the city.")
    assert compare(road, bazaar, RULES).conflict is not None


def test_a_dateline_in_any_capitals_and_a_toll_written_as_a_number_name_nothing() -> None:
    """"BOGOTÁ, Oct 15 (CWS) —" and "PESHAWAR —" say where a report was filed and whose wire it is; a toll that
    differs from the other report's ("killing 14", "killed 12") is no name either, written as a number or not."""
    filed = report(1, "a", fatalities=12,
                   sentence="BOGOTÁ, Oct 15 (CWS) — Rebels killed 12 people in an attack on Kurmi market on Monday.")
    assert {"cws", "rebels"}.isdisjoint(filed.words) and "kurmi" in filed.words
    assert "five" not in report(1, "b", sentence="PESHAWAR — Five security men were killed.").words
    other = report(1, "c", fatalities=14, sentence="Gunmen killing 14 traders stormed Kurmi market.")
    link = compare(filed, other, RULES)
    assert "shared names: kurmi" in link.why and link.score == compare(
        filed, report(1, "d", fatalities=14, sentence="Gunmen stormed Kurmi market."), RULES).score


def test_a_day_apart_joins_with_a_shared_name_and_a_town_joins_its_province() -> None:
    """Two days named outright one apart (a night attack, a report dating it by its own day) are one event when a
    name is shared, not on type and place alone; a town and the province it lies in, the same day, are one."""
    night = report(1, "a", sentence="Gunmen attacked Kurmi market on Monday.")
    next_day = report(1, "b", day="2024-03-05", sentence="Gunmen stormed Kurmi market, killing traders.")
    plain = report(1, "c", day="2024-03-05", sentence="Gunmen attacked a market, killing traders.")
    assert compare(night, next_day, RULES).score >= RULES.link > compare(night, plain, RULES).score
    state = report(1, "d", place="Kano State", sentence="Gunmen attacked a market in the state, killing traders.")
    assert compare(report(1, "e", sentence="Gunmen attacked a market."), state, RULES).score >= RULES.link


def test_demonstrations_of_one_town_and_day_join_on_something_shared() -> None:
    """A capital sees several marches a day: teachers and nurses, the same day and square, stay two events unless
    their reports share a name or a group of marchers; a third report sharing something with each may still join."""
    def march(doc: str, sentence: str, group: str | None) -> Report:
        return report(1, doc, event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Nigeria)",
                      inter1=6, actor2=None, inter2=None, assoc_actor_1=group, sentence=sentence)
    teachers = march("a", "Hundreds of teachers marched in the city over unpaid salaries.", "Teachers (Nigeria)")
    crowd = march("b", "Hundreds of people marched in the city on Monday.", None)
    link = compare(teachers, crowd, RULES)
    assert link.conflict is None and link.score < RULES.link and "nothing shared" in link.why[-1]
    union = march("c", "Members of the Nigeria Union of Teachers marched in the city.", "Teachers (Nigeria)")
    assert "same participants" in compare(teachers, union, RULES).why
    assert compare(teachers, union, RULES).score >= RULES.link
    # a union's acronym both give is no such thing: every rally of that union that day shares it
    knut = [march(x, f"Members of KNUT marched in the city, {who} said.", None) for x, who in (("d", "police"),
                                                                                                 ("e", "witnesses"))]
    assert "shared acronyms: knut" in compare(*knut, RULES).why and compare(*knut, RULES).score < RULES.link


def test_a_part_of_a_town_one_report_names_and_the_other_mentions_is_one_place() -> None:
    market = report(1, "a", sentence="Gunmen attacked the Kurmi market in the city, killing traders.")
    road = report(1, "b", sentence="Gunmen killed traders at Kurmi near the Airport Road in the city.")
    assert market.parts and road.parts and compare(market, road, RULES).conflict is None


def test_one_of_two_places_of_one_sentence_joins_only_on_a_name_shared() -> None:
    """Extraction read "Kas, 90 km north of Nyala" as strikes on both towns: the event it placed at Nyala joins a
    report of a strike on Nyala only if they share a name; a report that names its place alone joins as before."""
    nyala = report(1, "a", place="Atmeh", sentence="A drone strike hit the market of the town, killing nine.")
    twin = report(2, "b", place="Atmeh", twins=True, sentence="Warplanes bombed the town, killing four.")
    alone = report(2, "c", place="Atmeh", sentence="Warplanes bombed the town, killing four.")
    assert compare(nyala, twin, RULES).score < RULES.link <= compare(nyala, alone, RULES).score
    assert "one of two places" in compare(nyala, twin, RULES).why[-1]
