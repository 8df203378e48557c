from __future__ import annotations

import dataclasses
import datetime as dt

from eventwatch.events.locate import dateline_span, event_places, outside, report_town
from eventwatch.records import DateRef, Place, Span


def _place(text: str, name: str, code: str = "PPL", admin1: str | None = None, country: str = "IR") -> Place:
    start = text.index(name)
    precision = 1 if code.startswith("PP") else 3
    return Place(name=name, latitude=0.0, longitude=0.0, country=country, feature_code=code, admin1=admin1,
                 geo_precision=precision, span=Span(start, start + len(name), name), geonameid=hash(name) % 10**6)


def test_a_coordinated_list_of_towns_and_a_province_is_one_place_each() -> None:
    text = "In Tehran, Isfahan, Ahvaz and Hormozgan, supporters put up posters."
    places = [_place(text, "Tehran", admin1="Tehran"), _place(text, "Isfahan", admin1="Isfahan"),
              _place(text, "Ahvaz", admin1="Khuzestan"), _place(text, "Hormozgan", "ADM1", "Hormozgan")]
    assert [p.name for p in event_places(text, places, [])] == ["Tehran", "Isfahan", "Ahvaz", "Hormozgan"]


def test_a_town_named_with_its_province_and_country_is_one_event_at_the_town() -> None:
    text = "A crowd burned a police post in Forbesganj, a town in Bihar, India."
    places = [_place(text, "Forbesganj", admin1="Bihar", country="IN"),
              _place(text, "Bihar", "ADM1", "Bihar", country="IN"), _place(text, "India", "PCLI", country="IN")]
    assert [p.name for p in event_places(text, places, [])] == ["Forbesganj"]


def test_places_naming_actors_and_regions_do_not_locate_events() -> None:
    text = "Turkish jets struck targets across the Middle East near Duhok."
    turkish = _place(text, "Turkish", "PCLI", country="TR")
    places = [turkish, _place(text, "Middle East", "RGN", country=""), _place(text, "Duhok", country="IQ")]
    assert turkish.span is not None
    assert [p.name for p in event_places(text, places, [turkish.span])] == ["Duhok"]


def test_only_a_country_when_nothing_finer_is_named() -> None:
    text = "Security forces in Iran killed protesters."
    assert [p.name for p in event_places(text, [_place(text, "Iran", "PCLI")], [])] == ["Iran"]


def test_dateline_span_covers_place_date_and_dash() -> None:
    text = "Headline here\n\nBAGHDAD, Feb 21, 2024 (Wire) — A bomb exploded on Tuesday."
    span = dateline_span(text, "Baghdad")
    assert span is not None and text[span[0]:span[1]].startswith("BAGHDAD") and text[span[1]:].startswith("A bomb")
    inside = Span(text.index("Feb"), text.index("Feb") + 11, "Feb 21, 2024")
    assert not outside(inside, span)
    assert outside(Span(text.index("Tuesday"), text.index("Tuesday") + 7, "Tuesday"), span)
    assert dateline_span(text, None) is None


def test_a_multi_day_range_is_one_event_per_day_with_fatalities_shared() -> None:
    from eventwatch.events.report_days import named_days, share_toll

    first, last = dt.date(2022, 3, 1), dt.date(2022, 3, 3)
    named = DateRef("2022-03-01/2022-03-03", "range", first, last, Span(0, 9, "1-3 March"))
    days = named_days(named)
    assert [d.value for d in days if d] == ["2022-03-01", "2022-03-02", "2022-03-03"]
    assert all(d is not None and d.time_precision == 1 for d in days)
    vague = DateRef("2022-03-01/2022-03-03", "range", first, last, Span(0, 14, "in recent days"))
    assert named_days(vague) == [vague]
    assert [share_toll(5, 3, i) for i in range(3)] == [2, 2, 1]
    assert share_toll(None, 3, 0) is None


def test_a_place_inside_an_organisation_name_does_not_locate() -> None:
    text = "Protesters blamed Ukraine International Airlines staff in Tehran."
    embedded = _place(text, "Ukraine", "PCLI", country="UA")
    embedded = Place(**{**{f: getattr(embedded, f) for f in embedded.__slots__}, "geo_precision": 2})
    assert [p.name for p in event_places(text, [embedded, _place(text, "Tehran")], [])] == ["Tehran"]
    assert event_places(text, [embedded], []) == []


def test_a_town_named_outright_beats_one_found_through_part_of_a_name() -> None:
    text = "Workers from Halden picketed a plant in Parma on Monday."
    halden = dataclasses.replace(_place(text, "Halden", country="NO"), geo_precision=2)
    parma = _place(text, "Parma", admin1="Ohio", country="US")
    assert [p.name for p in event_places(text, [halden, parma], [])] == ["Parma"]


