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

Places the lemmatiser knows as words ("india", "lahore", "padua": its WordNet index lists proper nouns in lower
case) get their capitals back by the gazetteer's tests (`lexicon_places.py`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from eventwatch.events import lexicon_places as places
from eventwatch.nlp.words import Words, lemmatizer_tables
from eventwatch.textcase import same_length

_WORD = re.compile(r"(?<![\w'’-])[a-z]{3,}(?![\w-])")
# a run of words joined by single spaces, read in lower case (a place name of several words: "south africa")
_RUN = re.compile(r"(?<![\w'’.-])[a-z]+(?: [a-z]+)*(?![\w-])")
_LOWER_WORD = re.compile(r"[a-z]+")


class Lexicon(Words):
    """The words the model's rule lemmatiser knows (`nlp/words.py`), and the names among words that are not theirs."""

    def __init__(self, index: dict[Any, Iterable[str]], exceptions: dict[Any, Iterable[str]],
                 rules: dict[Any, Iterable[Iterable[str]]], stop_words: Iterable[str],
                 nouns: Iterable[str] = (), places: bool = False) -> None:
        super().__init__(index, exceptions, rules, stop_words, nouns)
        self.places = places  # places get their capitals too (`lexicon_places`): the model's lexicon, `lexicon_of`

    def restore_names(self, text: str) -> str:
        """`text` (sentence case) with a capital on every word of three letters or more that the lemmatiser does not
        know: a name; and on the places the gazetteer is sure of (see the module's docstring). Same length, so every
        offset still points into the original."""
        text = _WORD.sub(lambda m: m.group(0) if self.knows(m.group(0)) else m.group(0).capitalize(), text)
        return self.restore_places(text) if self.places else text

    def restore_places(self, text: str) -> str:
        """`text` with a capital on each word (small words aside) of a run of lower-case words that names a place by
        `lexicon_places`' readings, the longest run first; a single word only when it is no stop word ("us" is no
        country)."""
        out = list(text)
        low = same_length(text, str.lower)
        for run in _RUN.finditer(low):
            words = [(m.start(), m.group(0)) for m in _LOWER_WORD.finditer(low, run.start(), run.end())]
            i = 0
            while i < len(words):
                after = i > 0 and words[i - 1][1] in places.LOCATIVE and words[i - 1][0] + len(words[i - 1][1]) + 1 \
                    == words[i][0]
                for n in range(min(3, len(words) - i), 0, -1):
                    part = words[i:i + n]
                    if part[0][1] in self.stop_words or part[-1][1] in self.stop_words or len(part[-1][1]) < 3:
                        continue
                    if n == 1 and not self.only_a_noun(part[0][1]) and not places.country_or_region(part[0][1]):
                        continue
                    if places.level(" ".join(w for _, w in part)) >= (places.TOWN if after else places.SURE):
                        self._capitalise(out, part)
                        i += n - 1
                        break
                i += 1
        restored = "".join(out)
        for m in places.QUALIFIED.finditer(restored):
            named = [(w.start(), w.group(0)) for w in _LOWER_WORD.finditer(restored, m.start(1), m.end(1))]
            for n in range(len(named), 0, -1):  # the longest name before the comma or bracket: "cabo san lucas"
                name = named[-n:]
                if name[0][1] in self.stop_words or not places.town_in(" ".join(w for _, w in name),
                                                                       m.group(2).lower()):
                    continue
                self._capitalise(out, name)
                break
        return "".join(out)

    def _capitalise(self, out: list[str], words: list[tuple[int, str]]) -> None:
        """Give each word of a place's name (its offset, its lower-case form) its capital in `out`, small words
        ("of", "and") aside: "bosnia and herzegovina" -> "Bosnia and Herzegovina"."""
        for start, word in words:
            if word not in self.stop_words:
                out[start] = word[0].upper()


_CACHE: dict[int, Lexicon | None] = {}


def lexicon_of(nlp: Any) -> Lexicon | None:
    """The lexicon of a loaded spaCy pipeline's rule lemmatiser (None when it has no look-up tables)."""
    key = id(nlp)
    if key not in _CACHE:
        tables = lemmatizer_tables(nlp)
        _CACHE[key] = Lexicon(*tables, places=True) if tables is not None else None
    return _CACHE[key]
