"""An occurrence told again at the town heading the report (`events/headed.py`, the first fold of
`fold_occurrences`): team-written reports whose dateline's or column item's town the assembler codes beside the place
the sentence names give one event at the sentence's place; a head town the sentence names itself, an item that names
no other place, two towns of the kind, another country, and a paragraph opening with a town stay as they are."""

from __future__ import annotations

import dataclasses

from evidence_text import evidence_in

from eventwatch.events.occurrence import fold_occurrences
from eventwatch.records import Event, Span

TYPES = {"Armed clash": "Battles", "Attack": "Violence against civilians", "Peaceful protest": "Protests",
         "Protest with intervention": "Protests", "Abduction/forced disappearance": "Violence against civilians",
         "Air/drone strike": "Explosions/Remote violence"}
PLACES = {"Nairobi": 1, "Kisumu": 2, "Garoua": 3, "Figuil": 4, "Lusaka": 5, "Mpika": 6, "Isoka": 7, "Harare": 8,
          "Bulawayo": 9, "Lilongwe": 10, "Zomba": 11, "Kyiv": 12, "Moscow": 13, "Sucre": 14, "Potosi": 15,
          "Tamale": 16, "Yendi": 17, "Juba": 18, "Bor": 19, "Malakal": 20}
COUNTRIES = {"Nairobi": "Kenya", "Kisumu": "Kenya", "Garoua": "Cameroon", "Figuil": "Cameroon", "Lusaka": "Zambia",
             "Mpika": "Zambia", "Isoka": "Zambia", "Harare": "Zimbabwe", "Bulawayo": "Zimbabwe",
             "Lilongwe": "Malawi", "Zomba": "Malawi", "Kyiv": "Ukraine", "Moscow": "Russia", "Sucre": "Bolivia",
             "Potosi": "Bolivia", "Tamale": "Ghana", "Yendi": "Ghana", "Juba": "South Sudan",
             "Bor": "South Sudan", "Malakal": "South Sudan"}


def told(text: str, sub: str, place: str, date: str | None, *, trigger: str, where: str, at: int | None = None,
         actor1: str | None = None, fatalities: int = 0) -> Event:
    """An event of `text` as the assembler builds it, placed by the words `where` (the head's town when `at` is 0
    or the offset of a column item's town, else the first `where` of the trigger's sentence)."""
    evidence = evidence_in(text, trigger, place=None if at is not None else where)
    if at is not None:
        start = text.index(where, at)
        evidence = dataclasses.replace(evidence, place=Span(start, start + len(where), where))
    country = COUNTRIES[place]
    return Event(event_id=f"{sub}-{place}-{text.index(trigger)}", doc_id="d", event_type=TYPES[sub],
                 sub_event_type=sub, evidence=evidence, event_date=date, date_value=date, time_precision=1,
                 actor1=actor1, country=country, iso3=country[:3].upper(), admin1="Province", location=place,
                 latitude=0.0, longitude=0.0, geo_precision=1, geonameid=PLACES[place], fatalities=fatalities)


RALLY = ("NAIROBI, Kenya, March 3, 2026 (wire) - About 300 teachers marched in Kisumu, in western Kenya, on Monday to "
         "demand unpaid allowances. They dispersed after the county director received a petition.")


def test_one_mention_at_the_datelines_town_and_at_the_sentences_town_is_one_event() -> None:
    events = [told(RALLY, "Peaceful protest", "Nairobi", "2026-03-02", trigger="marched", where="NAIROBI", at=0),
              told(RALLY, "Peaceful protest", "Kisumu", "2026-03-02", trigger="marched", where="Kisumu")]
    [one] = fold_occurrences(events, RALLY)
    assert one.location == "Kisumu" and "at Nairobi" in one.notes




def test_a_lead_told_at_the_country_is_the_one_clash_the_report_places_there() -> None:
    # the lead names only "northern Zambia" and is coded at the dateline's town; the later sentence places it
    text = ("LUSAKA, 4 April 2026 (wire) - Wildlife officers killed five poachers in a gunfight in northern Zambia "
            "on Thursday, the parks authority said. The officers had tracked the group for two days and caught up "
            "with it near Mpika, where the poachers opened fire.")
    events = [told(text, "Armed clash", "Lusaka", "2026-04-02", trigger="gunfight", where="LUSAKA", at=0,
                   actor1="Government of Zambia", fatalities=5),
              told(text, "Armed clash", "Mpika", None, trigger="opened fire", where="Mpika",
                   actor1="Unidentified Armed Group (Zambia)")]
    [one] = fold_occurrences(events, text)
    assert (one.location, one.fatalities, one.actor1) == ("Mpika", 5, "Government of Zambia")


