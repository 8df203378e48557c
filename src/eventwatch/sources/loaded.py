"""Loaded language and name-calling in a text: spans and a score.

Two techniques of the Propaganda Techniques Corpus (SemEval-2020 Task 11): "Loaded_Language", words chosen for
their emotional charge ("brave youths", "suppressive bases", "horrific"), and "Name_Calling,Labeling", labels meant
to make the reader judge a person or group ("mullahs", "the terrorist Quds Force", "thugs"). The terms and phrases
are team-written data (`data/sources/loaded_terms.tsv`, `loaded_patterns.toml`); matching is one compiled regular
expression per technique, so it costs little beside parsing.

A loaded adjective is flagged with the noun it qualifies ("brave youths", "suppressive bases"): the judgement is in
the pair. The score of a text is ten times the weighted share of its words that are loaded, capped at 1: a
sentence of 20 words with one strong term scores 0.5, a plain wire report near 0.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from eventwatch.errors import RegistryError
from eventwatch.records import LoadedSpan

LOADED = "Loaded_Language"
NAME_CALLING = "Name_Calling,Labeling"
TECHNIQUES: tuple[str, ...] = (LOADED, NAME_CALLING)
_SCALE = 10.0
_WORD = re.compile(r"[A-Za-z](?:[A-Za-z'’-]*[A-Za-z])?")
# A noun a loaded adjective may take with it: a lower-case word that is not a function word or another adjective
# suffix's usual verb form; kept simple on purpose (no tagger): the pair is what the reader takes in.
_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z'’-]{2,})\b")
_FUNCTION_WORDS = frozenset((
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is",
    "are", "was", "were", "be", "been", "being", "has", "have", "had", "that", "this", "these", "those", "which",
    "who", "whom", "whose", "it", "its", "their", "his", "her", "our", "your", "my", "than", "then", "so", "such",
    "very", "more", "most", "less", "not", "no", "nor", "into", "onto", "over", "under", "after", "before",
    "about", "against", "between", "during", "without", "within",
))


@dataclass(frozen=True, slots=True)
class Lexicon:
    terms: dict[str, tuple[str, float]]  # lower-cased word -> (technique, weight)
    stems: dict[str, tuple[str, float]]  # a term's stem before its * -> (technique, weight)
    stem_lengths: tuple[int, ...]
    phrases: tuple[tuple[str, re.Pattern[str]], ...]  # (technique, pattern) of the phrase patterns


def _read(name: str) -> str:
    return resources.files("eventwatch.data").joinpath("sources").joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The loaded-language lexicon (`loaded_terms.tsv`, terms and stems with a technique and a weight, and the
    phrase patterns), read once; a malformed row is a `RegistryError` naming its line, not a term silently lost."""
    terms: dict[str, tuple[str, float]] = {}
    stems: dict[str, tuple[str, float]] = {}
    for number, line in enumerate(_read("loaded_terms.tsv").splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line.startswith("term\t"):
            continue
        cells = line.split("\t")
        if len(cells) != 3 or cells[1] not in TECHNIQUES or not _WORD.fullmatch(cells[0].rstrip("*")):
            raise RegistryError(f"loaded_terms.tsv:{number}: want one word, technique ({' or '.join(TECHNIQUES)}), "
                                "weight")
        term = cells[0].strip().lower()
        (stems if term.endswith("*") else terms)[term.rstrip("*")] = (cells[1], float(cells[2]))
    phrases = []
    for spec in tomllib.loads(_read("loaded_patterns.toml"))["pattern"]:
        if spec["technique"] not in TECHNIQUES:
            raise RegistryError(f"loaded_patterns.toml: unknown technique {spec['technique']!r}")
        phrases.append((spec["technique"], re.compile(rf"(?<![\w'’-])(?:{spec['regex']})(?![\w'’-])", re.IGNORECASE)))
    return Lexicon(terms, stems, tuple(sorted({len(k) for k in stems}, reverse=True)), tuple(phrases))


# Adjectives that qualify a noun ("brave youths"); nouns and verbs stand alone ("massacre", "slammed").
_ADJECTIVE_ENDINGS = ("ous", "ful", "ive", "ic", "al", "ible", "able", "ant", "ent", "less", "ish", "ary", "ory")
_ADJECTIVES = frozenset({"brave", "evil", "vile", "sick", "fake", "cruel", "grave", "huge", "dire", "noble",
                         "savage", "rotten", "corrupt", "sordid", "absurd", "bloody", "crooked", "insane", "wicked",
                         "immoral", "inhumane", "inhuman", "obscene", "severe", "stupid", "angry", "furious",
                         "desperate", "enormous", "massive", "rigged", "sacred", "defiant"})


def _term(word: str, lex: Lexicon) -> tuple[str, float] | None:
    found = lex.terms.get(word)
    if found is not None:
        return found
    if word.endswith(("'s", "’s")):  # the possessive of a label is the label ("the regime's", "mullahs'")
        found = lex.terms.get(word[:-2])
        if found is not None:
            return found
    for length in lex.stem_lengths:
        if len(word) > length and (hit := lex.stems.get(word[:length])) is not None:
            return hit
    return None


def term_weight(word: str) -> float:
    """How much a loaded word adds to a score (1 strong, 0.5 mild); words outside the lexicon count 1."""
    found = _term(word.lower(), lexicon())
    return found[1] if found else 1.0


def find_loaded(text: str, start: int = 0, end: int | None = None) -> list[LoadedSpan]:
    """Loaded-language and name-calling spans in `text[start:end]`, left to right, not overlapping (a phrase wins
    over a term inside it); offsets are into `text`."""
    end = len(text) if end is None else end
    lex = lexicon()
    found: list[tuple[int, int, str]] = []
    for m in _WORD.finditer(text, start, end):
        word = m.group(0).lower()
        hit = _term(word, lex)
        if hit is None:
            continue
        s, e = m.start(), m.end()
        if hit[0] == LOADED and (word in _ADJECTIVES or word.endswith(_ADJECTIVE_ENDINGS)):
            nxt = _NEXT_WORD.match(text, e, end)
            if nxt and nxt.group(1).lower() not in _FUNCTION_WORDS and _term(nxt.group(1).lower(), lex) is None:
                e = nxt.end(1)
        found.append((s, e, hit[0]))
    for technique, pattern in lex.phrases:
        found.extend((m.start(), m.end(), technique) for m in pattern.finditer(text, start, end))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, str]] = []
    for s, e, technique in found:
        if kept and s < kept[-1][1]:
            if e > kept[-1][1]:
                kept[-1] = (kept[-1][0], e, kept[-1][2] if technique == LOADED else technique)
            continue
        kept.append((s, e, technique))
    return [LoadedSpan(s, e, text[s:e], t) for s, e, t in kept]


def loaded_score(text: str, spans: Iterable[LoadedSpan], start: int = 0, end: int | None = None) -> float:
    """Ten times the weighted share of the words of `text[start:end]` that lie in loaded spans, capped at 1."""
    end = len(text) if end is None else end
    words = len(_WORD.findall(text, start, end))
    if not words:
        return 0.0
    weight = 0.0
    for span in spans:
        if start <= span.start and span.end <= end:
            head = _WORD.match(span.text)
            weight += term_weight(head.group(0)) if head and span.technique == LOADED else 1.0
    return round(min(1.0, _SCALE * weight / words), 3)
