"""The spots a report places its event at, finer than the town it was placed at, and what they decide."""

from __future__ import annotations

from mergerows import report

from eventwatch.merge import cluster, compare, load_rules

RULES = load_rules()


def test_two_villages_placed_at_one_town_are_not_joined_on_their_own() -> None:
    """Shelling of two villages that geocoding placed at the town beside them: same type, day and point, but each
    report names a spot the other does not name."""
    first = report(1, "a", place_text="Kano", sentence="Gunmen killed three traders in Dawaki, Kano, on Monday.")
    second = report(1, "b", place_text="Kano", sentence="Gunmen killed two farmers in Gadan, Kano, on Monday.")
    assert first.spots == {"dawaki"} and second.spots == {"gadan"}
    link = compare(first, second, RULES)
    assert link.conflict is None and link.score < RULES.link
    assert any("named apart" in why for why in link.why)
    assert len(cluster([first, second], RULES)) == 2


def test_a_report_naming_only_the_town_or_both_spots_is_not_kept_apart() -> None:
    """A report naming only the town may tell either event; one naming both spots mentions the other's."""
    village = report(1, "a", place_text="Kano", sentence="Gunmen killed three traders in Dawaki, Kano, on Monday.")
    town = report(1, "c", place_text="Kano", sentence="Gunmen killed three traders in Kano on Monday.")
    assert not town.spots and town.seen == {"kano"}
    assert not any("named apart" in why for why in compare(village, town, RULES).why)
    both = report(1, "d", place_text="Kano",
                  sentence="Gunmen attacked traders in Dawaki, Kano, and farmers at Gadan on Monday.")
    assert not any("named apart" in why for why in compare(village, both, RULES).why)
    assert compare(village, town, RULES).score >= RULES.link


def test_one_spot_spelt_two_ways_is_one_spot() -> None:
    first = report(1, "a", place_text="Kano", sentence="A bomb exploded at the Kurmi Market in Kano on Monday.")
    second = report(1, "b", place_text="Kano", sentence="A blast hit traders in Kurmi, Kano, on Monday.")
    assert first.spots and second.spots
    assert not any("named apart" in why for why in compare(first, second, RULES).why)


def test_places_of_who_tells_it_countries_provinces_and_organisations_are_no_spots() -> None:
    """"officials in Abuja", "died in hospital in Zaria", "Nigeria's Kano State", "at DPR positions", "on Monday",
    "in RSF-held areas": none says where the event happened."""
    told = report(1, "a", place_text="Kano", sentence=(
        "Gunmen killed three in Dawaki, Kano, officials in Abuja said, and a fourth died in hospital in Zaria."))
    assert told.spots == {"dawaki"}
    assert not report(1, "b", place_text="Kano", sentence=(
        "Gunmen killed three in Nigeria's Kano State and fired at DPR positions in RSF-held areas on Monday.")).spots


def test_names_in_brackets_after_a_spot_are_its_divisions_and_a_province_report_has_its_own_spot() -> None:
    """"in Opira village (Oicha, Kano)": Oicha is the division Opira lies in, not a second spot. A report placed
    only at its province ("in Namti", which the gazetteer does not know) names a spot finer than that."""
    village = report(1, "a", place_text="Kano", sentence="Gunmen killed one in Opira village (Oicha, Kano) on Monday.")
    assert village.spots == {"opira"}
    province = report(1, "b", place="Kano State", place_text="Namti",
                      sentence="Students marched in Namti (Kano State) on Monday.")
    assert province.spots == {"namti"}


def test_a_toll_revision_is_not_kept_apart_by_where_the_wounded_died() -> None:
    bombing = report(1, "a", place_text="Kano", day="2024-03-02",
                     sentence="A bomb killed four in Dawaki, Kano, on Saturday.")
    revision = report(1, "b", place_text="Kano", day="2024-03-04", sentence=(
        "The toll from Saturday's bombing in Kano rose to five on Monday when a trader died at Gadan, Kano."))
    assert revision.revision and revision.spots
    assert not any("named apart" in why for why in compare(bombing, revision, RULES).why)


def test_a_town_report_and_a_province_report_naming_another_spot_are_not_joined_on_their_own() -> None:
    """"in Wudil" placed at the town, and "in Namti" which the gazetteer does not know, placed at Kano State: the
    town report does not name Namti, the other does not name Wudil; a report naming the town's district joins."""
    town = report(1, "a", place="Wudil", place_text="Wudil", sentence="Students marched in Wudil on Monday.")
    province = report(1, "b", place="Kano State", place_text="Namti", sentence="Students marched in Namti on Monday.")
    assert any("named apart" in why for why in compare(town, province, RULES).why)
    district = report(1, "c", place="Kano State", place_text="Wudil",
                      sentence="Students marched in Wudil local government area on Monday.")
    assert district.spots == {"wudil"}
    assert not any("named apart" in why for why in compare(town, district, RULES).why)