def test_a_lead_told_at_the_country_stays_when_the_report_places_its_kind_at_two_towns() -> None:
    text = ("LUSAKA, 4 April 2026 (wire) - Soldiers fought poachers twice in northern Zambia this week, the army "
            "said. Troops clashed with one group near Mpika. Troops also fought a gang near Isoka.")
    events = [told(text, "Armed clash", "Lusaka", "2026-04-02", trigger="fought poachers", where="LUSAKA", at=0),
              told(text, "Armed clash", "Mpika", None, trigger="clashed", where="Mpika"),
              told(text, "Armed clash", "Isoka", None, trigger="fought a gang", where="Isoka")]
    assert {e.location for e in fold_occurrences(events, text)} == {"Lusaka", "Mpika", "Isoka"}


def test_the_datelines_town_named_by_its_sentence_is_its_own_event() -> None:
    # "HARARE ... in central Harare": the head's town is the sentence's own place, and Bulawayo's is another protest
    text = ("HARARE, May 5, 2026 (wire) - Vendors protested in central Harare on Monday, while in Bulawayo police "
            "dispersed a march by teachers.")
    events = [told(text, "Peaceful protest", "Harare", "2026-05-04", trigger="protested", where="HARARE", at=0),
              told(text, "Peaceful protest", "Bulawayo", "2026-05-04", trigger="protested", where="Bulawayo")]
    assert {e.location for e in fold_occurrences(events, text)} == {"Harare", "Bulawayo"}


def test_a_column_item_that_names_no_other_place_is_at_its_town() -> None:
    text = ("NEWS IN BRIEF\nLILONGWE: Police fired tear gas on Monday to disperse vendors near the old market.\n"
            "ZOMBA: About 400 students marched peacefully on Monday.")
    events = [told(text, "Protest with intervention", "Lilongwe", "2024-11-04", trigger="disperse",
                   where="LILONGWE", at=0),
              told(text, "Peaceful protest", "Zomba", "2024-11-04", trigger="marched", where="ZOMBA", at=0)]
    assert {e.location for e in fold_occurrences(events, text)} == {"Lilongwe", "Zomba"}


def test_a_copy_in_another_country_than_the_sentences_place_stays() -> None:
    # a mention fanned to the dateline's capital and to a town of another country: not read as one town's copy
    text = "MOSCOW, Aug 12, 2025 (wire) - A drone struck a depot in Kyiv on Monday night, the ministry said."
    events = [told(text, "Air/drone strike", "Moscow", "2025-08-11", trigger="struck", where="MOSCOW", at=0),
              told(text, "Air/drone strike", "Kyiv", "2025-08-11", trigger="struck", where="Kyiv")]
    assert {e.location for e in fold_occurrences(events, text)} == {"Moscow", "Kyiv"}


def test_a_paragraph_opening_with_a_town_is_no_dateline() -> None:
    text = ("Miners blocked roads near Potosi on Monday.\nSucre, the constitutional capital, was calm - but miners "
            "marched in Potosi on Tuesday, unions said.")
    events = [told(text, "Peaceful protest", "Sucre", "2025-06-03", trigger="marched", where="Sucre", at=40),
              told(text, "Peaceful protest", "Potosi", "2025-06-03", trigger="marched", where="Potosi")]
    assert {e.location for e in fold_occurrences(events, text)} == {"Sucre", "Potosi"}


def test_a_column_items_town_beside_the_place_its_sentence_names_is_one_event() -> None:
    # one trigger fanned out to the item's town and to the town the sentence names; the country is not named
    text = ("REGIONS IN BRIEF\nTAMALE: Farmers and herders clashed near Yendi on Tuesday after cattle strayed onto "
            "a maize farm, a police spokesman said.")
    events = [told(text, "Armed clash", "Tamale", "2026-05-05", trigger="clashed", where="TAMALE", at=0),
              told(text, "Armed clash", "Yendi", "2026-05-05", trigger="clashed", where="Yendi")]
    [one] = fold_occurrences(events, text)
    assert one.location == "Yendi" and "at Tamale" in one.notes


