"""A night told either side of midnight, a toll of one or two, a group of marchers named in a union's name, and the
cause two demonstrations share: what joins reports a day apart or of one crowded town and day, and what does not."""

from __future__ import annotations

from mergerows import report

from eventwatch.merge import Report, compare, load_rules
from eventwatch.merge.words import cause_words

RULES = load_rules()


def test_a_night_told_either_side_of_midnight_is_one_night() -> None:
    """"Late on Friday" and "in the early hours of Saturday" are one night; a report of Saturday afternoon is not."""
    late = report(1, "a", sentence="Gunmen attacked a checkpoint in the city late on Monday, killing two guards.")
    small_hours = report(1, "b", day="2024-03-05",
                         sentence="One guard was killed in the early hours of Tuesday when gunmen stormed a post.")
    afternoon = report(1, "c", day="2024-03-05", sentence="Gunmen attacked a checkpoint on Tuesday afternoon.")
    plain = report(1, "d", sentence="Gunmen attacked a checkpoint in the city on Monday, killing two guards.")
    assert late.late and small_hours.early and not afternoon.late and not afternoon.early
    night = compare(late, small_hours, RULES)
    assert night.score >= RULES.link and "one night" in night.why
    assert compare(plain, small_hours, RULES).score >= RULES.link  # the later report's small hours are the night too
    assert compare(plain, afternoon, RULES).score < RULES.link  # a day apart, nothing of a night, no name shared
    # the small hours of the day after do not reach back two days
    assert compare(late, report(1, "e", day="2024-03-06", sentence="Gunmen struck before dawn on Wednesday."),
                   RULES).conflict is not None


def test_a_toll_of_one_or_two_is_a_name_only_on_one_day() -> None:
    """One soldier killed on Saturday and one on Sunday in one city are two events; a toll of five shared is a name."""
    saturday = report(1, "a", fatalities=1, sentence="A soldier was killed in fighting in the city.")
    sunday = report(1, "b", day="2024-03-05", fatalities=1, sentence="A soldier died in clashes in the city.")
    assert compare(saturday, sunday, RULES).score < RULES.link
    five = [report(1, x, day=d, fatalities=5, sentence="Five people were killed in the city.")
            for x, d in (("c", "2024-03-04"), ("d", "2024-03-05"))]
    assert "shared names: 5 dead" in compare(*five, RULES).why and compare(*five, RULES).score >= RULES.link
    same_day = report(1, "e", fatalities=1, sentence="A soldier died in clashes in the city.")
    assert "shared names: 1 dead" in compare(saturday, same_day, RULES).why


def _march(doc: str, sentence: str, group: str | None = None) -> Report:
    return report(1, doc, event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Nigeria)",
                  inter1=6, actor2=None, inter2=None, assoc_actor_1=group, sentence=sentence)


def test_marchers_named_in_a_union_s_name_are_one_group() -> None:
    """Teachers coded as teachers by one report and as a labour group by another that names their union are one
    group of marchers; an organisation's acronym both give is not."""
    teachers = _march("a", "Thousands of teachers marched through the city on Monday.", "Teachers (Nigeria)")
    union = _march("b", "Members of the Nigeria Union of Teachers demonstrated in the city.", "Labour Group (Nigeria)")
    nurses = _march("c", "Members of the Nigeria Union of Nurses demonstrated in the city.", "Labour Group (Nigeria)")
    assert "same participants" in compare(teachers, union, RULES).why
    assert compare(teachers, union, RULES).score >= RULES.link > compare(teachers, nurses, RULES).score
    kctu = _march("d", "KCTU members picketed the office in the city.", "KCTU (Nigeria)")
    other = _march("e", "Members of the KCTU affiliated mart union picketed a shop in the city.")
    assert compare(kctu, other, RULES).score < RULES.link


def test_demonstrations_sharing_their_cause_are_one() -> None:
    """Two reports of one town and day about the same cause ("job cuts in the copper mines") are one demonstration;
    a cause of other words, or only a couple of words of a long one ("fuel prices"), is not shared."""
    assert cause_words("Miners marched to protest against plans to cut 1,200 jobs at the copper mines.", RULES) == {
        "cut", "job", "copper", "mine"}
    assert cause_words("Villagers protested against the Coronavirus measures.", RULES) == {"measure"}  # no names
    miners = _march("a", "Miners marched in the city to protest against plans to cut 1,200 jobs at the copper mines.")
    crowd = _march("b", "Angry miners demonstrated in the city over planned job cuts in the copper mines.")
    students = _march("c", "Students demonstrated in the city, demanding payment of their delayed meal allowances.")
    link = compare(miners, crowd, RULES)
    assert link.score >= RULES.link and any(w.startswith("same cause") for w in link.why)
    assert compare(miners, students, RULES).score < RULES.link
    drivers = _march("d", "Drivers protested in the city demanding better working conditions and lower fuel prices "
                          "and complaining about tolls.")
    citizens = _march("e", "Citizens protested in the city asking the government to act quickly on the "
                           "soaring cost of energy and fuel.")
    assert compare(drivers, citizens, RULES).score < RULES.link
    # two towns named apart, one cause (a nationwide day of protest): two demonstrations
    elsewhere = report(1, "f", place="Wudil", event_type="Protests", sub_event_type="Peaceful protest",
                       actor1="Protesters (Nigeria)", inter1=6, actor2=None, inter2=None,
                       sentence="Angry miners demonstrated in the town over planned job cuts in the copper mines.")
    assert compare(miners, elsewhere, RULES).score < RULES.link


