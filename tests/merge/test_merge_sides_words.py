"""A side of a war named by whom it is led, backed or held ("the Saudi-led coalition", "Iran-backed militias",
"RSF-held areas": `[words] sides`) is no name of one event: every event of that war says it, as every event of a
war names its armed groups. It stays among a report's words, so that two reports naming two sides share none."""

from __future__ import annotations

from mergerows import report

from eventwatch.merge import compare, load_rules
from eventwatch.merge.match import word_score
from eventwatch.merge.words import salient_words, side

RULES = load_rules()


def test_a_side_named_by_its_leader_or_backer_is_a_word_but_no_name() -> None:
    words = salient_words("Fighting broke out as Turkish-backed factions and Government-allied militiamen traded fire "
                          "near the Bab al-Hawa crossing, the Idlib Monitor reported.", set(), RULES)
    assert words == {"turkish backed", "government allied", "bab", "idlib", "monitor"}
    assert {w for w in words if side(w, RULES)} == {"turkish backed", "government allied"}
    assert not side("al tanf", RULES) and not side("abu bakr", RULES) and not side("held", RULES)


def test_two_reports_naming_two_sides_share_no_name() -> None:
    """Air raids of the coalition and missiles of the other side, one district and day: each names its side, and
    the two share nothing, as before (the side's word is not dropped, which would leave the raids' report with no
    word at all, and a report with none is compared as one that may share any)."""
    raids = report(1, "a", "Atmeh", place_text="Atmeh", event_type="Explosions/Remote violence",
                   sub_event_type="Air/drone strike", sentence="On Monday the Russian-led coalition carried out "
                   "raids on Atmeh.")
    missiles = report(1, "b", "Atmeh", place_text="Atmeh", event_type="Explosions/Remote violence",
                      sub_event_type="Shelling/artillery/missile attack", sentence="On Monday Tahrir fighters "
                      "fired rockets from Tamanah at Atmeh.")
    assert raids.words == {"russian led"}
    assert word_score(raids, missiles, RULES) == (0.0, "", False)
    coalition = report(1, "c", "Atmeh", place_text="Atmeh", event_type="Explosions/Remote violence",
                       sub_event_type="Air/drone strike", sentence="On Monday the Russian-led coalition bombed a "
                       "bakery in Atmeh.")
    assert word_score(raids, coalition, RULES) == (0.0, "", False)


def test_two_shellings_of_one_governorate_sharing_only_a_side_are_not_joined() -> None:
    """A shelling told at the governorate with a crossing's name and one of a town of it the same day: before, the
    "Turkish-backed" both wrote was their one name in common and joined them; a name of the event both give (the
    crossing) still does."""
    crossing = report(1, "a", "Idlib", event_type="Explosions/Remote violence",
                      sub_event_type="Shelling/artillery/missile attack", actor1="Unidentified Armed Group (Syria)",
                      actor2="", inter2=0, sentence="On Monday Turkish-backed factions shelled positions by the "
                      "Bab al-Hawa crossing in Idlib governorate.")
    town = report(1, "b", "Atmeh", place_text="Atmeh", event_type="Explosions/Remote violence",
                  sub_event_type="Shelling/artillery/missile attack", actor1="Unidentified Armed Group (Syria)",
                  actor2="", inter2=0, fatalities=2, sentence="On Monday Turkish-backed factions shelled the "
                  "Karama camp in Atmeh, killing two.")
    assert "turkish backed" in crossing.words & town.words
    link = compare(crossing, town, RULES)
    assert link.conflict is None and link.score < RULES.link and not link.named
    same = report(1, "c", "Atmeh", place_text="Atmeh", event_type="Explosions/Remote violence",
                  sub_event_type="Shelling/artillery/missile attack", actor1="Unidentified Armed Group (Syria)",
                  actor2="", inter2=0, sentence="On Monday Turkish-backed factions shelled positions by the "
                  "Bab al-Hawa crossing near Atmeh.")
    assert compare(crossing, same, RULES).score >= RULES.link
