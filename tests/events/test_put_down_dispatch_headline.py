# ruff: noqa: E501  (the team-written texts are kept as written, one paragraph a line)
"""Trial14's fix-half classes of coder98 (issue 10): fighters "neutralised" or "eliminated" are dead
(`put_down.put_down_patterns`), forces sent where a story's events happen code no Change to group/activity
(`staged.dispatched_forces`), and a headline in capitals left in the body codes nothing beside the paragraphs under it
(`report_days.headline_paragraphs`). Team-written variants: other words, countries, tenses, lower case; each beside
what the same words must keep."""

from __future__ import annotations

import pytest

from eventwatch.api import extract
from eventwatch.events import EventCoder
from eventwatch.events.counts import find_fatalities
from eventwatch.events.report_days import headline_paragraphs


@pytest.mark.parametrize(("text", "dead"), [
    ("Four assailants were neutralised during the exchange of fire, the army said.", 4),
    ("Troops repelled the raid on the post and eliminated seven insurgents, the army said.", 7),
    ("police said twelve suspected kidnappers were neutralized in the forest on sunday.", 12),
    ("The air force said it had taken out at least 15 militants in the strikes.", 15),
    ("Three bandits were put out of action near the mine.", 3),
    # no fighters counted: devices, fees, a rally; and a count that may be of captives
    ("Two explosive devices were neutralised by the bomb squad.", None),
    ("The council eliminated two fees for market traders.", None),
    ("Activists took out a protest rally in the city centre.", None),
    ("Six rebels were neutralised or captured, the statement said.", None),
])
def test_fighters_put_down_are_dead(text: str, dead: int | None) -> None:
    assert find_fatalities(text) == dead


def test_a_communique_gives_the_clash_its_dead() -> None:
    text = ("Ministry of Defence statement\nBamako, 3 March 2026\n\n"
            "On Sunday, our forces repelled an attack by terrorists on the post at Tessit. Six assailants were "
            "neutralised and two motorbikes were destroyed.\n")
    clashes = [e for e in extract(text) if e.event_type == "Battles"]
    assert [e.fatalities for e in clashes] == [6]


def _coded(coder: EventCoder, nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.sub_event_type for sent in nlp(text).sents for m in coder.code_sentence(sent, antecedent=False)]


@pytest.mark.parametrize("text", [
    "Police reinforcements were rushed from the provincial capital on Monday night.",
    "gendarmes and soldiers were sent to the village of Kobi on monday evening, the governor said.",
    "The army said it had dispatched 250 more troops to its posts along the northern border.",
    "Reinforcements are on their way to Mopti, the governor said.",
])
def test_forces_sent_code_nothing(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _coded(coder, nlp, text) == []


@pytest.mark.parametrize("text", [
    "On Tuesday two companies were redeployed from Gao to Ansongo, the army said.",
    "The army imposed a curfew on the town on Friday.",
    "A convoy of armoured vehicles entered the town on Thursday.",
])
def test_movements_of_their_own_stay(coder: EventCoder, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Change to group/activity" in _coded(coder, nlp, text)


def test_a_short_text_keeps_its_reading(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    """`read_text` (classify, ACLED notes, the arbiter's training) reads without the story's checks."""
    text = "On 3 May 2022, police reinforcements were sent to Kisumu after the unrest."
    reading = coder.read_text(nlp(text), note=True)
    assert reading.coding is not None and reading.coding.rule.sub_event_type == "Change to group/activity"


RAID = """NATIONAL POLICE SERVICE
MEDIA STATEMENT
Castries, Tuesday 14 April 2026

GUNMAN SHOT DEAD AND RIFLES SEIZED IN NIGHT RAID

Officers executed a search warrant at a house in Babonneau at about 11 p.m. on Monday 13 April 2026. The officers came under fire and returned fire.

Two rifles and a quantity of ammunition were recovered.
"""

BULLETIN = """Morning bulletin
Kigali, 5 June 2026

THREE PASSENGERS HURT IN BUS CRASH

A bus left the road near Muhanga on Thursday and three passengers were taken to hospital.
"""


def test_a_headline_in_capitals_codes_nothing_beside_its_body() -> None:
    events = extract(RAID)
    assert events and all("SEIZED" not in e.evidence.sentence.text for e in events)


def test_the_headline_paragraphs() -> None:
    text = "SOLDIERS AMBUSHED NEAR TOWN\n\nGunmen ambushed a patrol on Monday.\n\nPOLICE STATION BURNED\n\nNo one was hurt.\n"
    starts = [0, text.index("Gunmen"), text.index("POLICE"), text.index("No one")]
    assert headline_paragraphs(text, starts, {1}) == {0}  # the second headline's paragraphs coded nothing
    assert headline_paragraphs(text, starts, {1, 3}) == {0, 2}
    assert headline_paragraphs(text, starts, set()) == set()
    # a sentence in capitals with its stop, or a line in mixed case, is no headline
    text = "GUNMEN AMBUSHED A PATROL ON MONDAY.\n\nTwo soldiers died.\n"
    assert headline_paragraphs(text, [0, text.index("Two")], {1}) == set()
    text = "Soldiers ambushed near town\n\nGunmen ambushed a patrol on Monday.\n"
    assert headline_paragraphs(text, [0, text.index("Gunmen")], {1}) == set()


def test_a_lone_headline_keeps_its_event() -> None:
    """The body under it codes nothing (a crash): nothing to drop, nothing coded from the headline either way."""
    assert headline_paragraphs(BULLETIN, [0, BULLETIN.index("THREE"), BULLETIN.index("A bus")], set()) == set()


def test_a_truce_signed_after_a_clash_is_coded_where_it_was_signed() -> None:
    """`coder._signing_told`: the lead's clash absorbs its truce; the sentence telling the signing codes it."""
    text = ("BANGUI, 9 March 2026 (wire) - Rebels and soldiers clashed near Bouar on Saturday, killing four.\n\n"
            "The ceasefire was agreed on Sunday in Bangui, officials said.\n")
    found = {(e.sub_event_type, e.location) for e in extract(text)}
    assert ("Agreement", "Bangui") in found and any(sub == "Armed clash" for sub, _ in found)


def test_a_reported_signing_stays_a_reference(coder: EventCoder, nlp) -> None:  # type: ignore[no-untyped-def]
    """"confirmed that the deal was signed" reports the signing told before: a definite noun refers back."""
    sent = next(iter(nlp("Officials confirmed that the deal was signed after the talks in Addis Ababa.").sents))
    assert coder.code_sentence(sent, antecedent=True) == []
    sent = next(iter(nlp("The truce was signed on Friday at a meeting in Juba, the government said.").sents))
    assert [m.sub_event_type for m in coder.code_sentence(sent, antecedent=True)] == ["Agreement"]
