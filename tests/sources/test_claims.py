"""Who claims an event inside a report: the attribution patterns (each example of the data file checked), the
kinds of claimant, and when a claim is one party's alone."""

from __future__ import annotations

import pytest

from eventwatch.records import Event, Evidence, Span
from eventwatch.sources import load_registry
from eventwatch.sources.claims import claim_rules, claimant_kinds, find_claims, one_side_only


@pytest.mark.parametrize("pattern", claim_rules().patterns, ids=lambda p: p.id)
def test_every_pattern_finds_its_own_example(pattern) -> None:  # type: ignore[no-untyped-def]
    claims = find_claims(pattern.example)
    assert [c.who for c in claims] == [pattern.example_who]
    assert claims[0].pattern == pattern.id


@pytest.mark.parametrize("kind", claim_rules().kinds, ids=lambda k: f"{k.kind}:{k.example}")
def test_every_claimant_kind_knows_its_example(kind) -> None:  # type: ignore[no-untyped-def]
    assert claimant_kinds(kind.example)[0] == kind.kind


@pytest.mark.parametrize(("sentence", "who", "kinds"), [
    ("Police fired tear gas to disperse the workers, police and union leaders said.", "police and union leaders",
     ("state", "crowd")),
    ("At least 14 people were killed, activists said on Tuesday.", "activists", ("monitor",)),
    ("The RSF denied attacking the camp.", "The RSF", ("armed group",)),
    ("The army said it had killed 12 rebels in the clash.", "The army", ("state",)),
    ("Tasnim reported that protesters had attacked a police station.", "Tasnim", ("state",)),
    ("Two people died, the head of the regional military administration said on Telegram.",
     "the head of the regional military administration", ("state",)),
    ("Seven people were treated for tear gas, a nurse there told reporters by telephone.", "a nurse there",
     ("medical",)),
    ("The grenade exploded at 9.45 p.m., said Deputy Inspector General of Police Aslam Khan Kakar.",
     "Deputy Inspector General of Police Aslam Khan Kakar", ("state",)),
])
def test_claims_are_found_with_their_claimant(sentence: str, who: str, kinds: tuple[str, ...]) -> None:
    [claim] = find_claims(sentence, registry=load_registry())
    assert claim.who == who and claim.kinds == kinds
    assert sentence[claim.span.start:claim.span.end] == who


@pytest.mark.parametrize("sentence", [
    "No arrests were reported.",
    "No group has claimed responsibility for the attack.",
    "He said the attack was planned.",
    "Protesters, who said they had not been paid, blocked the road.",
    "The Syria Civil Defence said two missiles hit the market, when it was crowded.".replace("said", "and"),
    "Rescue workers warned that the bombardment would intensify.",
])
def test_no_claimant_is_invented(sentence: str) -> None:
    assert find_claims(sentence) == []


def test_a_claim_names_the_registered_outlet_it_cites() -> None:
    [claim] = find_claims("Houthi fighters shelled the town, the group's Al-Masirah TV reported.",
                          registry=load_registry())
    assert claim.outlet is not None and claim.outlet.id == "al-masirah" and claim.kinds == ("armed group",)


def test_spans_are_offsets_into_the_whole_text() -> None:
    text = "Headline\n\nThree soldiers were killed on Sunday, the army said."
    start = text.index("Three")
    [claim] = find_claims(text, start, len(text))
    assert text[claim.span.start:claim.span.end] == "the army"


def _event(inter1: int | None, inter2: int | None) -> Event:
    return Event("e", "d", "Battles", "Armed clash", Evidence(Span(0, 1, "x")), inter1=inter1, inter2=inter2)


@pytest.mark.parametrize(("sentence", "inters", "one_sided"), [
    ("Three soldiers and five rebels were killed in the clash, the army said.", (1, 2), True),
    ("Three soldiers and five rebels were killed in the clash, residents said.", (1, 2), False),
    ("Police dispersed the march, police and union leaders said.", (6, 1), False),  # both sides tell it
    ("A bomb killed seven people at the market, security officials said.", (3, 7), False),  # no state actor
    ("The Islamic State group claimed responsibility for the bombing.", (2, 7), True),
    ("Houthi fighters shelled the town, Al-Masirah reported.", (2, 7), True),
    ("Houthi fighters shelled the town, Reuters reported.", (2, 7), False),
])
def test_a_claim_is_one_sided_only_when_one_party_makes_it(sentence: str, inters: tuple[int, int],
                                                           one_sided: bool) -> None:
    claims = find_claims(sentence, registry=load_registry())
    assert claims
    assert one_side_only(claims, _event(*inters), "YE") is one_sided
