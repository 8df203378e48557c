"""The words of English the spaCy model's rule lemmatiser knows: its index, its exceptions, what its suffix rules lead
back to, and its stop words.

Two floors read them: the events package restores the case of text written all in capitals or all in lower case by
them (`events/lexicon.py`: a word the lemmatiser does not know is a name), and the place ruler tells a brief-news
item's heading town from a label by them (`geo/ruler.py`: "KIRTIPUR:" is no English word, "PHOTO:" is). The tables
are the model's own, so nothing is added to the install. Team-written example: "bombings" is known (its rule leads
back to "bombing"), "kirtipur" is not.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

Tables = tuple[dict[Any, Iterable[str]], dict[Any, Iterable[str]], dict[Any, Iterable[Iterable[str]]],
               Iterable[str], Iterable[str]]


class Words:
    """The words the model's rule lemmatiser knows: its index, its exceptions, what its suffix rules lead back to."""

    def __init__(self, index: dict[Any, Iterable[str]], exceptions: dict[Any, Iterable[str]],
                 rules: dict[Any, Iterable[Iterable[str]]], stop_words: Iterable[str],
                 nouns: Iterable[str] = ()) -> None:
        self.index = {pos: frozenset(words) for pos, words in index.items()}
        # the index's nouns, and the words it also lists as another part of speech ("capital", "northeast")
        self.nouns = frozenset(nouns)
        self.not_nouns = frozenset().union(*(words for words in self.index.values() if words != self.nouns))
        self.words = frozenset().union(*self.index.values(), *(frozenset(e) for e in exceptions.values()),
                                       (w.lower() for w in stop_words))
        self.rules = {pos: tuple((str(old), str(new)) for old, new in pairs) for pos, pairs in rules.items()
                      if pos in self.index}
        self.stop_words = frozenset(w.lower() for w in stop_words)

    def knows(self, word: str) -> bool:
        """True for a word of English in some inflection ("bombings" -> "bombing", "fled" in the exceptions)."""
        if word in self.words:
            return True
        for pos, pairs in self.rules.items():
            forms = self.index[pos]
            for old, new in pairs:
                if old and word.endswith(old) and word[: len(word) - len(old)] + new in forms:
                    return True
        return False

    def only_a_noun(self, word: str) -> bool:
        """True for a word the index lists as a noun and as nothing else: a name may be one ("india", "padua"); a word
        that is also an adjective, a verb or an adverb ("capital", "northeast") is a word of English first."""
        return word in self.nouns and word not in self.not_nouns


def lemmatizer_tables(nlp: Any) -> Tables | None:
    """A loaded spaCy pipeline's lemmatiser tables (index, exceptions, rules, stop words, the index's nouns), or None
    when it has no look-up tables."""
    if "lemmatizer" not in nlp.pipe_names:
        return None
    lemmatizer = nlp.get_pipe("lemmatizer")
    inner = getattr(lemmatizer, "inner", None) or lemmatizer  # eventwatch's FastLemmatizer wraps spaCy's
    lookups = getattr(inner, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return None
    exceptions = lookups.get_table("lemma_exc") if lookups.has_table("lemma_exc") else {}
    rules = lookups.get_table("lemma_rules") if lookups.has_table("lemma_rules") else {}
    index = lookups.get_table("lemma_index")
    return dict(index), dict(exceptions), dict(rules), nlp.Defaults.stop_words, index.get("noun", ())


_CACHE: dict[int, Words | None] = {}


def words_of(nlp: Any) -> Words | None:
    """The words a loaded pipeline's lemmatiser knows, read once per pipeline (None without look-up tables)."""
    key = id(nlp)
    if key not in _CACHE:
        tables = lemmatizer_tables(nlp)
        _CACHE[key] = Words(*tables) if tables is not None else None
    return _CACHE[key]
