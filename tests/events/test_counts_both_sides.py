"""Every death of an event, on both sides, and the latest toll (issue 10; ACLED's convention, README "Fatalities").

Team-written variants of the trial sets' toll errors (trial5 Mexico and Pakistan, trial7 Iran and Russia, the demo's
Cauca clash): other words, countries, tenses, numbers in words and digits. What must not be added stays in the same
file: the wounded, the animals and houses, a subset told by "including", a toll of the year's violence.
"""

from __future__ import annotations

import pytest

from eventwatch.events import find_fatalities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two groups under one death verb, after the kill verb's count
        ("Gunmen stormed a border post near Chaman, killing six soldiers and two of the attackers, the army said.", 8),
        ("The rebels ambushed a convoy outside Beni on Friday, killing 4 soldiers and 3 civilians.", 7),
        ("An air strike hit the market, killing twelve fighters and a child, residents said.", 13),
        # two groups before the verb
        ("Two policemen and seven bandits were killed in a gunfight in Zamfara on Monday.", 9),
        ("Eleven militants and 3 soldiers died when the insurgents attacked the base in Kidal.", 14),
        ("A gendarme and three jihadists were killed in the clash near Diapaga, the ministry said.", 4),
        ("In the exchange of fire, five attackers and one police officer died and four officers were wounded.", 6),
        # more dead told as besides
        ("The governor said six villagers were shot dead, adding that two gunmen had also been killed.", 8),
        ("Troops repelled the assault on the camp; nine soldiers were killed and three assailants were also killed.",
         12),
        # a killing and a wound told as fatal, one victim each
        ("A gunman opened fire on a minibus near Kumasi, killing the driver and fatally wounding a passenger.", 2),
        ("Troops shot dead a shepherd and mortally wounded his son outside Tubas on Friday.", 2),
        # a revised toll replaces the count it revises
        ("Officials first reported two dead; by the evening the health ministry raised the toll to seven.", 7),
        ("A wounded man died in hospital on Thursday, bringing the toll to 4.", 4),
        ("Three people were killed on Monday; on Tuesday the toll had risen to six.", 6),
        ("The army first said four officers were killed, then raised the toll to 6, adding that 5 rebels had also "
         "been killed.", 11),
    ],
)
def test_every_death_of_the_event_is_counted(text: str, expected: int) -> None:
    assert find_fatalities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wounded are not dead
        ("The bomb killed two people and wounded eleven others in Quetta.", 2),
        ("Militants attacked the post, killing three policemen and 12 others were injured.", 3),
        ("Gunmen shot dead two traders and injured a bus driver near Kisumu.", 2),
        # a wound not told as fatal
        ("The blast killed the driver and wounded his passenger on the road to Khost.", 1),
        # an old death a protest is about: "fatally shot" alone is no death of the event
        ("Relatives marched in Oakland to demand charges against the officers who fatally shot a man in 2020.", None),
        # a second group that is not people
        ("Raiders attacked the herders, killing three people and 40 cows, a local official said.", 3),
        ("The strike hit the village, killing two residents and five houses were destroyed.", 2),
        # a part of the dead, not more of them, also between commas
        ("Nine people including four children were killed in the shelling of Kramatorsk.", 9),
        ("At least nine people, including four children, were killed in the shelling of Kramatorsk.", 9),
        ("Five herders, among them a 14-year-old boy, were shot dead near Mokwa.", 5),
        ("Twelve soldiers, including a colonel and two captains, died in the ambush.", 12),
        ("Six people, including two children, were injured in the blast.", None),
        # a vague count with a part of it between commas sums many events: read as before (no count)
        ("The UN says thousands of people, mostly from the Masalit community, were killed between June and November.",
         None),
        ("Eight people were killed, two of them police officers, when the crowd stormed the station.", 8),
        # how many of them were who, between the count and its verb (geo51)
        ("Seven people, three of them schoolchildren on their way home, were killed in the strike on Hpakant.", 7),
        ("Four guards, two of them women, were wounded when the crowd stormed the gate.", None),
        # a toll of the year's violence is no event's; "death toll" clauses are running totals upstream
        ("The toll from the year's violence in the region rose to 300.", None),
    ],
)
def test_what_is_not_more_dead_of_the_event(text: str, expected: int | None) -> None:
    assert find_fatalities(text) == expected
