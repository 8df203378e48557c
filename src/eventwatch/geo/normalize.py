"""Name normalisation shared by the index builder and the resolver.

Both sides must fold a name the same way, so the rules live in one place: ASCII folding (Neyshābūr ->
neyshabur), punctuation and article handling (Al-/El-), abbreviations (St. -> saint) and a consonant
skeleton that brings transliteration variants together (Noshahr / Nowshahr, Nishabur / Neyshabur,
Doroud / Dorud, Nour / Nur) so that they can be compared by edit similarity afterwards.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPECIAL = str.maketrans(
    {
        "ø": "o", "Ø": "O", "ß": "ss", "ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "æ": "ae", "Æ": "AE",
        "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d", "ʿ": "", "ʾ": "", "‘": "", "’": "", "`": "", "'": "", "ʼ": "",
        "´": "", "‐": " ", "‑": " ", "–": " ", "—": " ", "-": " ", "_": " ", "/": " ", ".": " ",
    }
)
_NON_ALNUM = re.compile(r"[^0-9a-z ]+")
_SPACES = re.compile(r"\s+")
_ABBREV = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "port"}
ARTICLES = ("al ", "el ", "ad ", "an ", "ar ", "as ", "at ", "az ", "ash ", "ath ", "ed ", "er ", "es ", "the ")
_VOWELS = set("aeiouyhw")
_SKELETON_MAP = str.maketrans({"q": "k", "c": "k", "x": "k", "v": "w", "j": "j", "z": "z", "p": "f"})


_FOLD_SPECIAL = str.maketrans(
    {"ø": "o", "Ø": "O", "ß": "ss", "ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "æ": "ae", "Æ": "AE",
     "œ": "oe", "Œ": "OE", "ʿ": "", "ʾ": "", "‘": "", "’": "'", "`": "", "ʼ": ""}
)


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """ASCII-fold and tidy a name without lower-casing it ("Khorāsān-e Raẕavī" -> "Khorasan-e Razavi")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD_SPECIAL))
    out = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", out).strip()


@lru_cache(maxsize=400_000)
def key(text: str) -> str:
    """The lookup key of a name: folded, lower-case, letters and digits, single spaces, abbreviations spelt out."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    ascii_text = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    ascii_text = _NON_ALNUM.sub("", ascii_text)
    words = _SPACES.sub(" ", ascii_text).strip().split(" ")
    words = [_ABBREV.get(w, w) for w in words if w]
    if words and words[-1].endswith("obod"):
        words[-1] = words[-1][:-4] + "abad"
    return " ".join(words)


def strip_article(k: str) -> str:
    """Drop a leading Arabic or English article from a key ("al qamishli" -> "qamishli"); '' when none."""
    for art in ARTICLES:
        if k.startswith(art) and len(k) > len(art) + 2:
            return k[len(art):]
    return ""


@lru_cache(maxsize=200_000)
def skeleton(k: str) -> str:
    """A coarse consonant skeleton of a key, for retrieving transliteration variants (then checked by similarity).

    The first letter is kept (an initial vowel becomes "a", so Esfahan and Isfahan meet); vowels and the glides
    h, w, y after it are dropped and doubled consonants collapse.
    """
    k = strip_article(k) or k
    letters = k.replace(" ", "").translate(_SKELETON_MAP)
    if not letters:
        return ""
    first = "a" if letters[0] in "aeiouy" else letters[0]
    out = [first]
    for ch in letters[1:]:
        if ch in _VOWELS or ch == "w":
            continue
        if ch != out[-1]:
            out.append(ch)
    return "".join(out)
