"""Places a sentence names beside its event's own that are no second place of it (`events/asides.py`, issue 10):
the division that holds the place ("X district of Y province"), a part of a town named beside it ("the Y district"),
a river's name, where a victim was treated and where someone spoke. Team-written sentences and reports (other
words, countries and tenses than the trial sets'); a list of two places, two towns and two attacks stay two."""

from __future__ import annotations

import zlib

import pytest

from eventwatch.events.asides import division_of, part_of, says_less, spoken_at, treated_at, water_name
from eventwatch.records import Place, Span


def _at(text: str, written: str, name: str | None = None, *, admin1: str = "North", country: str = "XX",
        lat: float = 0.0, lon: float = 0.0, gid: int | None = None) -> Place:
    start = text.index(written)
    return Place(name=name or written, latitude=lat, longitude=lon, country=country, admin1=admin1,
                 feature_code="PPL", geonameid=gid if gid is not None else zlib.crc32((name or written).encode()),
                 span=Span(start, start + len(written), written))


@pytest.mark.parametrize(("text", "inner", "outer"), [
    ("A bomb exploded in Saiburi district of Thailand's southern Pattani province on Friday.", "Saiburi", "Pattani"),
    ("Gunmen killed four farmers in Dikwa district of Nigeria's northeastern Borno State.", "Dikwa", "Borno"),
    ("Rebels burnt a school in Bannu district of neighbouring Khyber Pakhtunkhwa province.", "Bannu", "Khyber"),
    ("Shells hit the hills around Batifa, in the neighbouring Zakho district, on Tuesday.", "Batifa", "Zakho"),
    ("Two men died in a clash at a market in Parshuram upazila of Feni district.", "Parshuram", "Feni"),
    ("Soldiers surrounded a house in Bacho district of Narathiwat on Tuesday.", "Bacho", "Narathiwat"),
])
def test_a_division_written_as_the_one_that_holds_the_place_is_no_second_place(text: str, inner: str,
                                                                               outer: str) -> None:
    assert division_of(text, _at(text, inner), _at(text, outer))


@pytest.mark.parametrize(("text", "first", "second", "admin2"), [
    ("Gunmen attacked Dikwa and Monguno on Monday.", "Dikwa", "Monguno", "North"),  # a list: two places
    ("Militants attacked Bannu on Monday, and Peshawar district on Tuesday.", "Bannu", "Peshawar", "North"),
    # the gazetteer puts the "province" elsewhere: a namesake, no container
    ("A bomb exploded in Saiburi district of Pattani province.", "Saiburi", "Pattani", "South"),
])
def test_a_list_or_a_namesake_elsewhere_is_no_container(text: str, first: str, second: str, admin2: str) -> None:
    assert not division_of(text, _at(text, first), _at(text, second, admin1=admin2))


def test_a_district_of_the_town_named_beside_it_is_the_town() -> None:
    text = "Russian drones struck Kharkiv overnight, damaging a school in the Shevchenkivskyi district."
    town = _at(text, "Kharkiv", lat=49.99, lon=36.23)
    assert part_of(text, _at(text, "Shevchenkivskyi", lat=50.01, lon=36.22), town)
    # a district of another town, far away, is a place of its own
    assert not part_of(text, _at(text, "Shevchenkivskyi", lat=50.45, lon=30.52), town)
    other = "Russian drones struck Kharkiv overnight, and shells hit the Izium area on Friday."
    assert not part_of(other, _at(other, "Izium", lat=49.21, lon=37.26), _at(other, "Kharkiv", lat=49.99, lon=36.23))


@pytest.mark.parametrize(("text", "name", "water"), [
    ("Shells fired from across the Kabul river hit Jalalabad.", "Kabul", True),
    ("Artillery fire from Russian positions across the Dnipro River hit a shop.", "Dnipro", True),
    ("Russian artillery shelled Dnipro on Sunday.", "Dnipro", False),
])
def test_a_river_is_not_the_town_of_its_name(text: str, name: str, water: bool) -> None:
    assert water_name(text, _at(text, name)) is water


