"""Arrests of marchers beside a demonstration of their town and day (`[types] crowded_with`): one such report joins
the march it tells of, but a town holds many marches a day, so it joins one only on something it shares with it (a
name, the marchers, the cause), as two demonstrations do."""

from __future__ import annotations

from mergerows import report

from eventwatch.merge import compare, load_rules

RULES = load_rules()
ARRESTS = dict(event_type="Strategic developments", sub_event_type="Arrests",
               actor1="Police Forces of Nigeria (2015-)", inter1=1, actor2="Protesters (Nigeria)", inter2=6)
MARCH = dict(event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Nigeria)", inter1=6,
             actor2=None, inter2=None)


def test_arrests_of_unnamed_protesters_do_not_join_a_towns_march_on_type_place_and_day() -> None:
    march = report(1, "b", place_text="Kano", sentence="Traders marched in Kano on Monday to demand the reopening of "
                   "the Kurmi market.", **MARCH)
    anyone = report(1, "a", place_text="Kano", sentence="Police detained dozens of protesters in Kano on Monday.",
                    **ARRESTS)
    link = compare(anyone, march, RULES)
    assert link.conflict is None and link.score < RULES.link
    assert "nothing shared to tell one demonstration" in link.why
    # the arrests of its marchers, told with its cause, are the march's
    traders = report(1, "c", place_text="Kano", sentence="Police detained dozens of traders protesting in Kano on "
                     "Monday to demand the reopening of their market.", **ARRESTS)
    joined = compare(traders, march, RULES)
    assert joined.score >= RULES.link and any(w.startswith("same cause") for w in joined.why)


def test_arrests_beside_another_kind_of_event_are_not_crowded() -> None:
    """Only a demonstration crowds its town: arrests beside a riot still join on type, place and day (the riot's
    dispersal, `test_merge_places_shared`), and two reports of arrests are compared as any two reports."""
    riot = report(1, "a", event_type="Riots", sub_event_type="Violent demonstration", actor1="Rioters (Nigeria)",
                  inter1=5, actor2=None, inter2=None, place_text="Kano",
                  sentence="Youths burned tyres and threw stones at police in Kano on Monday.")
    anyone = report(1, "b", place_text="Kano", sentence="Police detained dozens of youths in Kano on Monday.",
                    **ARRESTS)
    assert "nothing shared to tell one demonstration" not in compare(riot, anyone, RULES).why
