"""A country's capital named by its country ("the Nigerian capital") names the city; a march and the riot it ended
in, told by one report at one place and day, are one demonstration."""

from __future__ import annotations

from typing import Any

from mergerows import report

from eventwatch.merge import cluster, compare, load_rules
from eventwatch.merge.written import capitals

RULES = load_rules()
ABUJA: dict[str, Any] = {"location": "Abuja", "admin1": "Federal Capital Territory", "admin2": "Municipal Area Council",
                         "latitude": 9.06, "longitude": 7.49, "geonameid": 2352778}
UNPLACED: dict[str, Any] = {k: None for k in ("country", "iso3", "admin1", "admin2", "location", "latitude",
                                               "longitude", "geonameid", "geo_precision")}
PROTEST: dict[str, Any] = {"event_type": "Protests", "sub_event_type": "Peaceful protest",
                           "actor1": "Protesters (Nigeria)", "inter1": 6, "actor2": None, "inter2": None}
RIOT: dict[str, Any] = {"event_type": "Riots", "sub_event_type": "Violent demonstration",
                        "actor1": "Rioters (Nigeria)", "inter1": 5, "actor2": "Police Forces of Nigeria (2023-)",
                        "inter2": 1}


def test_a_capital_named_by_its_country_is_the_city() -> None:
    assert capitals("Students marched in the Nigerian capital on Thursday.") == {"Abuja"}
    assert capitals("A grenade went off in the capital of Kenya.") == {"Nairobi"}
    assert capitals("Lawyers rallied in Pakistan's capital on Monday.") == {"Islamabad"}
    assert capitals("Thousands marched in the Chilean capital's streets.") == {"Santiago"}
    # a province's capital, or a capital of no country named, is no country's capital
    assert capitals("Teachers blocked the road into Rio Gallegos, the capital of Santa Cruz province.") == set()
    assert capitals("Traders marched in the capital on Monday.") == set()


def test_a_report_writing_the_capital_by_its_country_names_the_capitals_reports_town() -> None:
    """"marched in the Nigerian capital", a report whose place the gazetteer did not find, is placed as a report
    naming Abuja beside one placed there; without the phrase nothing says where it was."""
    town = report(1, "a", sentence="Students marched through central Abuja on Thursday demanding free tuition.",
                  **{**PROTEST, **ABUJA})
    capital = report(1, "b", sentence="Students marched in the Nigerian capital on Thursday demanding free tuition.",
                     **{**PROTEST, **UNPLACED})
    assert "both name Abuja" in compare(town, capital, RULES).why
    vague = report(1, "c", sentence="Students marched in the capital on Thursday demanding free tuition.",
                   **{**PROTEST, **UNPLACED})
    assert "one unplaced" in compare(town, vague, RULES).why


def test_a_march_and_the_riot_it_ended_in_are_one_demonstration_of_their_report() -> None:
    """"Students marched in Kano ... The march ended in clashes with riot police": one occurrence (ACLED codes a
    protest that turned violent as one event), which a report telling only the clashes joins; at another place, or
    two demonstrations of one sentence (a rally and its counter-rally), they stay two."""
    march = report(1, "a", sentence="Thousands of students marched in Kano on Thursday led by Musa Ladan.", **PROTEST)
    clashes = report(2, "a", sentence="The march in Kano ended in clashes between youths and riot police.", **RIOT)
    assert compare(march, clashes, RULES).conflict is None
    told = report(1, "b", sentence="Youths led by Musa Ladan clashed with riot police at a march in Kano on Thursday.",
                  **RIOT)
    assert len(cluster([march, clashes, told], RULES)) == 1
    elsewhere = report(3, "a", place="Wudil", sentence="In Wudil students clashed with police.", **RIOT)
    assert compare(march, elsewhere, RULES).conflict == "one report's events are different events"
    both = "Supporters rallied in Kano on Thursday as opponents threw stones at them."
    rally, counter = report(4, "a", sentence=both, **PROTEST), report(5, "a", sentence=both, **RIOT)
    assert compare(rally, counter, RULES).conflict == "one report's events are different events"
