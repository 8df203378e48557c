"""Protest news that reports no protest, and protest forms the rules must keep (`senses.py`, `cues.py`,
`modality.py`, `modality.toml`, `cues.toml`): a team's rally to a win and a market's rally, a mine as a pit or a
place, a device word in an agency's name or a comparison, a month called March, figures of speech, someone who storms
out, officials who gather to meet, people who visit or are carried, a victim named by an adjective; and, kept,
stones thrown by pupils, a rampage, a hunger strike on a weekday, a strike still going on. Team-written sentences,
each beside the event the same words must keep."""

from __future__ import annotations

import pytest

from eventwatch.events import EventCoder


@pytest.mark.parametrize("text", [
    # a team that comes back to win, a scoreline or an inning (`rally_other_senses`)
    "Liverpool scored twice in the last ten minutes to rally to a 2-1 win at Leeds on Sunday.",
    "Brown hit a two-run homer, helping the Tigers rally for a 7-5 win over Boston.",
    # what rallies is a market (`rally_market_subjects`)
    "Bond markets drifted lower on Monday as the market paused after a three-day rally.",
    "Dealers doubted the ability of the bond market to extend its recent rally.",
    # a mine among factories, in a clause about operations, or as a place (`pit_words`, `pit_preps`)
    "Output from factories, mines and utilities rose 3 percent in June.",
    "The union hopes the new owner will get operations at the mine going again soon.",
    # a device word inside an agency's name, or in a comparison
    "The Bureau of Alcohol, Tobacco, Firearms and Explosives will tighten its rules on gun dealers.",
    "The coach said the young sprinter is like a time bomb waiting to explode.",
    # someone who storms out leaves; sales that smash or beat forecasts harm no one (`figurative_objects`)
    "The minister refused to answer questions and stormed out of a meeting in the capital last week.",
    "That smashed expectations for a 2 percent rise in exports.",
    "The March production growth from factories beat forecasts.",
    # March the month (`month_preps`)
    "The reforms come a week after the ruling party won a March 14 vote by a wide margin.",
    # officials who gather meet (`meeting_people`)
    "Farm ministers from the member states gathered in Vienna on Monday to discuss falling milk prices.",
    # people who are carried or who visit (`arrest_verbs`), a victim named by an adjective (`victim_adjectives`)
    "A convoy of five boats carrying food and activists tried to reach the island in 2012.",
    "Relatives visited the home of a slain police captain on Monday.",
])
def test_no_event_is_reported(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp(text)) is None


@pytest.mark.parametrize(("text", "sub"), [
    ("Thousands of supporters held a rally in the capital on Saturday.", "Peaceful protest"),
    ("Thousands joined the March for Our Lives in Washington on Saturday.", "Peaceful protest"),
    ("Opposition leaders gathered outside the electoral commission on Tuesday to demand a recount.",
     "Peaceful protest"),
    ("A mine exploded under a truck near the border on Monday, killing two soldiers.",
     "Remote explosive/landmine/IED"),
    ("Rioters smashed shop windows in the city centre on Friday.", "Mob violence"),
    # pupils and miners are a crowd; a crowd that went on the rampage ran riot
    ("Hundreds of pupils threw stones at police on Monday.", "Violent demonstration"),
    ("Disgruntled miners went on the rampage on Friday morning, police said.", "Violent demonstration"),
    # a hunger strike on a weekday is no missile strike
    ("Nurses at the hospital went on a hunger strike on Monday.", "Peaceful protest"),
    # a strike still going on, or a sit-in that continues, is under way (`ongoing_words`)
    ("Workers at the plant are still on strike.", "Peaceful protest"),
    ("The sit-in at the university continues.", "Peaceful protest"),
])
def test_event_is_kept(coder: EventCoder, nlp, text: str, sub: str) -> None:  # type: ignore[no-untyped-def]
    coded = coder.classify(nlp(text))
    assert coded is not None and coded[1] == sub


@pytest.mark.parametrize("text", [
    "Militants often attack convoys on this road.",
    "Riots still break out every year in the district.",
])
def test_habits_stay_habits(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.classify(nlp(text)) is None
