"""How many an event killed when its sentence or paragraph also tells something else: the counts of an "after"
clause (`totals.without_running_totals`) and of the next sentence (`totals.carried_tolls`), deaths counted by a noun
and a victim named in apposition (`counts.find_fatalities`). Team-written sentences, one mechanism each; each test of
a mechanism failed on main e5d6fc9 (the guards, that a count stays where it belongs, pass on both)."""

from __future__ import annotations

from eventwatch.events import EventCoder
from eventwatch.events.counts import find_fatalities


def _sent(nlp, text: str):  # type: ignore[no-untyped-def]
    return next(iter(nlp(text).sents))


def _coded(nlp, coder: EventCoder, text: str, event_type: str):  # type: ignore[no-untyped-def]
    mentions = [m for m in coder.code_sentence(_sent(nlp, text), antecedent=False) if m.event_type == event_type]
    assert mentions, [m.sub_event_type for m in coder.code_sentence(_sent(nlp, text), antecedent=False)]
    return mentions[0]


def test_deaths_of_an_event_told_as_the_time_of_another_are_not_its_fatalities(nlp, coder: EventCoder) -> None:  # type: ignore[no-untyped-def]
    """Rioters burned shops a day after police shot two students dead: the riot killed no one (on main it carried
    the two)."""
    m = _coded(nlp, coder, "Rioters looted and burned shops in the town centre on Friday, a day after police shot "
               "dead two students.", "Riots")
    assert not m.fatalities


def test_a_participle_of_result_keeps_its_count(nlp, coder: EventCoder) -> None:  # type: ignore[no-untyped-def]
    m = _coded(nlp, coder, "Gunmen attacked the village on Friday night, killing five farmers.",
               "Violence against civilians")
    assert m.fatalities == 5


def test_the_event_told_in_the_after_clause_keeps_its_count(nlp, coder: EventCoder) -> None:  # type: ignore[no-untyped-def]
    sent = _sent(nlp, "Traders closed their shops on Friday after gunmen killed three of them on the highway.")
    killings = [m for m in coder.code_sentence(sent, antecedent=False) if m.event_type == "Violence against civilians"]
    assert all(m.fatalities == 3 for m in killings)


def test_deaths_counted_by_a_noun() -> None:
    assert find_fatalities("The hospital confirmed four deaths after the clashes.") == 4
    assert find_fatalities("The editor received two death threats last week.") is None
    assert find_fatalities("The court handed down five death sentences.") is None


def test_a_named_victim_in_apposition_was_killed() -> None:
    assert find_fatalities("Relatives said a 40-year-old farmer, Musa Bello, was shot dead near his home.") == 1


def test_a_toll_counted_in_the_next_sentence_is_the_events(nlp) -> None:  # type: ignore[no-untyped-def]
    """"Militants attacked the checkpoint. Three soldiers were killed.": the second sentence codes no event, so its
    count is the attack's; a sentence that codes an event of its own keeps its count, and a new paragraph ends it."""
    from eventwatch.events.totals import carried_tolls

    attack, toll = _sent(nlp, "Militants attacked the checkpoint at dawn."), _sent(nlp, "Three soldiers were killed.")
    clash = _sent(nlp, "Troops later clashed with the militants.")
    assert carried_tolls([(0, True, attack), (0, False, toll)]) == [3, None]
    assert carried_tolls([(0, True, attack), (0, True, clash), (0, False, toll)]) == [None, 3, None]
    assert carried_tolls([(0, True, attack), (1, False, toll)]) == [None, None]


def test_a_day_of_the_month_before_a_death_dates_it() -> None:
    assert find_fatalities("Protesters called for justice after the 12 May death of a taxi driver.") is None
