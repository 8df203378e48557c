"""Relatives, mourners or residents who gather with no word of a claim wait or grieve: no protest
(`staged.kin_waiting`, `kin_gatherers` and `gathering_claim_words` in `modality.toml`; coder100, issue 10).
Team-written reports; families who gather to demand, to call for or chanting still protest."""

from __future__ import annotations

import pytest

from eventwatch.api import extract


def protests(text: str) -> list[str | None]:
    return [e.sub_event_type for e in extract(text, published="2025-05-03") if e.event_type == "Protests"]


@pytest.mark.parametrize("text", [
    "TBILISI, 3 May 2025 - Families of the missing miners gathered quietly outside the hospital in Rustavi on Sunday.",
    "CAIRO, 3 May 2025 - Relatives of the dead gathered outside the morgue in Tanta on Sunday night to collect the "
    "bodies, which were released after post-mortem examinations.",
    "lima, 3 may 2025 - mourners gathered outside the courthouse in cusco on friday as the verdict was read.",
])
def test_a_wait_or_a_grief_is_no_protest(text: str) -> None:
    assert protests(text) == []


@pytest.mark.parametrize("text", [
    "TBILISI, 3 May 2025 - Families of the missing miners gathered outside the hospital in Rustavi on Sunday to demand "
    "answers.",
    "TBILISI, 3 May 2025 - Relatives of the jailed activists gathered outside the court in Rustavi on Sunday, calling "
    "for their release.",
    "TBILISI, 3 May 2025 - Residents gathered outside the town hall in Rustavi on Sunday, chanting slogans.",
    "YEREVAN, 3 May 2025 - About 40 residents of Goris gathered outside the town hall on Sunday to ask that the new "
    "mine bring jobs.",
    "TBILISI, 3 May 2025 - Students gathered quietly outside the ministry in Rustavi on Sunday.",
])
def test_a_gathering_with_a_claim_or_of_others_stays_a_protest(text: str) -> None:
    assert protests(text) == ["Peaceful protest"]