def test_two_towns_beyond_near_each_naming_its_own_are_not_joined_on_their_own() -> None:
    """Two towns 17 km apart, each report naming its own town and not the other's (a union's protests in two towns
    of one county): not joined on their own; a report naming the other town, or both naming one market, joins."""
    bichi = {"location": "Bichi", "geonameid": 9101, "latitude": 12.15, "longitude": 8.52, "place_text": "Bichi"}
    first = report(1, "a", place_text="Kano", sentence="Nurses led by Musa Ladan marched in Kano on Monday.")
    second = report(1, "b", sentence="Nurses led by Musa Ladan marched in Bichi on Monday.", **bichi)
    link = compare(first, second, RULES)
    assert link.score < RULES.link and "Kano and Bichi named apart" in link.why
    both = report(1, "c", sentence="Nurses led by Musa Ladan marched in Bichi, as in Kano, on Monday.", **bichi)
    assert compare(first, both, RULES).score >= RULES.link
    market = report(1, "d", place_text="Kano", sentence="Gunmen attacked the Kurmi market in Kano on Monday.")
    market_too = report(1, "e", sentence="Gunmen attacked the Kurmi market in Bichi on Monday.", **bichi)
    assert not any("named apart" in why for why in compare(market, market_too, RULES).why)


def test_a_settlement_or_a_part_named_with_its_noun_is_a_spot_and_a_copy_naming_another_is_no_copy() -> None:
    """"shelled Dawaki village", "the Gadan suburb of Kano" are spots wherever they stand; two notes one template
    filled with two villages are near-duplicates of one story, but not copies of one event."""
    village = report(1, "a", place_text="Kano", sentence="Rebels shelled Dawaki village near Kano on Monday.")
    suburb = report(1, "b", place_text="Kano", sentence="Rebels shelled the Gadan suburb of Kano on Monday.")
    assert village.spots == {"dawaki"} and suburb.spots == {"gadan"}
    copy = report(1, "c", place_text="Kano", doc_duplicate_of="a",
                  sentence="Rebels shelled Gadan village near Kano on Monday.")
    link = compare(village, copy, RULES)
    assert "one story (a copy)" not in link.why and link.score < RULES.link


def test_a_district_written_whole_with_its_small_words_is_named_by_the_other() -> None:
    """A report placed by its district ("in Dala del Norte") beside one naming a village and that district ("in Dawaki
    village, Dala del Norte"): the district's name is written in the other's sentence, small words and all ("del" is no
    capitalised name), so the two do not name two places apart."""
    district = report(1, "a", place="Kano State", admin2="Dala del Norte", place_text="Dala del Norte",
                      sentence="Gunmen ambushed a police patrol in Dala del Norte on Monday.")
    village = report(1, "b", place_text="Kano", admin2="Dala del Norte",
                     sentence="Gunmen ambushed a police patrol in Dawaki village, Dala del Norte, on Monday.")
    assert district.district and "dawaki" in village.spots
    link = compare(district, village, RULES)
    assert not any("named apart" in why for why in link.why)
    assert link.score >= RULES.link


def test_a_report_near_a_town_is_not_one_in_a_named_part_of_it() -> None:
    """A bombing "at a police station near Kano" and a bomb "in the Sabon Gari market of Kano" the same day: one beside
    the town, the other inside it (two events, not joined on their own); a report "in Kano" naming no part may tell
    either, and a division read as a part ("the Dala local government area") is no part of the town."""
    near = report(1, "a", place_text="Kano", sentence="A suicide bomber killed five police officers at a station near "
                  "Kano on Monday.")
    market = report(1, "b", place_text="Kano", sentence="A bomb exploded in the Sabon Gari market of Kano on Monday, "
                    "killing two traders.")
    town = report(1, "c", place_text="Kano", sentence="A bomb killed five police officers in Kano on Monday.")
    area = report(1, "d", place_text="Kano", sentence="A bomb killed five police officers in the Dala local government "
                  "area of Kano on Monday.")
    assert near.near and not market.near and "sabon gari" in market.parts
    link = compare(near, market, RULES)
    assert link.score < RULES.link and any(why.startswith("near Kano and in sabon gari") for why in link.why)
    assert compare(near, town, RULES).score >= RULES.link
    assert not any(why.startswith("near Kano") for why in compare(near, area, RULES).why)


