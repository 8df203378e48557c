"""Which words of text restored from all capitals or all lower case are names: the spaCy model's own lemmatiser says.

`casing.restore_case` puts such text in sentence case, so every name is in lower case and the parser and the entity
recogniser, which lean on capitals, read names as common words: federal agents "valdemir lopez prazeres" were
parsed with a verb among them, and the gang they arrested became the side that did the arresting. A word of English
the model's rule lemmatiser knows in some inflection (the WordNet index of nouns, verbs, adjectives and adverbs it
ships, its exceptions such as "mice" or "went", a suffix rule that leads back to an indexed word, or a stop word) is
a common word and stays in lower case; any other word of letters is taken for a name and gets its capital back
("the extraditables" -> "the Extraditables", "valdemir lopez" -> "Valdemir Lopez"). The tables are the model's own,
so nothing is added to the install, and a name that is also an English word ("rivera", a word WordNet lacks, is
restored; "bush" is not) stays as sentence case left it: the dictionaries of actors and places match without case.

Team-written example: in "POLICE ARRESTED ADEMIR SOUZA NEAR THE MARKET" the words "ademir" and "souza" are no
English words, so the sentence is parsed as "Police arrested Ademir Souza near the market".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_WORD = re.compile(r"(?<![\w'’-])[a-z]{3,}(?![\w-])")


class Lexicon:
    """The words the model's rule lemmatiser knows: its index, its exceptions, what its suffix rules lead back to."""

    def __init__(self, index: dict[Any, Iterable[str]], exceptions: dict[Any, Iterable[str]],
                 rules: dict[Any, Iterable[Iterable[str]]], stop_words: Iterable[str]) -> None:
        self.index = {pos: frozenset(words) for pos, words in index.items()}
        self.words = frozenset().union(*self.index.values(), *(frozenset(e) for e in exceptions.values()),
                                       (w.lower() for w in stop_words))
        self.rules = {pos: tuple((str(old), str(new)) for old, new in pairs) for pos, pairs in rules.items()
                      if pos in self.index}

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

    def restore_names(self, text: str) -> str:
        """`text` (sentence case) with a capital on every word of three letters or more that the lemmatiser does not
        know: a name. Same length, so every offset still points into the original."""
        return _WORD.sub(lambda m: m.group(0) if self.knows(m.group(0)) else m.group(0).capitalize(), text)


_CACHE: dict[int, Lexicon | None] = {}


def lexicon_of(nlp: Any) -> Lexicon | None:
    """The lexicon of a loaded spaCy pipeline's rule lemmatiser (None when it has no look-up tables)."""
    key = id(nlp)
    if key in _CACHE:
        return _CACHE[key]
    found: Lexicon | None = None
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        inner = getattr(lemmatizer, "inner", None) or lemmatizer  # eventwatch's FastLemmatizer wraps spaCy's
        lookups = getattr(inner, "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            exceptions = lookups.get_table("lemma_exc") if lookups.has_table("lemma_exc") else {}
            rules = lookups.get_table("lemma_rules") if lookups.has_table("lemma_rules") else {}
            found = Lexicon(dict(lookups.get_table("lemma_index")), dict(exceptions), dict(rules),
                            nlp.Defaults.stop_words)
    _CACHE[key] = found
    return found
