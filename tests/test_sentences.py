from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventwatch.sentences import paragraph_starts, split_sentences


def test_splits_on_sentence_ends_but_not_abbreviations() -> None:
    text = "He died on Jan. 3 in a U.S. strike near Baghdad. Police arrived!\n\nMr. Okoro spoke. Crowds left."
    got = [text[s:e] for s, e in split_sentences(text)]
    assert got == [
        "He died on Jan. 3 in a U.S. strike near Baghdad.",
        "Police arrived!",
        "Mr. Okoro spoke.",
        "Crowds left.",
    ]


def test_paragraph_starts() -> None:
    text = "One.\n\nTwo.\n  \nThree."
    assert [text[i] for i in paragraph_starts(text)] == ["O", "T", "T"]


@given(st.text(alphabet=st.sampled_from(list("ab .!?\n\"AZ9")), max_size=300))
def test_spans_are_ordered_trimmed_and_inside_the_text(text: str) -> None:
    spans = split_sentences(text)
    last = 0
    for start, end in spans:
        assert last <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        last = end
    # no non-space character is lost between sentences
    covered = "".join(text[s:e] for s, e in spans).replace(" ", "").replace("\n", "")
    assert covered == text.replace(" ", "").replace("\n", "").replace("\t", "")