def test_a_road_named_after_the_items_town_does_not_name_that_town() -> None:
    text = ("REGIONS IN BRIEF\nTAMALE: Gunmen blocked the Tamale-Yendi road near Yendi on Monday evening and "
            "abducted six traders from a bus.")
    events = [told(text, "Abduction/forced disappearance", "Tamale", "2026-05-04", trigger="abducted",
                   where="TAMALE", at=0),
              told(text, "Abduction/forced disappearance", "Yendi", "2026-05-04", trigger="abducted", where="Yendi")]
    assert [e.location for e in fold_occurrences(events, text)] == ["Yendi"]


def test_a_way_of_any_of_the_routes_nouns_named_after_the_items_town_does_not_name_that_town() -> None:
    # one list of a way's nouns with `events/routes.py`: "axis", "stretch", "freeway" and plurals as "road"
    text = ("REGIONS IN BRIEF\nTAMALE: Gunmen blocked the Tamale-Yendi axis near Yendi on Monday evening and "
            "abducted six traders from a bus.")
    events = [told(text, "Abduction/forced disappearance", "Tamale", "2026-05-04", trigger="abducted",
                   where="TAMALE", at=0),
              told(text, "Abduction/forced disappearance", "Yendi", "2026-05-04", trigger="abducted", where="Yendi")]
    assert [e.location for e in fold_occurrences(events, text)] == ["Yendi"]


def test_a_town_of_another_province_beside_a_column_items_town_stays() -> None:
    # a column's item is headed by the seat of its province: a town elsewhere is more often a namesake of a place in
    # the item's town
    text = "REGIONS IN BRIEF\nTAMALE: Youths stoned a police post near Bor on Monday night, police said."
    events = [told(text, "Attack", "Tamale", "2026-05-04", trigger="stoned", where="TAMALE", at=0),
              dataclasses.replace(told(text, "Attack", "Bor", "2026-05-04", trigger="stoned", where="Bor"),
                                  admin1="Jonglei")]
    assert {e.location for e in fold_occurrences(events, text)} == {"Tamale", "Bor"}


def test_a_dateline_of_two_towns_heads_with_each() -> None:
    # a wire's dateline names where it was filed, anywhere in the country
    text = ("JUBA/MALAKAL, May 5, 2026 - Gunmen attacked a cattle camp near Bor on Monday, killing four herders, "
            "local officials said.")
    events = [told(text, "Attack", "Juba", "2026-05-04", trigger="attacked", where="JUBA", at=0, fatalities=4),
              told(text, "Attack", "Malakal", "2026-05-04", trigger="attacked", where="MALAKAL", at=0, fatalities=4),
              dataclasses.replace(told(text, "Attack", "Bor", "2026-05-04", trigger="attacked", where="Bor",
                                       fatalities=4), admin1="Jonglei")]
    [one] = fold_occurrences(events, text)
    assert (one.location, one.fatalities) == ("Bor", 4)


def test_a_part_of_the_items_town_named_by_its_unit_word_stays_at_the_town() -> None:
    text = ("REGIONS IN BRIEF\nTAMALE: Residents of the Yendi sector blocked a road with burning tyres on Monday to "
            "protest against power cuts.")
    events = [told(text, "Peaceful protest", "Tamale", "2026-05-04", trigger="protest", where="TAMALE", at=0),
              told(text, "Peaceful protest", "Yendi", "2026-05-04", trigger="protest", where="Yendi")]
    assert {e.location for e in fold_occurrences(events, text)} == {"Tamale", "Yendi"}


def test_a_sentence_naming_the_items_town_beside_another_keeps_both() -> None:
    # the item's town is a place of the sentence's own: two protests, one per town
    text = "REGIONS IN BRIEF\nTAMALE: Nurses marched in Tamale and in Yendi on Monday to demand unpaid allowances."
    events = [told(text, "Peaceful protest", "Tamale", "2026-05-04", trigger="marched", where="TAMALE", at=0),
              told(text, "Peaceful protest", "Yendi", "2026-05-04", trigger="marched", where="Yendi")]
    assert {e.location for e in fold_occurrences(events, text)} == {"Tamale", "Yendi"}