@pytest.mark.parametrize(("text", "name", "treated"), [
    ("A man injured in the clash at Sitamarhi died at a hospital in Darbhanga on Sunday.", "Darbhanga", True),
    ("A woman wounded in Kisumu was taken to the Nakuru General Hospital, where she died.", "Nakuru", True),
    ("the bodies were taken to the morgue in herat, officials said.", "herat", True),
    ("A man injured in the clash at Sitamarhi died at a hospital in Darbhanga on Sunday.", "Sitamarhi", False),
    ("Two wounded officers were referred to a hospital in Peshawar.", "Peshawar", True),
    # a side of the town between the hospital and its town (geo49)
    ("A second victim died on Friday at the regional hospital in central Tamale.", "Tamale", True),
    ("The wounded guard was taken to a clinic in northern Kumasi.", "Kumasi", True),
    # a crowd at a hospital: the hospital's town is where it happened
    ("Nurses staged a silent protest in front of the Hospital in Lugo on Tuesday.", "Lugo", False),
    ("Health workers gathered outside Kisii General Hospital to protest unpaid wages.", "Kisii", False),
    # a town a victim was carried to for care, with no hospital named (trial11's class 4: "flown to Cabinda city")
    ("One soldier was wounded and was flown to Bamenda city for treatment.", "Bamenda", True),
    ("The injured driver was rushed by road to Kayes for urgent surgery on Friday.", "Kayes", True),
    ("Two wounded rangers were later airlifted to the town of Rundu for medical treatment.", "Rundu", True),
    ("the boy was taken to moroto for treatment, police said.", "moroto", True),
    # the town where the care was asked for, or where it happened: not carried there
    ("Residents of Goma marched to demand free treatment for the wounded.", "Goma", False),
    ("Doctors in Tamale went on strike for better care of patients.", "Tamale", False),
    ("Protesters marched to Blantyre for the second day on Monday.", "Blantyre", False),
])
def test_where_a_victim_was_treated_is_not_where_it_happened(text: str, name: str, treated: bool) -> None:
    assert treated_at(text, _at(text, name)) is treated


def _span(text: str, written: str) -> Span:
    start = text.index(written)
    return Span(start, start + len(written), written)


@pytest.mark.parametrize(("text", "written", "spoken"), [
    ("Gunmen shot dead two traders on Friday, a relative told reporters in Kaduna.", "Kaduna", True),
    ("The party's chairman said in Mombasa that the arrests were illegal.", "Mombasa", True),
    ("The governor, speaking at Maiduguri on Monday, said the road was closed.", "Maiduguri", True),
    ("A survivor told Reuters in Kano that the gunmen came at night.", "Kano", True),
    # a locative that opens the sentence of a claim or a report: where the event happened (ACLED's notes)
    ("On 4 March 2024, in Kalay town (Kalay township, Sagaing region), a local defence group claimed that it shot "
     "dead two soldiers.", "Kalay town", False),
    ("In Bunia, residents reported that armed men looted three shops overnight.", "Bunia", False),
    ("The bodies of three men were found in the Tumaco area, police reported.", "the Tumaco area", False),
])
def test_only_a_place_written_right_after_a_verb_of_speaking_is_where_someone_spoke(text: str, written: str,
                                                                                     spoken: bool) -> None:
    """`locate.said_at_spans` reads a locative on any verb of saying or reporting; only the one written right after
    the verb of speaking ("told reporters in", "said in") is where someone spoke (`spoken_at`)."""
    span = _span(text, written)
    assert spoken_at(text, [span]) == ([span] if spoken else [])


def _country(text: str, written: str, name: str, country: str) -> Place:
    return Place(name=name, latitude=0.0, longitude=0.0, country=country, feature_code="PCLI",
                 span=_span(text, written))


def _town(name: str, country: str) -> Place:
    return Place(name=name, latitude=0.0, longitude=0.0, country=country, feature_code="PPL")


def test_an_adjective_says_less_than_the_story_town_of_its_country_or_the_reports() -> None:
    text = "The fighters withdrew towards Nigerian waters after the raid."
    nigerian = [_country(text, "Nigerian", "Nigeria", "NG")]
    # the story is at an island base of the report's country (Chad): the adjective names where they went
    assert says_less(nigerian, [_town("Bol", "TD")], _town("N'Djamena", "TD"), _town("N'Djamena", "TD"), [])
    greek = "Students occupied buildings at three Greek universities."
    assert says_less([_country(greek, "Greek", "Greece", "GR")], [_town("Athens", "GR")], None, None, [])


def test_two_peoples_or_a_namesake_abroad_say_no_less() -> None:
    text = "Israeli soldiers stopped the Palestinian at a gate."
    peoples = [_country(text, "Israeli", "Israel", "IL"), _country(text, "Palestinian", "Palestine", "PS")]
    assert not says_less(peoples, [_town("Hebron", "PS")], _town("Hebron", "PS"), None, [])
    person = "The fight began after the Palestinian tried to stop the bulldozer."
    palestinian = [_country(person, "Palestinian", "Palestine", "PS")]
    assert not says_less(palestinian, [_town("Hebron", "PS")], None, None, [_span(person, "Palestinian")])
    vote = "The members called on all South African voters to back the ANC."
    south_african = [_country(vote, "South African", "South Africa", "ZA")]
    # a party's name read as a town in Panama, the report's only town and so its fallback: no place of the story
    assert not says_less(south_african, [_town("El Copé", "PA")], _town("El Copé", "PA"), None, [])
    # the same town carried in a report whose dateline is in its country says more
    assert says_less(south_african, [_town("Soweto", "ZA")], _town("Soweto", "ZA"), None, [])


