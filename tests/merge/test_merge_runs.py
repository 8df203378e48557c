"""A day of a run of days ("for the second consecutive day"): each day of a run of protests or blockades is its own
event, so two reports naming their days outright, days apart, of which one tells such a day, are kept apart, and no
third report chains them (`merge.match.days_of_a_run`)."""

from __future__ import annotations

from mergerows import report

from eventwatch.merge import Report, compare, load_rules
from eventwatch.merge.match import days_of_a_run

RULES = load_rules()


def _blockade(doc: str, day: str, sentence: str) -> Report:
    return report(1, doc, day=day, event_type="Protests", sub_event_type="Peaceful protest",
                  actor1="Protesters (Nigeria)", inter1=6, actor2=None, inter2=None, sentence=sentence)


MONDAY = "Traders of the Sabon Gari market blocked the Zaria road in Kano on Monday over new stall fees."
TUESDAY = ("Traders of the Sabon Gari market blocked the Zaria road in Kano for the second consecutive day on "
           "Tuesday over new stall fees.")


def test_a_day_of_a_run_is_read_from_its_sentence() -> None:
    """The run's wordings (a second straight day, the fourth consecutive day, the third day of, a day in a row) are
    read; a sentence naming a day with no run is not, nor a run in a sentence that names no day outright."""
    for words in ("for the second consecutive day", "for a second straight day", "for the 4th successive day",
                  "on the third day of the sit-in", "for a third day in a row", "for the third consecutive night"):
        assert _blockade("a", "2024-03-05", f"Traders blocked the Zaria road in Kano {words} on Tuesday.").run, words
    assert not _blockade("b", "2024-03-04", MONDAY).run
    assert not _blockade("c", "2024-03-04", "Traders marched for a second time in Kano on Monday.").run
    vague = report(1, "d", day="2024-03-05", time_precision=2, date_span=False, event_type="Protests",
                   sub_event_type="Peaceful protest", sentence="Traders kept up the blockade for a second day.")
    assert not vague.run  # no day of its own: the run's day is not known


def test_two_days_of_a_run_are_two_events() -> None:
    """Monday's blockade and Tuesday's "second consecutive day" share the road, the market and the cause, which joined
    them a day apart; the run tells two days. A report of the same Tuesday joins the second day still."""
    monday, tuesday = _blockade("a", "2024-03-04", MONDAY), _blockade("b", "2024-03-05", TUESDAY)
    assert days_of_a_run(monday, tuesday) == "two days of a run"
    link = compare(monday, tuesday, RULES)
    assert link.score < RULES.link and link.separate and "two days of a run" in link.why
    rewrite = _blockade("c", "2024-03-05", "For a second day, traders of the Sabon Gari market blocked the Zaria "
                                           "road in Kano on Tuesday over new stall fees.")
    assert compare(tuesday, rewrite, RULES).score >= RULES.link
    # without the run's words, the two days' reports join on the names they share (as before the rule)
    plain = _blockade("d", "2024-03-05", "Traders of the Sabon Gari market blocked the Zaria road in Kano on "
                                         "Tuesday over new stall fees.")
    assert compare(monday, plain, RULES).score >= RULES.link


def test_a_night_told_either_side_of_midnight_is_no_run_of_days() -> None:
    """A riot's second night told "late on Monday" and in the small hours of Tuesday is one night: not held apart."""
    late = report(1, "a", event_type="Riots", sub_event_type="Violent demonstration",
                  sentence="Youths set tyres ablaze in Kano for a second night late on Monday.")
    small = report(1, "b", day="2024-03-05", event_type="Riots", sub_event_type="Violent demonstration",
                   sentence="Youths set tyres ablaze in Kano in the early hours of Tuesday.")
    assert late.run and days_of_a_run(late, small) == ""
