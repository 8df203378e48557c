"""`textcase.capitals` counts from the UTF-8 bytes: the same counts as `str.isalpha` / `str.isupper` by character."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwatch.textcase import MIN_LETTERS, capitals


def _by_character(text: str) -> tuple[int, int] | None:
    """The count as it was written first: one `str.isalpha` per character, `str.isupper` per letter."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < MIN_LETTERS:
        return None
    return sum(1 for c in letters if c.isupper()), len(letters)


# letters whose case or class a byte count could get wrong: titlecase (Dž), a capital that is no letter (circled A),
# letters beyond the BMP, the Kelvin sign, dotted capital I, sharp s, a lone surrogate, digits and marks
_TRICKY = "AZaz09_ ÀÉßİıſKǅⒶ𝐀𝐚ΣσЖж١\u0301\ud800\udfff’“”\t\n"


@settings(max_examples=400)
@given(st.text(alphabet=st.sampled_from(_TRICKY) | st.characters(blacklist_categories=()), max_size=80))
def test_counts_match_a_character_by_character_count(text: str) -> None:
    assert capitals(text) == _by_character(text)


@settings(max_examples=200)
@given(st.text(alphabet=st.characters(max_codepoint=127), min_size=15, max_size=60))
def test_ascii_texts_match(text: str) -> None:
    assert capitals(text) == _by_character(text)


def test_wire_copy_and_lower_case() -> None:
    assert capitals("POLICE FIRED TEAR GAS AT PROTESTERS IN NAIROBI") == (39, 39)
    assert capitals("police fired tear gas at protesters in nairobi") == (0, 39)
    assert capitals("Soldiers’ “raid” in Ségou, Mali — 3 dead") == (3, 27)
    assert capitals("too few letters here") is None  # 17 letters
    assert capitals("Ⓐ" * 30 + "a" * 19) is None  # a circled capital is no letter