def test_a_toll_revision_is_dated_by_the_day_it_names() -> None:
    """"The toll from Saturday's bombing rose to five on Monday" tells Saturday's bombing, whichever day extraction
    took; it joins Saturday's reports, even read at the hospital's town too, and not Tuesday's blast."""
    saturday = report(1, "a", day="2024-12-07", sentence="A roadside bomb struck a police vehicle on Saturday, "
                                                          "killing four policemen.", fatalities=4)
    revision = report(1, "b", day="2024-12-09", twins=True, fatalities=5,
                      sentence="The toll from Saturday's bombing of a police van in the city rose to five on Monday "
                               "when a wounded constable died in hospital.")
    assert (revision.first, revision.exact_day, revision.revision) == (saturday.first, True, True)
    assert compare(saturday, revision, RULES).score >= RULES.link
    tuesday = report(1, "c", day="2024-12-10", sentence="A bomb exploded near a checkpoint in the city on Tuesday.")
    assert compare(revision, tuesday, RULES).conflict is not None
    plain = report(1, "d", day="2024-12-09", sentence="Police said on Monday the toll had risen to five.")
    assert not plain.revision and plain.first == plain.last and str(plain.first) == "2024-12-09"


def test_a_people_or_a_weekday_before_market_is_no_part_of_a_town_and_a_zone_is_a_place() -> None:
    """"An Ethiopian market" and "the Sunday market of the town" name no part (two parts named apart would be two
    places); two reports naming one zone share a place, not a name that tells their events apart."""
    wire = report(1, "a", sentence="A drone strike hit an Ethiopian market in the town on Sunday, killing 30.")
    local = report(1, "b", sentence="A drone struck the crowded Sunday market of the town, witnesses said.")
    assert not wire.parts and not local.parts and compare(wire, local, RULES).conflict is None
    one = report(1, "c", sentence="A drone strike on a market in Amhara's West Gojjam zone killed 30 civilians.")
    other = report(1, "d", sentence="A drone strike on a wedding in the Merawi area of West Gojjam zone killed 11.")
    assert "gojjam" not in one.words and "gojjam" in one.names
    assert not any(w.startswith("shared names") for w in compare(one, other, RULES).why)


def test_a_rally_and_its_counter_rally_are_two_demonstrations() -> None:
    """Residents marching in favour of a governor's impeachment and others against it, in one town the same day:
    their causes share every word (and the governor's name), but they take opposite sides: not joined on their own.
    Two reports of one side still join."""
    kind = {"event_type": "Protests", "sub_event_type": "Peaceful protest"}
    pro = report(1, "a", sentence="Hundreds of residents marched in Kano on Monday in support of the impeachment of "
                 "the governor, Musa Bello.", **kind)
    anti = report(1, "b", sentence="Supporters of Musa Bello rallied in Kano on Monday against the governor's "
                  "impeachment by the state assembly.", **kind)
    assert pro.stance[0] >= {"impeachment", "governor"} and anti.stance[1] >= {"impeachment", "governor"}
    link = compare(pro, anti, RULES)
    assert link.score < RULES.link and any("one for and one against" in why for why in link.why)
    same_side = report(1, "c", sentence="Residents of Kano demonstrated on Monday in favour of the impeachment of "
                       "the governor, Musa Bello.", **kind)
    assert compare(pro, same_side, RULES).score >= RULES.link


def test_an_evening_or_a_clock_time_of_the_night_is_a_night() -> None:
    """"At about 11:30 p.m. on Monday" and a wire's "on Tuesday" are one night, as "late on Monday" is; so are "on
    Monday evening" and the small hours' "at 2 a.m. on Tuesday". A morning's clock time is no night."""
    clock = report(1, "a", sentence="Gunmen opened fire on a party in the city at about 11:30 p.m. on Monday, killing "
                   "six people.")
    evening = report(1, "b", sentence="Gunmen opened fire on a party in the city on Monday evening.")
    wire = report(1, "c", day="2024-03-05", sentence="Gunmen killed seven people at a party in the city on Tuesday.")
    small = report(1, "d", day="2024-03-05", sentence="Gunmen opened fire on a party at 2 a.m. on Tuesday.")
    morning = report(1, "e", sentence="Gunmen opened fire on a party in the city at 11 a.m. on Monday.")
    assert clock.late and evening.late and small.early and not morning.late
    assert "one night" in compare(clock, wire, RULES).why and compare(clock, wire, RULES).score >= RULES.link
    assert "one night" in compare(evening, small, RULES).why
    assert compare(morning, wire, RULES).score < RULES.link
