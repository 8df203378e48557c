"""Names that are only the place two reports tell do not tell one event from another: spots named apart are not
joined through a third report, demonstrations at one building need more than its name, a district is a place."""

from __future__ import annotations

from mergerows import report

from eventwatch.merge import cluster, compare, load_rules

RULES = load_rules()
PROTEST = {"event_type": "Protests", "sub_event_type": "Peaceful protest", "actor1": "Protesters (Nigeria)",
           "inter1": 6, "actor2": None, "inter2": None}


def test_two_spots_named_apart_are_not_joined_through_a_report_of_the_town() -> None:
    """Shelling of two villages told at one town, and a third report naming only the town: the third may join
    either, not both into one event."""
    dawaki = report(1, "a", place_text="Kano", sentence="Gunmen killed three traders in Dawaki, Kano, on Monday.")
    gadan = report(1, "b", place_text="Kano", sentence="Gunmen killed two farmers in Gadan, Kano, on Monday.")
    town = report(1, "c", place_text="Kano", sentence="Gunmen killed traders and farmers in Kano on Monday.")
    link = compare(dawaki, gadan, RULES)
    assert link.separate and link.score < RULES.link
    assert compare(dawaki, town, RULES).score >= RULES.link and compare(gadan, town, RULES).score >= RULES.link
    groups = sorted(sorted(r.doc_id for r in c.reports) for c in cluster([dawaki, gadan, town], RULES))
    assert ["a", "b"] not in groups and len(groups) == 2
    # in any order, the same events
    assert groups == sorted(sorted(r.doc_id for r in c.reports) for c in cluster([town, gadan, dawaki], RULES))


def test_two_spots_named_apart_sharing_a_name_beyond_them_can_be_joined_through_a_third() -> None:
    """One union's nurses told marching in two villages of a town, both reports quoting its official: perhaps one
    march through both, which a report of the town may join."""
    first = report(1, "a", place_text="Kano", sentence="Nurses led by Musa Ladan marched in Dawaki, Kano, on Monday.",
                   **PROTEST)
    second = report(1, "b", place_text="Kano", sentence="Nurses led by Musa Ladan marched in Gadan, Kano, on Monday.",
                    **PROTEST)
    town = report(1, "c", place_text="Kano", sentence="Nurses led by Musa Ladan marched in Kano on Monday.", **PROTEST)
    link = compare(first, second, RULES)
    assert any("named apart" in why for why in link.why) and not link.separate
    assert len(cluster([first, second, town], RULES)) == 1


def test_demonstrations_at_one_building_need_a_name_beyond_it() -> None:
    """Two groups' protests in front of one palace the same day share its name, which is where both were; a union
    official both quote, or a building one marched from, still tells one demonstration."""
    first = report(1, "a", place_text="Kano", sentence="Land owners protested in front of the Emir Palace, Kano, on "
                   "Monday.", **PROTEST)
    second = report(1, "b", place_text="Kano", sentence="Teachers protested in front of the Emir Palace, Kano, on "
                    "Monday.", **PROTEST)
    link = compare(first, second, RULES)
    assert link.score < RULES.link and "nothing shared to tell one demonstration" in link.why
    quoted = report(1, "c", place_text="Kano", sentence="Teachers led by Musa Ladan protested in front of the Emir "
                    "Palace, Kano, on Monday.", **PROTEST)
    again = report(1, "d", place_text="Kano", sentence="Musa Ladan said teachers protested at the Emir Palace, Kano, "
                   "on Monday.", **PROTEST)
    assert compare(quoted, again, RULES).score >= RULES.link
    held = report(1, "e", place_text="Kano", sentence="Nurses protested outside the Afya House in Kano on Monday.",
                  **PROTEST)
    marched = report(1, "f", place_text="Kano", sentence="Police fired tear gas at nurses marching from Afya House "
                     "to the Emir Palace in Kano on Monday.", **PROTEST)
    assert compare(held, marched, RULES).score >= RULES.link


def test_a_report_placed_by_its_district_names_that_district_against_another_districts_spot() -> None:
    """One party's rallies in two districts of one state: "in Dholpur district", placed at the district, and a
    report placed at the state that names "Barmer" only: two places."""
    district = report(1, "a", place="Kano State", place_text="Wudil district", admin2="Wudil",
                      sentence="Party members rallied in Wudil district on Monday.", **PROTEST)
    assert district.district and not district.seen
    other = report(1, "b", place="Kano State", place_text="Bichi", admin2=None,
                   sentence="Party members rallied in Bichi on Monday.", **PROTEST)
    assert any("named apart" in why for why in compare(district, other, RULES).why)