STORIES = [
    # (team-written report, the events it should give: sub-type, place)
    ("Two soldiers were killed when a roadside bomb exploded beside their patrol in Saiburi district of Thailand's "
     "southern Pattani province on Friday, police said.", [("Remote explosive/landmine/IED", "Sai Buri")]),
    ("Gunmen killed four farmers in Dikwa district of Nigeria's northeastern Borno State on Monday, residents said.",
     [("Attack", "Dikwa")]),
    ("Turkish artillery shelled villages around Batifa, in the neighbouring Zakho district, on Wednesday.",
     [("Shelling/artillery/missile attack", "Batifa")]),
    ("Gunmen shot dead two traders near Birnin Gwari on Friday. They opened fire on the traders' car at a "
     "checkpoint, a relative told reporters in Kaduna.", [("Attack", "Birnin Gwari")]),
    ("A man injured in a clash between two groups at Sitamarhi on Saturday died at a hospital in Darbhanga on "
     "Sunday, police said.", [("Mob violence", "Sītāmarhi")]),
    ("Shells fired from across the Kabul river hit houses in Jalalabad on Tuesday, killing a child.",
     [("Shelling/artillery/missile attack", "Jalālābād")]),
    ("Russian drones struck Kharkiv overnight into Friday, damaging a school in the Shevchenkivskyi district and "
     "wounding five people, the mayor said.", [("Air/drone strike", "Kharkiv")]),
    ("Police fired tear gas at protesters in Kisumu on Tuesday. The party's leader said in Nairobi that the "
     "crackdown was illegal.", [("Protest with intervention", "Kisumu")]),
    # ACLED's way of writing a note: the opening locative of a claim is where it happened, not where it was said
    ("On 4 March 2024, in Kalay town (Kalay township, Sagaing region), a local defence group claimed that it shot "
     "dead two soldiers.", [("Armed clash", "Kalemyo")]),
    # a riot told again at its province by the police of the province: the riot (`occurrence`'s coarse fold)
    ("Residents blocked the highway near Ladysmith with burning tyres and rocks on Monday night, demanding jobs for "
     "local drivers.\n\nThe group stopped trucks and set fire to two of them, KwaZulu-Natal police said.",
     [("Violent demonstration", "Ladysmith"), ("Looting/property destruction", "Durban")]),
    # distinct occurrences stay apart: a list of two towns, two attacks in two towns
    ("Gunmen attacked Dikwa and Monguno on Monday, killing six people.", [("Attack", "Dikwa"), ("Attack", "Monguno")]),
    ("Gunmen killed a farmer in Maru on Thursday. Gunmen killed two traders in Gusau on Thursday.",
     [("Attack", "Maru"), ("Attack", "Gusau")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "wanted"), STORIES)
def test_team_written_reports_give_one_event_at_the_place_of_the_occurrence(text: str,
                                                                           wanted: list[tuple[str, str]]) -> None:
    from eventwatch.api import extract

    assert [(e.sub_event_type, e.location) for e in extract(text, "2024-03-16")] == wanted


@pytest.mark.slow
@pytest.mark.parametrize(("text", "wanted"), [
    ("Armed men abducted twenty villagers in a raid on a village in the Maru area of Zamfara State, police said.\n\n"
     "The attackers arrived at around midnight on Thursday, shooting into the air, and went from house to house, a "
     "survivor said.", [("Abduction/forced disappearance", "Maru", "2024-03-14")]),
    ("Gunmen kidnapped eleven passengers from a bus on a highway near Kachia, police said.\n\nThe gunmen stopped the "
     "bus late on Wednesday and shot at its tyres, a passenger who escaped said.",
     [("Abduction/forced disappearance", "Kachia", "2024-03-13")]),
])
def test_an_undated_lead_takes_the_day_its_detail_tells(text: str, wanted: list[tuple[str, str, str]]) -> None:
    """The lead names the occurrence (an abduction), a later sentence its day and a detail of it (shots): one
    event, the lead's, on the detail's day (`retelling.merge_undated`)."""
    from eventwatch.api import extract

    assert [(e.sub_event_type, e.location, e.event_date) for e in extract(text, "2024-03-16")] == wanted