def test_streets_named_by_their_numbers_are_parts_of_a_town() -> None:
    """Residents blocking "the corner of 5 Avenue and 410 Street" and others at "120 and 32 Streets" of one city the
    same day: two parts of the town named apart, as named streets are, not joined on their own."""
    corner = report(1, "a", place_text="Kano", sentence="Residents sealed off the corner of 5 Avenue and 410 Street in "
                    "Kano on Monday to protest against power cuts.", event_type="Protests",
                    sub_event_type="Peaceful protest")
    square = report(1, "b", place_text="Kano", sentence="Residents gathered at the roundabout of 120 and 32 Streets in "
                    "Kano on Monday to protest against power cuts.", event_type="Protests",
                    sub_event_type="Peaceful protest")
    assert corner.parts >= {"5 avenue", "410 street"} and square.parts >= {"120 street", "32 street"}
    link = compare(corner, square, RULES)
    assert link.score < RULES.link and any("named apart" in why for why in link.why)
    again = report(1, "c", place_text="Kano", sentence="Residents blocked 410 Street in Kano on Monday to protest "
                   "against power cuts.", event_type="Protests", sub_event_type="Peaceful protest")
    assert compare(corner, again, RULES).score >= RULES.link


def test_wards_named_by_their_numbers_are_parts_of_a_town() -> None:
    """A bomb "in ward 4" and shelling of "the army camp" of one town the same night: two parts of the town named
    apart, as named neighbourhoods are; another report of ward 4 ("Ward No. 4") joins the bomb."""
    ward = report(1, "a", place_text="Kano", sentence="A bomb exploded in ward 4 of Kano on Monday night.",
                  event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED")
    camp = report(1, "b", place_text="Kano", sentence="A bomb exploded at the Bompai army camp in Kano on Monday "
                  "night.", event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED")
    assert "ward 4" in ward.parts
    link = compare(ward, camp, RULES)
    assert link.score < RULES.link and (link.conflict or any("named apart" in why for why in link.why))
    again = report(1, "c", place_text="Kano", sentence="An explosive device went off in Ward No. 4 of Kano on Monday "
                   "night.", event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED")
    assert "ward 4" in again.parts
    assert compare(ward, again, RULES).score >= RULES.link


def test_a_kind_of_place_named_in_the_plural_is_no_spot() -> None:
    """A party's sit-ins "at District Farm Offices across the country", one report naming Kano, the other Jos (a town
    the gazetteer did not place): the buildings are many, not one spot both name that would place the unplaced
    report at the other's town; a building named in the singular is one spot."""
    kano = report(1, "a", place_text="Kano", sentence="The Farmers Party staged sit-ins at District Farm Offices "
                  "across the country, including in Kano, on Monday.", event_type="Protests",
                  sub_event_type="Peaceful protest")
    unplaced = {"country": None, "iso3": None, "admin1": None, "admin2": None, "location": None, "latitude": None,
                "longitude": None, "geonameid": None, "geo_precision": None, "place_span": False}
    jos = report(1, "b", sentence="The Farmers Party staged sit-ins at District Farm Offices across the country, "
                 "including in Jos, on Monday.", event_type="Protests", sub_event_type="Peaceful protest", **unplaced)
    assert not any("farm" in spot for spot in kano.spots | jos.spots)
    assert "farm office" in report(1, "c", sentence="Farmers gathered at the District Farm Office in Kano "
                                            "on Monday.").spots
    assert compare(kano, jos, RULES).score < RULES.link  # not "both name district farm offices"


def test_a_place_word_in_an_organisation_name_names_no_spot() -> None:
    """Shelling "near Tarauni" and shelling of "the positions of the Taraunia People's Militia near Gadan", both
    placed at Kano the same day: the militia's name is who was shelled, not the village Tarauni, so the two spots
    are named apart; a report naming Tarauni as a place still names the spot."""
    kind = {"event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack"}
    village = report(1, "a", sentence="Rebels fired mortars at army positions near Tarauni, Kano, on Monday.", **kind)
    militia = report(1, "b", sentence="Soldiers fired mortars at the positions of the Taraunia People's Militia near "
                     "Gadan, Kano, on Monday.", **kind)
    assert "taraunia" in militia.orgs and "tarauni" in village.spots
    link = compare(village, militia, RULES)
    assert link.score < RULES.link and any("named apart" in why for why in link.why)
    named = report(1, "c", sentence="Rebels shelled Tarauni and Gadan, Kano, on Monday.", **kind)
    assert not any("named apart" in why for why in compare(village, named, RULES).why)


def test_who_called_an_event_and_whom_it_was_for_are_no_spots() -> None:
    """"at the call of Young Farmers", "in support of Imran Khan", "in memory of Berta Caceres": the organisers, the
    cause and the dead, not where the event was; the place after them still is."""
    called = report(1, "a", place_text="Kano", sentence=(
        "At the call of Young Farmers, traders marched in support of Imran Khan and in memory of Berta Caceres "
        "at Kurmi market in Kano."))
    assert called.spots == {"kurmi"}
