"""The attribute ruler by dict look-ups gives spaCy's attribute ruler's annotations, token for token."""

from __future__ import annotations

import spacy

from eventwatch.nlp import FastAttributeRuler, speed_up_attribute_ruler
from eventwatch.settings import Settings

# Team-written sentences touching the ruler's exceptions: contractions, auxiliaries, expletive "there", pronouns as
# objects, determiners standing alone, subordinators, spoken forms, runs of spaces and newlines, capitals.
SENTENCES = [
    "Police said the protesters weren't armed, and that they'd gone home by noon.",
    "There were clashes in the capital on Monday; there is no word on casualties.",
    "She told it to you before the army let us through the checkpoint.",
    "I ain't gonna wait, we gotta leave, y'all said nothin' about that.",
    "Let's see whether the ceasefire holds, although few expect it will.",
    "That was the third attack this week.  Those who fled have not returned.",
    "THE MILITIA HAS SEIZED THE TOWN AND IS HOLDING 40 HOSTAGES.",
    "Residents did not know what had happened\n\nuntil the soldiers came back.",
    "C'mon, the minister has had enough: do it now, he said, or I'll resign.",
    "Which of them was arrested is unclear; all that is known is that he's been charged.",
]


def _annotations(doc: spacy.tokens.Doc) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_the_fast_ruler_annotates_as_spacy_does() -> None:
    stock = spacy.load(Settings().spacy_model)
    fast = spacy.load(Settings().spacy_model)
    speed_up_attribute_ruler(fast)
    assert isinstance(fast.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert fast.pipe_names == stock.pipe_names
    for before, after in zip(stock.pipe(SENTENCES), fast.pipe(SENTENCES), strict=True):
        assert _annotations(after) == _annotations(before)
    assert any(t.pos_ == "AUX" for t in fast(SENTENCES[0]))  # the ruler did run: parts of speech are set
    assert len(fast("")) == 0


def test_the_loaded_pipeline_uses_the_fast_ruler(nlp) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)


def test_no_pattern_s_matcher_runs_on_every_doc() -> None:
    """A pattern the ruler keeps a `Matcher` for is run only on a Doc holding a value it needs, a REGEX test's too
    (en_core_web_sm's "nothin'" is one token tested by a REGEX alone: its `Matcher` ran on every Doc)."""
    fast = spacy.load(Settings().spacy_model)
    speed_up_attribute_ruler(fast)
    ruler = fast.get_pipe("attribute_ruler")
    assert isinstance(ruler, FastAttributeRuler)
    assert ruler.others and all(other.needs for other in ruler.others)
    doc = fast("I ain't heard nothin' about it.")
    assert [t.lemma_ for t in doc if t.lower_ in ("nothin'", "ai")] == ["be", "nothing"]


def test_a_row_of_values_is_looked_up_once() -> None:
    fast = spacy.load(Settings().spacy_model)
    speed_up_attribute_ruler(fast)
    ruler = fast.get_pipe("attribute_ruler")
    assert isinstance(ruler, FastAttributeRuler)
    first = _annotations(fast(SENTENCES[1]))
    held = len(ruler.memo)
    assert held > 0
    assert _annotations(fast(SENTENCES[1])) == first and len(ruler.memo) == held  # the same rows: nothing added
