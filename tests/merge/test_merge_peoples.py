"""A community named by who it is, an ethnic group or a faith, is no name of one event (`[words] peoples`): a
communal conflict's every event names it, as attackers or as victims, as a war's every event names its armed
groups."""

from __future__ import annotations

from mergerows import report

from eventwatch.merge import compare, load_rules
from eventwatch.merge.words import salient_words

RULES = load_rules()


def test_ethnic_groups_and_faiths_are_no_distinctive_words() -> None:
    words = salient_words("Armed Hausa vigilantes shot dead two Fulani herders near a Christian school in Jalingo "
                          "on Monday, Ibrahim Sule said.", set(), RULES)
    assert words == {"jalingo", "ibrahim", "sule"}


def test_two_attacks_of_one_state_and_day_sharing_only_a_people_are_not_joined() -> None:
    """Vigilantes' attack on herders by a river, placed at the state, and three traders shot dead in a town of it
    the same day: "Hausa" names the attackers of one and the victims of the other. A name of the event shared (the
    victim's) still joins a report of the state to one of its town."""
    river = report(1, "a", "Kano State", fatalities=4, sentence="Armed Hausa vigilantes attacked herders camped by "
                   "the Challawa river in Kano State on Monday, killing four.")
    traders = report(1, "b", "Ungogo", place_text="Ungogo", fatalities=3, sentence="Gunmen shot dead three Hausa "
                     "traders, among them Sani Bello, in Ungogo on Monday.")
    link = compare(river, traders, RULES)
    assert "hausa" not in river.words | traders.words
    assert link.conflict is None and link.score < RULES.link and not link.named
    same = report(1, "c", "Kano State", fatalities=3, sentence="Gunmen shot dead three Hausa traders, among them "
                  "Sani Bello, in Kano State on Monday.")
    assert compare(same, traders, RULES).score >= RULES.link
