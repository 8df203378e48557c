"""A report placed only at its province or country against one placed at a town: what the coarser report's whole
document and the finer report's own words say about where it happened."""

from __future__ import annotations

from mergerows import report

from eventwatch.merge import cluster, compare, load_rules

RULES = load_rules()
COUNTRY_ONLY = {"location": "Nigeria", "admin1": None, "admin2": None, "geonameid": 2328926, "geo_precision": 3,
                "latitude": 10.0, "longitude": 8.0}


def test_a_country_level_report_whose_document_names_the_village_joins_it() -> None:
    """The lead says "in northern Nigeria"; the village comes a few sentences on: a reader of the whole article
    places it there, so the comparison weighs the village as named, not only the country."""
    village = report(1, "a", place_text="Dawaki", sentence="Gunmen killed eleven traders in Dawaki on Monday.",
                     fatalities=11)
    lead = "Gunmen killed at least nine people in northern Nigeria on Monday, police said."
    vague = report(1, "b", **COUNTRY_ONLY, place_text="Nigeria", sentence=lead, fatalities=9,
                   doc_text=f"{lead} Residents of Dawaki said the men arrived on motorcycles.")
    unnamed = report(1, "c", **COUNTRY_ONLY, place_text="Nigeria", sentence=lead, fatalities=9, doc_text=lead)
    assert "dawaki" in vague.doc_names and not village.doc_names  # only a coarse report reads its whole document
    joined = compare(village, vague, RULES)
    assert joined.score >= RULES.link and any("document" in why for why in joined.why)
    assert compare(village, unnamed, RULES).score < RULES.link
    assert len(cluster([village, vague], RULES)) == 1


def test_the_document_naming_a_town_outside_the_reports_province_does_not_join_them() -> None:
    """A province-level report whose document mentions a town of another province (what followed elsewhere) is
    still a report of its own province."""
    town = report(1, "a", "Zaria", place_text="Zaria", sentence="Gunmen killed eleven traders in Zaria on Monday.")
    lead = "Gunmen killed nine traders in Kano State on Monday."
    state = report(1, "b", "Kano State", place_text="Kano State", sentence=lead,
                   doc_text=f"{lead} Traders in Zaria closed their shops.")
    assert compare(town, state, RULES).conflict is not None


def test_a_town_misplaced_outside_the_province_its_own_report_names_is_inside_it() -> None:
    """The gazetteer placed the village in another state, but its report writes the state the other report was
    placed at: its words outweigh the coordinate."""
    coarse = report(1, "b", "Kano State", place_text="Kano State",
                    sentence="Gunmen killed nine traders in Kano State on Monday.")
    says = report(1, "a", "Zaria", place_text="Dawaki",
                  sentence="Gunmen killed eleven traders in Dawaki, a village of Kano State, on Monday.")
    silent = report(1, "c", "Zaria", place_text="Dawaki", sentence="Gunmen killed eleven traders in Dawaki on Monday.")
    assert compare(coarse, silent, RULES).conflict is not None
    link = compare(coarse, says, RULES)
    assert link.conflict is None and link.score >= RULES.link


def test_two_districts_each_named_by_its_report_are_two_places() -> None:
    """"In all constituencies of Dholpur district", "of Barmer district": one party's protests in two districts of
    one province the same day; a district's name spelt another way than the gazetteer's is still its name."""
    def district(doc: str, written: str, admin2: str) -> dict[str, object]:
        return {"location": admin2, "admin2": admin2, "geo_precision": 3, "place_text": written, "geonameid": None,
                "event_type": "Protests", "sub_event_type": "Peaceful protest",
                "sentence": f"Party members protested in {written} district against the scheme."}
    dholpur = report(1, "a", "Kano State", **district("a", "Dholpur", "Dhaulpur"))
    barmer = report(1, "b", "Kano State", **district("b", "Barmer", "Barmer"))
    state = report(1, "c", "Kano State", place_text="Kano State", event_type="Protests",
                   sub_event_type="Peaceful protest", sentence="Party members protested across Kano State.")
    assert dholpur.district and barmer.district and not state.district
    assert compare(dholpur, barmer, RULES).conflict == "districts Dhaulpur and Barmer"
    assert compare(dholpur, state, RULES).conflict is None


def test_a_town_misplaced_at_a_namesake_far_away_is_in_the_province_its_report_writes() -> None:
    """Two town reports of one attack, one read at a namesake in another province 150 km away though it writes the
    other's province ("in Wudil, Kano State", placed in Kaduna): its words outweigh the coordinate, so the two are
    not two towns far apart. Writing its point's own province too, or not the other's, it stays apart."""
    fine = report(1, "a", place="Wudil", fatalities=4,
                  sentence="Gunmen attacked the Wudil cattle market on Monday, killing four traders.")
    namesake = dict(place="Zaria", location="Wudil", place_text="Wudil", fatalities=4)
    misplaced = report(1, "b", sentence="Gunmen killed four traders at a cattle market in Wudil, Kano State, on "
                                        "Monday.", **namesake)
    assert misplaced.admin1 == "Kaduna" and fine.admin1 == "Kano"
    link = compare(fine, misplaced, RULES)
    assert link.conflict is None and link.score >= RULES.link
    assert any("which its report writes" in why for why in link.why)
    both = report(1, "c", sentence="Gunmen killed four traders at a cattle market in Wudil, Kano State, on Monday, "
                                   "Kaduna police said.", **namesake)
    silent = report(1, "d", sentence="Gunmen killed four traders at a cattle market in Wudil on Monday.", **namesake)
    assert all(compare(fine, other, RULES).conflict for other in (both, silent))
