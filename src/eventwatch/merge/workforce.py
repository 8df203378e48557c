"""Whom a demonstration's marchers work for, read from a report's words: "municipality workers" -> municipality,
"contract employees of the health department" -> health.

"Contract employees of the health department" and "municipality workers" rallying in one city on one day for
permanent contracts are two groups' protests (ACLED codes each), though their causes and the codebook's "Labour
Group" they are both coded with are one. Outlets telling one group's protest name its employer alike ("electricity
workers", "employees of the electricity directorate"), so the employer is what tells the two apart
(`marchers.workforces_apart`). Plain text only, so that it is tested on sentences alone; the nouns and words are
data (`[workforce]` in `data/merge/rules.toml`).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_FIRST = re.compile(r"(^|[.!?]\s+)([A-Z][a-z]+\b)")


@dataclass(frozen=True, slots=True)
class WorkforceRules:
    nouns: re.Pattern[str]  # a workforce noun ("workers", "employees") with what is written before it or after "of"
    employers: frozenset[str]  # nouns of an employer too common to tell one from another ("department")
    skip: frozenset[str]  # words saying how they are employed, not by whom ("contract", "temporary")
    stop: frozenset[str]  # words that end the employer's name read backwards ("of", "dozens", "and")
    prefix: int  # letters two words must share at their start to be one employer ("municipal", "municipality")
    # a workforce noun in any case: most texts have none, and one search of the nouns alone says so, where `nouns`
    # tries up to four words before every word of the text
    any_noun: re.Pattern[str] | None = None


@lru_cache(maxsize=1)
def workforce_rules() -> WorkforceRules:
    """The `[workforce]` table of `data/merge/rules.toml`."""
    text = resources.files("eventwatch.data").joinpath("merge").joinpath("rules.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)["workforce"]
    nouns = "|".join(re.escape(str(n)) for n in data["nouns"])
    # group 1: up to four words before the noun; group 2: up to three words after "<noun> of/at/from (the)"
    pattern = re.compile(rf"((?:[\w'’-]+\s+){{0,4}})\b(?:{nouns})\b(?:\s+(?:of|at|from)\s+(?:the\s+)?"
                         rf"((?:[\w'’-]+\s+){{0,2}}[\w'’-]+))?")
    return WorkforceRules(pattern, frozenset(str(w) for w in data["employers"]),
                          frozenset(str(w) for w in data["skip"]), frozenset(str(w) for w in data["stop"]),
                          int(data["prefix"]), re.compile(rf"\b(?:{nouns})\b", re.IGNORECASE))


def _employer(words: list[str], rules: WorkforceRules) -> set[str]:
    """The employer's words among `words`, read from the workforce noun outwards: lower-case words as written (a
    capitalised name is compared as a distinctive word), skipping how they are employed ("contract") and the nouns
    of any employer ("department"), up to a stop word, a verb's participle ("striking", "closed") or a name."""
    out: set[str] = set()
    for word in words:
        word = word.removesuffix("'s").removesuffix("’s")
        if word in rules.skip:
            continue
        if word in rules.stop or not word.isalpha() or not word.islower() or word.endswith(("ing", "ed")):
            break
        if word not in rules.employers:
            out.add(word)
    return out


def workforce(text: str, rules: WorkforceRules | None = None) -> frozenset[str]:
    """The words naming whom a report's marchers work for: "municipality workers" -> municipality, "contract
    employees of the health department closed ..." -> health (a department is any employer's), "dozens of contract
    employees" -> none."""
    rules = rules or workforce_rules()
    out: set[str] = set()
    if rules.any_noun is not None and not rules.any_noun.search(text):  # lower-casing below adds no noun
        return frozenset()
    # a sentence's first word is capitalised by position, not as a name ("Electricity workers blocked ...")
    text = _FIRST.sub(lambda m: m.group(1) + m.group(2).lower(), text)
    for match in rules.nouns.finditer(text):
        out |= _employer(match.group(1).split()[::-1], rules)  # read backwards from the noun
        out |= _employer((match.group(2) or "").split(), rules)  # after "of", up to a verb ("closed") or a name
    return frozenset(out)
