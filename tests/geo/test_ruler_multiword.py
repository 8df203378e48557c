"""`ruler.PlaceRuler._multiword`: names of several words the ruler trusts, read from a run of name words
(capitalised, particles, hyphens glued to their neighbours) that may be longer than the name. The sentences are the
team's own."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo.ruler import COMPONENT
from eventwatch.geo.view import words


@pytest.mark.parametrize(("text", "found"), [
    ("Gunmen wounded a driver in General Santos City on Monday.", ["General Santos City"]),
    # a run of nine name words (capped at six): the name that opens it is still found
    ("Officers of the General Santos City Police Station Anti Riot Unit dispersed them.", ["General Santos City"]),
    ("Farmers marched to Croix-des-Bouquets on Friday.", ["Croix-des-Bouquets"]),
    ("Members of the Grand Old Party met in a hotel.", []),
])
def test_multiword_names_from_a_run_of_name_words(nlp: Any, text: str, found: list[str]) -> None:
    doc = nlp(text)
    spans = nlp.get_pipe(COMPONENT)._multiword(doc, words(doc))
    assert [s.text for s in spans] == found
    assert all(s.label_ == "GPE" for s in spans)
