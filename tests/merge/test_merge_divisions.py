"""The divisions a place is written with, in a bracket after it ("Tsaure village (Doguwa, Kano)"), are places
(`named.bracket_divisions`): like the place both reports tell, they do not tell one event of the district from
another, though two brackets naming two districts still tell two events of a province apart."""

from __future__ import annotations

from mergerows import report

from eventwatch.merge import compare, load_rules
from eventwatch.merge.named import bracket_divisions

RULES = load_rules()


def test_a_bracket_of_divisions_after_a_place_gives_its_words() -> None:
    assert bracket_divisions("Gunmen shot dead two herders in Tsaure village (Doguwa, Kano) on Monday.") \
        == {"doguwa", "kano"}
    assert bracket_divisions("Soldiers clashed with rebels near Kambe (Beni territory, North Kivu).") \
        == {"beni", "territory", "north", "kivu"}
    # one name in a bracket (an agency, an acronym, a country) or a bracket of prose lists no divisions
    for text in ("KANO, Nigeria, March 4 (AFP) — Gunmen shot dead two herders.",
                 "Members of the Kano Traders Union (KTU) marched on Monday.",
                 "Gunmen (suspected bandits, witnesses said) attacked the market."):
        assert bracket_divisions(text) == frozenset()


def _march(doc: str, village: str, cause: str) -> object:
    return report(1, doc, "Kano State", place_text=village, event_type="Protests", sub_event_type="Peaceful protest",
                  actor1="Protesters (Nigeria)", inter1=6, actor2=None, inter2=0,
                  sentence=f"Residents of {village} (Doguwa, Kano) marched to the council office on Monday {cause}.")


def test_two_marches_of_one_district_sharing_only_its_divisions_are_kept_apart_for_good() -> None:
    """Two marches of one state and day at two villages of one district, each written with the district and nothing
    else in common: held apart by their villages, and the district's name in both brackets is no name shared beyond
    their places (as the town both are placed at is not), so no third report joins them (`separate`); one village's
    march told twice still joins."""
    tsaure = _march("a", "Tsaure", "against the closure of a clinic")
    ririwai = _march("b", "Ririwai", "to demand that a mining road be repaired")
    assert tsaure.divisions == ririwai.divisions == {"doguwa", "kano"}
    link = compare(tsaure, ririwai, RULES)  # type: ignore[arg-type]
    assert link.score < RULES.link and link.separate
    again = _march("c", "Tsaure", "against the closure of their clinic")
    assert compare(tsaure, again, RULES).score >= RULES.link  # type: ignore[arg-type]