def test_a_people_or_adjective_never_locates_an_event() -> None:
    text = "Gunmen attacked guards escorting Chinese nationals near the mine."
    chinese = _place(text, "Chinese", "PCLI", country="CN")
    assert event_places(text, [chinese], []) == []


def test_a_site_named_after_a_town_yields_to_the_town_it_lies_in() -> None:
    text = "Hundreds rallied near Mill Creek park in Kansas City on Friday."
    mill = _place(text, "Mill Creek", admin1="Washington", country="US")
    kansas = _place(text, "Kansas City", admin1="Missouri", country="US")
    assert [p.name for p in event_places(text, [mill, kansas], [])] == ["Kansas City"]
    plain = "Hundreds rallied in Mill Creek and in Kansas City on Friday."
    both = [_place(plain, "Mill Creek", country="US"), _place(plain, "Kansas City", country="US")]
    assert len(event_places(plain, both, [])) == 2


def test_a_namesake_abroad_yields_to_the_country_of_the_sentence() -> None:
    text = "Crowds gathered at the Gama camp in Colombo (Colombo, Western) on Monday."
    gama = _place(text, "Gama", country="BR")
    colombo = _place(text, "Colombo", admin1="Western", country="LK")
    western = _place(text, "Western", "ADM1", "Western", country="LK")
    assert [p.name for p in event_places(text, [gama, colombo, western], [])] == ["Colombo"]
    two = "Crowds gathered in Gama and in Colombo on Monday."
    pair = [_place(two, "Gama", country="BR"), _place(two, "Colombo", country="LK")]
    assert len(event_places(two, pair, [])) == 2  # no majority: both stand


def test_a_far_namesake_of_a_neighbourhood_yields_to_its_town() -> None:
    text = "Hundreds held a vigil in Andersonville in Chicago on Sunday."
    far = dataclasses.replace(_place(text, "Andersonville", country="US"), latitude=41.6, longitude=-80.9)
    chicago = dataclasses.replace(_place(text, "Chicago", country="US"), latitude=41.85, longitude=-87.65)
    assert [p.name for p in event_places(text, [far, chicago], [])] == ["Chicago"]
    near = dataclasses.replace(far, latitude=41.98, longitude=-87.67)  # a part of Chicago: both stand
    assert len(event_places(text, [near, chicago], [])) == 2


def test_a_people_says_where_the_paragraph_is_for_the_sentences_after() -> None:
    text = "The Iranian people have kept tearing down his image."
    iranian = _place(text, "Iranian", "PCLI", country="IR")
    assert event_places(text, [iranian], []) == []
    assert [p.country for p in event_places(text, [iranian], [], people=True)] == ["IR"]


def test_a_report_filed_from_a_hub_is_placed_where_its_text_is() -> None:
    """A wire story datelined in one country about another (team-written): the dateline town is where the reporter
    sits, so the towns the text names in the other country stand, and a country that brokered something is who
    acted, not where."""
    from eventwatch.api import extract

    text = ("NAIROBI, March 3, 2024 (Wire) — Warplanes struck a livestock market in the town of Jowhar in "
            "central Somalia on Saturday, killing six civilians, residents said.\n\n"
            "Middle Shabelle has seen repeated fighting. Officials in Balcad said the strike hit the market "
            "at noon.\n\n"
            "A truce brokered by Qatar and Turkey in May 2023 had briefly halted fighting in the region.")
    events = extract(text, "2024-03-03")
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strikes and {e.country for e in strikes} == {"Somalia"}, [(e.location, e.country) for e in events]
    assert strikes[0].location is not None and strikes[0].location in ("Jowhar", "Jawhar")
    assert not any(e.country in ("Kenya", "Qatar", "Turkey") for e in events), [(e.location, e.country) for e in events]


