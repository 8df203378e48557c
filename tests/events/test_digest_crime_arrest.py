"""An arrest for an ordinary crime in a news digest's column item is no ACLED Arrests (`staged.digest_crime_arrest`,
`arrest_lemmas`, `digest_crimes` and `digest_political_words` in `modality.toml`; coder100, issue 10). Team-written
digests: the police items on a thief, a fraud, drugs or drink-driving code nothing; activists, gang members, an
arrest with a weapon and the same arrest told outside a column item keep their Arrests."""

from __future__ import annotations

import pytest

from eventwatch.api import extract

DIGEST = "News in brief, 3 May 2025\n\n{item}\n\nEVORA: A new bridge over the river opened to traffic on Friday."


def arrests(text: str) -> list[str | None]:
    return [e.location for e in extract(text, published="2025-05-03") if e.sub_event_type == "Arrests"]


@pytest.mark.parametrize("item", [
    "TAVIRA: Police arrested two men caught stealing copper cable from the railway on Friday.",
    "BRAGA: Police on Friday arrested three men at the port with 20 kilograms of cocaine.",
    "Viseu: Police have detained a woman suspected of defrauding pensioners of 40,000 euros.",
    "COIMBRA: A lorry driver was arrested on Friday for drink-driving on the motorway.",
])
def test_a_digest_arrest_for_an_ordinary_crime_is_no_event(item: str) -> None:
    assert arrests(DIGEST.format(item=item)) == []


@pytest.mark.parametrize("item", [
    "FARO: Police on Friday arrested two members of a drug gang suspected of car thefts.",
    "SETUBAL: Police on Friday arrested two men who stole cars at gunpoint.",
    "Police arrested two men caught stealing copper cable from the railway in Tavira on Friday.",
])
def test_a_political_or_armed_arrest_or_one_outside_a_column_stays(item: str) -> None:
    assert arrests(DIGEST.format(item=item)) != []
