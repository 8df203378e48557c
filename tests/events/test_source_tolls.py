"""A second source's lower toll told in a later sentence (`source_tolls.lower_tolls`): ACLED codes the lowest
reported toll when sources conflict, unless a later report revises it. Team-written sentences."""
from __future__ import annotations

import pytest

from eventwatch.events.source_tolls import lower_tolls


def _sent(nlp, text: str):  # type: ignore[no-untyped-def]
    return next(iter(nlp(text).sents))


def test_a_lower_put_toll_corrects_the_leads_count(nlp) -> None:  # type: ignore[no-untyped-def]
    lead = _sent(nlp, "Gunmen raided the cattle market at dawn, killing nine traders, residents said.")
    detail = _sent(nlp, "The attackers also burned two lorries.")
    police = _sent(nlp, "The police confirmed the raid but put the toll at five.")
    assert lower_tolls([(0, True, lead), (1, True, detail), (2, False, police)]) == [(9, 5), (9, 5), (9, 5)]


def test_a_higher_or_superseded_put_toll_is_no_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    lead = _sent(nlp, "Gunmen raided the cattle market at dawn, killing nine traders, residents said.")
    higher = _sent(nlp, "On Tuesday the mayor put the toll at eleven.")
    first = _sent(nlp, "The police had first put the toll at five.")
    assert lower_tolls([(0, True, lead), (1, False, higher)]) == [None, None]
    assert lower_tolls([(0, True, lead), (1, False, first)]) == [None, None]


def test_too_far_from_the_count_is_not_read(nlp) -> None:  # type: ignore[no-untyped-def]
    lead = _sent(nlp, "Gunmen raided the cattle market at dawn, killing nine traders, residents said.")
    police = _sent(nlp, "The police confirmed the raid but put the toll at five.")
    assert lower_tolls([(0, True, lead), (4, False, police)]) == [None, None]


def test_a_lower_count_of_the_same_victims_after_a_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    act = _sent(nlp, "Rebels ambushed an army patrol near the river crossing on Friday.")
    claim = _sent(nlp, "The rebels claimed in a statement that they had killed six soldiers.")
    local = _sent(nlp, "Villagers said two soldiers died and three were wounded.")
    assert lower_tolls([(0, True, act), (0, False, claim), (0, False, local)]) == [(6, 2), (6, 2), (6, 2)]


def test_other_victims_after_a_claim_are_no_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    act = _sent(nlp, "Rebels ambushed an army patrol near the river crossing on Friday.")
    claim = _sent(nlp, "The rebels claimed in a statement that they had killed six soldiers.")
    others = _sent(nlp, "Villagers said two herders died in the crossfire.")
    assert lower_tolls([(0, True, act), (0, False, claim), (0, False, others)]) == [None, None, None]


STORY = """NDOLA, 4 May 2026 - Gunmen raided the cattle market in Kalulushi at dawn on Sunday, killing nine traders, \
residents said.

The attackers also burned two lorries and a fuel stall.

The police confirmed the raid but put the toll at five."""


@pytest.mark.slow
def test_the_story_codes_the_lower_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.events.assemble import ExtractEvents
    from eventwatch.records import Document
    from eventwatch.settings import Settings

    stage = ExtractEvents(Settings.load(arbiter=False, published="2026-05-04"), nlp)
    events = stage(Document(raw="", text=STORY, id="market")).events
    raid = [e for e in events if e.event_type == "Violence against civilians"]
    assert raid and all(e.fatalities == 5 for e in raid)


RECORD = ("On 9 April 2026, militants detonated a roadside bomb beside a police truck near Garissa. "
          "The blast killed 2 and injured 3.")


def test_a_records_later_sentence_counts_its_event(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.events.story_tolls import record_later_toll

    first, second = list(nlp(RECORD).sents)
    assert record_later_toll([(0, True, first), (0, True, second)]) == 2
    elsewhere = next(iter(nlp("Three other villagers were killed in Ijara (coded separately).").sents))
    assert record_later_toll([(0, True, first), (0, False, elsewhere)]) is None


def test_a_chronologys_next_entry_is_not_read(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.events.story_tolls import record_later_toll

    first = next(iter(nlp("On 9 April 2026, gunmen abducted two herders near Garissa.").sents))
    entry = next(iter(nlp("On 10 April 2026, soldiers clashed with bandits; two bandits were killed.").sents))
    assert record_later_toll([(0, True, first), (1, True, entry)]) is None