def test_agents_of_a_passive_verb_are_spans_of_actors(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.events.locate import agent_spans

    doc = nlp("A ceasefire brokered by Russia and Turkey halted the offensive in Idlib.")
    assert [s.text for s in agent_spans(doc, 100)] == ["Russia", "Turkey"]
    assert agent_spans(doc, 100)[0].start == 100 + doc.text.index("Russia")
    assert agent_spans(nlp("Protesters marched in Idlib."), 0) == []


def test_the_demo_report_from_beirut_on_idlib_is_placed_in_syria() -> None:
    """The demo's Syria article is datelined BEIRUT: its air strike is in Jisr al-Shughur, and nothing is placed in
    Lebanon or in Russia (which "brokered" a ceasefire)."""
    from pathlib import Path

    from eventwatch.api import process_document
    from eventwatch.readers import iter_documents
    from eventwatch.settings import Settings

    article = Path(__file__).resolve().parents[2] / "examples" / "syria-2024-09-05-idlib-air-strikes.html"
    settings = Settings.load()
    events = [e for doc in iter_documents([str(article)], settings) for e in process_document(doc, settings).events]
    assert events and {e.country for e in events} == {"Syria"}, [(e.location, e.country) for e in events]
    strike = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert (strike.location, strike.admin1, strike.geo_precision) == ("Jisr ash Shughūr", "Idleb", 1)


def test_a_place_held_by_its_bracketed_division_beats_places_outside_it() -> None:
    # the road's far end and a town inside a group's name lie in other provinces: the bracket says where it happened
    text = "Students blocked the Jaipur-Kota highway near Bassi village (Jaipur district, Rajasthan) on Monday."
    jaipur = _place(text, "Jaipur", admin1="Rajasthan", country="IN")
    kota = dataclasses.replace(_place(text, "Kota", admin1="Rajasthan", country="IN"), name="Kota")
    bassi = _place(text, "Bassi", admin1="Rajasthan", country="IN")
    # the highway's ends yield to the town it happened near (routes.py), whatever their provinces
    assert [p.name for p in event_places(text, [jaipur, kota, bassi], [])] == ["Bassi"]
    text = "Troops of the Lion Brigade (Meiktila) shelled Ywa Thit village (Salin township, Magway region)."
    meiktila = _place(text, "Meiktila", admin1="Mandalay", country="MM")
    ywa = _place(text, "Ywa Thit", "ADM2", admin1="Magway", country="MM")
    assert [p.name for p in event_places(text, [meiktila, ywa], [])] == ["Ywa Thit"]


def test_a_bracket_that_names_no_division_of_the_place_holds_nothing() -> None:
    text = "Police dispersed a rally in Paris (AFP) and in Lyon on Sunday."
    paris = _place(text, "Paris", admin1="Ile-de-France", country="FR")
    lyon = _place(text, "Lyon", admin1="Auvergne-Rhone-Alpes", country="FR")
    assert [p.name for p in event_places(text, [paris, lyon], [])] == ["Paris", "Lyon"]


def test_the_first_part_of_a_bracketed_path_is_held_by_the_rest() -> None:
    # an unknown village written with its district and province: the district's town stands for it
    text = "Gunmen raided Kpoyo (Banfora, Comoe) and Tiankoura in the Ioba area."
    banfora = _place(text, "Banfora", admin1="Cascades", country="BF")
    banfora = dataclasses.replace(banfora, admin2="Comoe")
    tiankoura = _place(text, "Tiankoura", admin1="Sud-Ouest", country="BF")
    assert [p.name for p in event_places(text, [banfora, tiankoura], [])] == ["Banfora"]


def test_a_town_in_brackets_after_a_site_beats_the_other_places() -> None:
    # a branch named after a region and farmers from elsewhere: the bracket gives the site's town
    text = "Members of the Busan-Ulsan branch rallied in front of the Labor Office (Changwon) on Monday."
    busan = _place(text, "Busan", admin1="Busan", country="KR")
    changwon = _place(text, "Changwon", admin1="South Gyeongsang", country="KR")
    assert [p.name for p in event_places(text, [busan, changwon], [])] == ["Changwon"]
    text = "Fighters of the Lion Battalion (Changwon) attacked a post in Busan."  # a group's name holds nothing
    busan = _place(text, "Busan", admin1="Busan", country="KR")
    changwon = _place(text, "Changwon", admin1="South Gyeongsang", country="KR")
    assert [p.name for p in event_places(text, [changwon, busan], [])] == ["Changwon", "Busan"]


def test_an_event_the_text_does_not_place_falls_back_to_the_reports_one_town() -> None:
    text = "Cyclists rode through the streets for safer lanes. The ride began in Patras, Greece."
    town = _place(text, "Patras", admin1="West Greece", country="GR")
    found = report_town([town, _place(text, "Greece", "PCLI", country="GR")], "GR")
    assert found is not None and (found.name, found.geo_precision) == ("Patras", 2)


def test_two_towns_or_two_divisions_leave_the_fallback_at_the_country() -> None:
    text = "Marchers left Patras for Larissa on foot."
    two = [_place(text, "Patras", admin1="West Greece", country="GR"), _place(text, "Larissa", admin1="Thessaly",
                                                                            country="GR")]
    assert report_town(two, "GR") is None
    assert report_town(two[:1], "IT") is None  # the report is about another country


def test_a_province_alone_is_the_fallback_when_no_town_is_named() -> None:
    text = "Members of the Chungbuk parents' alliance held a press conference."
    province = dataclasses.replace(_place(text, "Chungbuk", "ADM1", "North Chungcheong", country="KR"),
                                   geo_precision=2)
    found = report_town([province], "KR")
    assert found is not None and (found.admin1, found.geo_precision) == ("North Chungcheong", 3)



def _names(text: str, *towns: str) -> list[str]:
    return [p.name for p in event_places(text, [_place(text, t, admin1=t, country="NG") for t in towns], [])]


def test_the_ends_of_a_way_yield_to_the_town_the_event_happened_at() -> None:
    text = "A lorry heading from Kano, the state capital, towards Zaria hit a mine 4 km outside Rigachikun."
    assert _names(text, "Kano", "Zaria", "Rigachikun") == ["Rigachikun"]
    text = "Bandits stopped a bus on the Abuja-Kaduna highway near Katari and seized its passengers."
    assert _names(text, "Abuja", "Kaduna", "Katari") == ["Katari"]


def test_a_way_with_no_other_town_is_one_event_at_its_first_end() -> None:
    assert _names("Gunmen ambushed a convoy on the road from Sokoto to Gusau.", "Sokoto", "Gusau") == ["Sokoto"]
    assert _names("Troops clashed with militants on the road between Biu and Damboa.", "Biu", "Damboa") == ["Biu"]


def test_towns_that_are_not_a_way_stay_one_event_each() -> None:
    # "between" after a fight is who fought or where, not a road's ends; a list is a list
    assert _names("Clashes broke out between Jos and Bukuru residents.", "Jos", "Bukuru") == ["Jos", "Bukuru"]
    assert _names("Protesters gathered in Kano and Zaria on Monday.", "Kano", "Zaria") == ["Kano", "Zaria"]
    assert _names("Fighters who fled from Gwoza attacked Pulka.", "Gwoza", "Pulka") == ["Gwoza", "Pulka"]


def test_a_march_from_one_town_to_another_took_place_at_both() -> None:
    text = "Farmers marched from Ilorin to Offa on Tuesday."
    places = [_place(text, t, admin1="Kwara", country="NG") for t in ("Ilorin", "Offa")]
    assert [p.name for p in event_places(text, places, [], moving=True)] == ["Ilorin", "Offa"]
    assert [p.name for p in event_places(text, places, [])] == ["Ilorin"]


def test_a_way_written_with_a_verb_of_joining_is_a_way() -> None:
    # "the road that links A to B", "which connects A and B": the way's ends, as "the road linking A and B" (geo49)
    text = "Police fought gunmen near Dessalines Hill, on the road that links Jacmel to Marigot, on Friday."
    assert _names(text, "Dessalines Hill", "Jacmel", "Marigot") == ["Dessalines Hill"]
    text = "Troops were ambushed on the highway which connects Damboa and Biu."
    assert _names(text, "Damboa", "Biu") == ["Damboa"]
    text = "Herders and farmers who live between Jos and Bukuru clashed on Sunday."
    assert _names(text, "Jos", "Bukuru") == ["Jos", "Bukuru"]


def test_a_way_whose_other_end_was_not_found_is_still_a_way() -> None:
    # the parser may tag the other end as no place, or the gazetteer may lack it: the found end is still an end (geo49)
    text = "Police fought gunmen near Dessalines Hill, on the road that links Jacmel to Marigot, on Friday."
    assert _names(text, "Dessalines Hill", "Jacmel") == ["Dessalines Hill"]
    text = "Bandits stopped a bus on the Zaria-Funtua road near Kidandan and seized its passengers."
    assert _names(text, "Zaria", "Kidandan") == ["Kidandan"]
    text = "Bandits stopped a bus on the Kachia-Kafanchan highway near Kidandan and seized its passengers."
    assert _names(text, "Kafanchan", "Kidandan") == ["Kidandan"]
    # no way: a town alone keeps its event
    assert _names("Gunmen attacked Kidandan and Kachia residents fled.", "Kidandan") == ["Kidandan"]


def test_a_railroad_named_by_its_ends_is_a_way() -> None:
    # one list of a way's nouns with `events/headed.py`, which read "railroad" before this module did
    text = "Militants blew up a stretch of the Kano-Kaduna railroad near Zaria on Sunday."
    assert _names(text, "Kano", "Kaduna", "Zaria") == ["Zaria"]


def test_a_journeys_destination_named_alone_yields_to_the_town_it_happened_near() -> None:
    # "buses travelling to B" names where the buses were going, not where they were stopped
    text = "Gunmen fired on two lorries heading to Lokoja about 20 km outside Okene on Monday."
    assert _names(text, "Lokoja", "Okene") == ["Okene"]
    text = "Bandits stopped a minibus bound for Gusau near Tsafe and seized its passengers."
    assert _names(text, "Gusau", "Tsafe") == ["Tsafe"]
    # with no other town the destination stays: where the report puts it is all there is
    assert _names("Gunmen ambushed a convoy travelling to Gusau on Monday.", "Gusau") == ["Gusau"]
    # no verb of going: a town reached is where it happened
    text = "Troops moved to Okene and clashed with gunmen near Lokoja."
    assert _names(text, "Okene", "Lokoja") == ["Okene", "Lokoja"]
