"""A day the story gives, not the event's sentence (`merge/report_days.py`): a detail paragraph that names no date
of its own takes its lead's day (`events.when.lead_date`), which is most often its event's day but not one the
sentence names. The merge reads it as that day, not as a day named outright: it scores as a vaguer date does and
tells no two events apart."""

from __future__ import annotations

from mergerows import report

from eventwatch.merge import cluster, compare, load_rules
from eventwatch.merge.match import days_named_apart

RULES = load_rules()
# a detail paragraph of a report of mortar bombs on one village of a city's edge: the city is the story's place, the
# day its lead's (Wednesday); the sentence names neither
REPELLED = dict(event_type="Battles", sub_event_type="Armed clash", actor1="Military Forces of Nigeria (2023-)",
                inter1=1, actor2="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", inter2=2,
                sentence="The military said troops had repelled the attackers.", date_span=False, place_span=True,
                lead=False, date_offset=None)
# another report's lead: a mortar bomb on a ward of the same city the same evening, a look-alike
WARD = dict(event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
            actor1="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", inter1=2, actor2="Civilians (Nigeria)",
            inter2=7, fatalities=1, lead=True,
            sentence="A woman was killed when a Boko Haram mortar bomb hit a house in Fagge on Wednesday evening.")


def test_a_day_only_the_story_gives_is_that_day_but_not_named() -> None:
    detail = report(2, "a", day="2024-03-06", **REPELLED)
    assert (str(detail.first), str(detail.last), detail.exact_day) == ("2024-03-06", "2024-03-06", False)
    # the same sentence naming its day ("... repelled the attackers on Wednesday") names it outright
    named = report(2, "b", day="2024-03-06", **{**REPELLED, "date_span": True})
    assert named.exact_day and named.first == named.last
    # a day a photo caption gives is named by the report, as extraction says in the event's notes
    caption = report(2, "c", day="2024-03-06", **{**REPELLED, "notes": "... Date from the photo caption “Mar 6”."})
    assert caption.exact_day
    # a day the report's own date gave (no time expression, week precision) is still the week before it
    week = report(2, "d", day="2024-03-07", **{**REPELLED, "time_precision": 2})
    assert (str(week.first), week.exact_day) == ("2024-03-01", False)


def test_a_detail_paragraph_does_not_join_a_look_alike_by_the_day_its_lead_gave() -> None:
    """The village shelling's report tells in its detail paragraph that troops repelled the attackers: at the city,
    on the lead's day. A look-alike of the same city and day (a mortar bomb on one of its wards) is no more that
    clash than the village's shelling; read as a day named outright, the detail joined it (0.795), and through it a
    report of the ward's bomb could leave its own report's lead."""
    detail = report(2, "a", day="2024-03-06", place="Kano", **REPELLED)
    ward = report(1, "w", day="2024-03-06", place="Kano", **WARD)
    assert compare(detail, ward, RULES).score < RULES.link
    said = report(2, "a", day="2024-03-06", place="Kano", **{**REPELLED, "date_span": True})
    assert compare(said, ward, RULES).score > compare(detail, ward, RULES).score
    assert all(len(c.reports) == 1 for c in cluster([detail, ward], RULES))


def test_a_day_only_the_story_gives_tells_no_two_events_apart() -> None:
    """Two reports each placing its event at a town and naming its day are told apart on two days; a detail paragraph
    dated by its lead does not name its day, so the rule does not read it (its lead may have dated another day's
    event: "five days after fighting on the campus left 30 hurt")."""
    shooting = dict(sentence="Gunmen shot dead a trader at the Kurmi market in Kano on Monday.", place_span=True)
    monday = report(1, "m", day="2024-03-04", **shooting)
    tuesday = report(1, "t", day="2024-03-05", **{**shooting, "date_span": True})
    assert days_named_apart(monday, tuesday) == "days named apart"
    story = report(1, "s", day="2024-03-05", **{**shooting, "date_span": False})
    assert days_named_apart(monday, story) == ""
