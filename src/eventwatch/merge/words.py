"""The words of a report the merge compares: its distinctive words (names, numbers), the acronyms of the names it
writes out, the words of what it is about, and its sentence without a dateline.

Kept apart from `reports`, which reads a store row into a `Report`: these read plain text, so they are tested and
changed on sentences alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from eventwatch.geo.normalize import key
from eventwatch.merge.named import demonym
from eventwatch.merge.rules import Rules, apart

WORD = re.compile(r"[^\W_][\w'’.-]*[^\W_]|\d{2,}", re.UNICODE)
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_YEAR = re.compile(r"(19|20)\d\d")


def title_case(title: str) -> bool:
    """A headline in title case ("Five Killed As Gunmen Open Fire") capitalises every word: it names nothing."""
    words = [w for w in re.findall(r"[^\W\d_]{4,}", title)]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > 0.6


def plain(text: str, rules: Rules) -> str:
    """`text` without thousands separators ("1,200" -> "1200") and apart from clauses about another event."""
    return apart(_THOUSANDS.sub("", text), rules.elsewhere)


def salient_words(sentence: str, exclude: set[str], rules: Rules) -> frozenset[str]:
    """Names and numbers of a sentence (not its first word, not common capitalised words, not the place names
    in `exclude`), case-folded: what two outlets telling one occurrence tend to share and two look-alikes do not."""
    return pick_salient(salient_candidates(sentence, rules), exclude, rules)


def pick_salient(candidates: tuple[frozenset[str], frozenset[str]], exclude: set[str], rules: Rules) -> frozenset[str]:
    """`salient_words` of a sentence from its `salient_candidates`."""
    numbers, names = candidates
    return numbers | {name for name in names if not all(w in exclude or _spelt_as(w, exclude, rules.fuzzy)
                                                        for w in name.split())}


def salient_candidates(sentence: str, rules: Rules) -> tuple[frozenset[str], frozenset[str]]:
    """(numbers, names) of a sentence before any place name is excluded: `salient_words` with an empty `exclude`
    is their union, and a report reads both its names and its words (less its own place's) from one reading."""
    numbers: set[str] = set()
    names: set[str] = set()
    tokens = [m.group().strip(".'’-").removesuffix("'s").removesuffix("’s") for m in WORD.finditer(plain(sentence,
                                                                                                       rules))]
    for n, word in enumerate(tokens):
        word = rules.numbers.get(word.casefold(), word)  # "Fifteen houses" and "15 houses" give one toll
        if word.isdigit():
            beside = {tokens[i] for i in (n - 1, n + 1) if 0 <= i < len(tokens)}
            # a year, or a day beside its month, dates the event: it does not name it
            if len(word) >= 2 and not _YEAR.fullmatch(word) and not beside & rules.months:
                numbers.add(word)
            continue
        if n == 0 or len(word) < rules.min_word or not word[0].isupper() or word in rules.common_words \
                or word in rules.peoples or demonym(word):
            continue
        folded = key(word)
        if folded and folded.split():  # "Nord-Kivu" is two words of the place's name
            names.add(folded)
    return frozenset(numbers), frozenset(names)


def side(word: str, rules: Rules) -> bool:
    """Whether a distinctive word (a key: "saudi led") names a side of a war by whom it is led, backed or held
    ("Saudi-led", "Iran-backed", "RSF-held": `rules.sides`, the word after the hyphen). Every event of that war
    says it, so two reports sharing it share no name of their event; but it stays among each report's words: two
    reports naming two sides ("the Saudi-led coalition's air raids", "Houthi forces fired missiles") name nothing
    in common."""
    head, _, tail = word.rpartition(" ")
    return bool(head) and tail in rules.sides


def teller_names(text: str, rules: Rules) -> set[str]:
    """The words of the names of who tells an event ("district police chief Ziaud Din said" -> ziaud, din:
    `rules.tellers`), case-folded as distinctive words are."""
    return {key(w) for m in rules.tellers.finditer(text) for w in m.group(1).split()} - {""}


def _spelt_as(word: str, names: set[str], threshold: int) -> bool:
    """Whether a word of five letters or more is one of `names` spelt a little differently ("haradh", "harad")."""
    return len(word) >= 5 and any(len(n) >= 5 and fuzz.ratio(word, n) >= threshold for n in names)


_JOINERS = frozenset({"of", "the", "for", "and", "de", "du", "des", "la", "el", "al"})


def acronyms(tokens: Sequence[str]) -> set[str]:
    """The initials of names of three words or more ("Islamic State West Africa Province" -> iswap, "Kenya National
    Union of Teachers" -> knut), so that a report writing the name and one writing its acronym share it."""
    out: set[str] = set()
    run: list[str] = []
    start = 0
    for n, token in enumerate([*tokens, ""]):
        if token[:1].isupper() and not token.isupper():
            if not run:
                start = n
            run.append(token)
        elif run and token.casefold() in _JOINERS:
            continue
        else:
            # a sentence's first word is capitalised whatever it is: the name may start after it
            for name in (run, run[1:] if start == 0 else []):
                if len(name) >= 3:
                    out.add("".join(w[0] for w in name).casefold())
            run = []
    return out


_DATELINE = re.compile(r"^([^\W\d_]+(?:[ .'’-]+[^\W\d_]+)*)(?:,[^—–]{0,80}?)?\s*[—–]+\s*")


def without_dateline(sentence: str) -> str:
    """A sentence without the dateline it opens with ("KANO, Nigeria, May 5 (AFP) — ", "BOGOTÁ, Oct 15 (CWS) — ",
    "PESHAWAR — "): a town in capitals, whatever its letters, then a dash. The dateline says where the reporter
    filed from and which wire it credits; the words after it are the sentence's own, its first word included."""
    match = _DATELINE.match(sentence)
    return sentence[match.end():] if match and len(match.group(1)) >= 3 and match.group(1).isupper() else sentence


def cause_words(text: str, rules: Rules) -> frozenset[str]:
    """The common nouns and adjectives of the clauses giving what an event is about ("to protest against plans to
    cut 1,200 jobs at the Mopani copper mines" -> cut, job, copper, mine), singular, without names (capitalised:
    the distinctive words weigh those), the words every cause has (`cause_common`), or a clause dating the event by
    another one."""
    out: set[str] = set()
    for match in rules.cause.finditer(plain(text, rules)):
        out.update(_cause_words(match.group(1), rules))
    return frozenset(out)


def _cause_words(clause: str, rules: Rules) -> set[str]:
    out: set[str] = set()
    for word in re.findall(r"[^\W\d_]{3,}", clause):
        if not word.islower() or word in rules.cause_common:
            continue
        if word.endswith("ies") and len(word) > 5:
            word = word[:-3] + "y"
        elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
        out.add(word)
    return out


def stance_words(text: str, rules: Rules) -> tuple[frozenset[str], frozenset[str]]:
    """The cause words a demonstration supports and those it opposes ("in favour of the impeachment of the
    president" -> ({impeachment, president}, {}); "against the impeachment ... and in support of the president"
    -> ({president}, {impeachment})): each clause runs from its cue to the next cue or punctuation, so that a
    rally and its counter-rally, whose causes share every word, can be told apart by the side each takes."""
    text = plain(text, rules)
    cues = sorted([(m.start(), m.end(), True) for m in rules.stance_for.finditer(text)]
                  + [(m.start(), m.end(), False) for m in rules.stance_against.finditer(text)])
    support: set[str] = set()
    oppose: set[str] = set()
    for n, (_, end, side) in enumerate(cues):
        stop = cues[n + 1][0] if n + 1 < len(cues) else len(text)
        clause = re.split(r"[,.;:—()]", text[end:stop], maxsplit=1)[0]
        (support if side else oppose).update(_cause_words(clause, rules))
    return frozenset(support), frozenset(oppose)