def test_a_reports_arrests_at_its_demonstration_are_one_occurrence_with_it() -> None:
    """"Protesters threw stones at police ... Police said 32 people were arrested": the riot and the arrests of one
    report at one place and day are one event by ACLED's rule, which a report telling only the arrests joins; the
    report's other events stay apart."""
    riot = report(1, "a", event_type="Riots", sub_event_type="Violent demonstration", actor1="Rioters (Nigeria)",
                  inter1=5, sentence="Protesters led by Musa Ladan threw stones at police in Kano on Monday.")
    arrests = report(2, "a", event_type="Strategic developments", sub_event_type="Arrests",
                     actor1="Police Forces of Nigeria (2023-)", inter1=1,
                     sentence="Police said 32 protesters led by Musa Ladan were arrested in Kano on Monday.")
    told = report(1, "b", event_type="Strategic developments", sub_event_type="Arrests",
                  actor1="Police Forces of Nigeria (2023-)", inter1=1,
                  sentence="Police arrested 32 protesters led by Musa Ladan in Kano on Monday.")
    assert compare(riot, arrests, RULES).conflict is None
    assert len(cluster([riot, arrests, told], RULES)) == 1
    burned = report(3, "a", event_type="Strategic developments", sub_event_type="Looting/property destruction",
                    sentence="Protesters set fire to a bus in Kano on Monday.")
    assert compare(riot, burned, RULES).conflict == "one report's events are different events"
    elsewhere = report(4, "a", place="Wudil", event_type="Strategic developments", sub_event_type="Arrests",
                       sentence="Police arrested 5 protesters in Wudil on Monday.")
    assert compare(riot, elsewhere, RULES).conflict is not None


def test_a_place_written_only_as_a_distances_reference_joins_nothing() -> None:
    """"attacked Dawaki, 40 km north of Kano", read at Kano too: Kano is where the distance is measured from, so the
    event read there joins no report of Kano's own events; a report that writes Kano as its place still joins."""
    reference = report(2, "a", place_text="Kano",
                       sentence="Gunmen led by Musa Ladan attacked Dawaki, 40 km north of Kano, on Monday.")
    assert reference.reference
    town = report(1, "b", place_text="Kano", sentence="Gunmen led by Musa Ladan attacked a market in Kano on Monday.")
    assert not town.reference
    link = compare(reference, town, RULES)
    assert link.score < RULES.link and link.separate
    again = report(1, "c", place_text="Kano", sentence="Gunmen led by Musa Ladan raided a Kano market on Monday.")
    assert compare(town, again, RULES).score >= RULES.link


def test_an_organisation_after_a_locative_is_no_spot() -> None:
    """"at the positions of the Kano People's Militia near Dawaki": the militia is who was shelled, Dawaki where."""
    shelled = report(1, "a", place_text="Kano", sentence=(
        "Soldiers fired mortars at the positions of the Kano People's Militia near Dawaki, Kano, on Monday."))
    assert shelled.spots == {"dawaki"}


def test_the_events_place_spelt_another_way_is_no_distinctive_name() -> None:
    """"Faggeh" written for the gazetteer's "Fagge" (as "Haradh" for "Ḩaraḑ"): the place, scored as such, not a name
    two look-alikes of that town share; other names stay."""
    attack = report(1, "a", place="Fagge",
                    sentence="Gunmen attacked traders of Faggeh and Kurmi on Monday, police said.")
    assert attack.words == {"kurmi"}


def test_demonstrations_called_by_two_organisations_named_apart_are_two() -> None:
    """Two unions' press conferences at one building the same day, each named by its acronym and sharing a speaker's
    name: two organisers, two events. One union named by its acronym in one report and written out in the other
    ("NUT", "the Nigeria Union of Teachers") is one organiser."""
    first = report(1, "a", place_text="Kano", sentence="Members of the NUT held a press conference with banners "
                   "outside the Emir Palace, Kano, on Monday, urging Governor Musa Ladan to pay arrears.", **PROTEST)
    second = report(1, "b", place_text="Kano", sentence="Members of the NANNM held a press conference with banners "
                    "outside the Emir Palace, Kano, on Monday, urging Governor Musa Ladan to hire nurses.", **PROTEST)
    link = compare(first, second, RULES)
    assert link.score < RULES.link and any("organisers named apart" in why for why in link.why)
    spelt = report(1, "c", place_text="Kano", sentence="The Nigeria Union of Teachers held a press conference at the "
                   "Emir Palace, Kano, on Monday, urging Governor Musa Ladan to pay arrears.", **PROTEST)
    assert compare(first, spelt, RULES).score >= RULES.link
