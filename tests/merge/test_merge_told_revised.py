"""Days a report gives only through a later clause: the day its source told it ("..., police said on Monday") and
the day a toll naming no day was revised ("the toll from a blast in the city's market rose to nine on Saturday")."""

from __future__ import annotations

from mergerows import report

from eventwatch.merge import cluster, compare, load_rules

RULES = load_rules()

TOLD = "Five traders were killed when gunmen opened fire in the market, police said on Monday."
NAMED = "Gunmen opened fire in the market on Sunday, killing five traders."


def test_a_day_given_by_who_tells_it_is_the_day_of_the_telling() -> None:
    """"police said on Monday" dates the telling: the event lies on that day or the two before; a day the event's
    own clause gives is its day."""
    told = report(1, "a", day="2024-03-04", sentence=TOLD, date_offset=TOLD.index("Monday"))
    assert (str(told.first), str(told.last), told.exact_day, told.told) == ("2024-03-02", "2024-03-04", False, True)
    sunday = report(1, "b", day="2024-03-03", sentence=NAMED, date_offset=NAMED.index("Sunday"))
    assert sunday.exact_day and sunday.first == sunday.last and not sunday.told
    link = compare(told, sunday, RULES)
    assert link.score >= RULES.link and "told 1 day after" in link.why
    monday = report(1, "e", day="2024-03-04", sentence=NAMED.replace("Sunday", "Monday"))
    assert "same day" in compare(told, monday, RULES).why  # the telling's own day: as a day both name
    tuesday = report(1, "f", day="2024-03-05", sentence=NAMED.replace("Sunday", "Tuesday"))
    assert compare(told, tuesday, RULES).score < RULES.link  # told before it happened: a day apart at best
    thursday = report(1, "g", day="2024-02-29", sentence=NAMED.replace("Sunday", "Thursday"))
    assert compare(told, thursday, RULES).conflict is not None  # more than two days before the telling
    for teller in ("police said Monday.", "according to police on Monday.", "a spokesman told journalists on Monday."):
        text = f"Five traders were killed when gunmen opened fire in the market, {teller}"
        assert report(1, "h", day="2024-03-04", sentence=text, date_offset=text.index("Monday")).told, teller
    # "said gunmen killed five on Sunday": the day belongs to what was said, not to the saying
    said = "Police said gunmen killed five traders in the market on Sunday."
    assert report(1, "c", day="2024-03-03", sentence=said, date_offset=said.index("Sunday")).exact_day
    # the same sentence without the day's offset (a row of an older store) keeps the day as given
    assert report(1, "d", day="2024-03-04", sentence=TOLD).exact_day


def test_a_toll_revision_naming_no_day_refers_back_to_the_deadly_event_before_it() -> None:
    """A revision dated by the day its toll rose tells an event of that day or the week before: it joins the bombing
    of the day before (its numbers, the toll it rose to, are no names that differ), not a grenade attack that killed
    no one, of its own day or of the days before (a toll rose from one)."""
    bombing = report(1, "a", day="2024-06-07", fatalities=5, event_type="Explosions/Remote violence",
                     sub_event_type="Remote explosive/landmine/IED",
                     sentence="A bomb exploded at a fruit market in the city on Friday, killing five and wounding 22.")
    text = "The death toll from a bomb blast at a fruit market in the city rose to 11 on Saturday, officials said."
    revision = report(1, "b", day="2024-06-08", fatalities=6, sentence=text, date_offset=text.index("Saturday"))
    assert revision.revision and not revision.exact_day
    assert (str(revision.first), str(revision.last)) == ("2024-06-02", "2024-06-08")
    link = compare(bombing, revision, RULES)
    assert link.score >= RULES.link and "a revision of its toll" in link.why
    grenade = report(1, "c", day="2024-06-08", event_type="Explosions/Remote violence", sub_event_type="Grenade",
                     sentence="Militants lobbed a grenade into a police post in the city on Saturday.")
    assert compare(revision, grenade, RULES).score < RULES.link
    unhurt = report(1, "d", day="2024-06-05", event_type="Explosions/Remote violence", sub_event_type="Grenade",
                    sentence="Militants hurled a grenade at a police post in the city on Wednesday, wounding three.")
    assert compare(revision, unhurt, RULES).score < RULES.link
    assert {len(c.reports) for c in cluster([bombing, revision, grenade, unhurt], RULES)} == {2, 1}
    # a toll risen by a day the sentence gives before its cue names the event's day: "a bombing on Friday"
    named = "The toll from a bombing on Friday in the city's fruit market rose to 11, officials said."
    assert report(1, "e", day="2024-06-07", sentence=named, date_offset=named.index("Friday")).exact_day
    # "more than a dozen died" tells a toll, not its rise
    many = "More than a dozen people died when a bomb exploded in the market on Friday."
    assert report(1, "f", day="2024-06-07", sentence=many, date_offset=many.index("Friday")).exact_day


def test_the_day_its_dead_were_found_dates_the_finding() -> None:
    """"The bodies of nine men shot dead by gunmen were found on Monday" dates the finding: the shooting lies on that
    day or the two before, so it joins Sunday's shooting of eight men at the same ranch (tolls rise as bodies are
    found); the day of a shooting itself is its day, and the finding does not reach forward to Tuesday's."""
    found = ("The bodies of nine men shot dead by gunmen were found on Monday at a ranch in Kano, police said.")
    finding = report(1, "a", day="2024-03-04", fatalities=9, sentence=found, date_offset=found.index("Monday"))
    assert finding.told and not finding.exact_day
    shot = report(1, "b", day="2024-03-03", fatalities=8, sentence=NAMED.replace("five traders", "eight men"))
    link = compare(finding, shot, RULES)
    assert link.score >= RULES.link and "told 1 day after" in link.why
    tuesday = report(1, "c", day="2024-03-05", fatalities=2, sentence="Gunmen killed a police officer and his son in "
                     "Kano on Tuesday.")
    assert compare(finding, tuesday, RULES).score < RULES.link
