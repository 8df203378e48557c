"""Name normalisation shared by the index builder and the resolver.

Both sides must fold a name the same way, so the rules live in one place: ASCII folding (Neyshābūr ->
neyshabur), punctuation and article handling (Al-/El-), abbreviations (St. -> saint), a transliteration form
(`translit`) under which the spellings of one Arabic, Persian, Kurdish, Pashto or Turkish name meet exactly
(Ras al-Ain = Ra's al 'Ayn, Deir ez-Zor = Dayr az Zawr, Tal Abyad = Tall Abyad, Hasakeh = Al-Hasakah), and a
consonant skeleton that brings looser variants together (Noshahr / Nowshahr, Nishabur / Neyshabur, Doroud /
Dorud, Nour / Nur) so that they can be compared by edit similarity afterwards.
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


# Arabic articles as transliterations write them before a word ("Ras al-Ain", "Deir ez-Zor", "Dar es Salaam")
_ARTICLE_WORDS = frozenset({"al", "el", "ad", "an", "ar", "as", "at", "az", "ash", "ath", "ed", "en", "er", "es", "et",
                            "ez", "adh", "ul", "the"})
# spelling alternations between transliteration schemes, applied inside each word in this order: French "ou" and
# "dj", English "ee"/"oo", the diphthongs written ei/ai/ey/ay (Deir/Dayr, Ein/Ayn, Sheikh/Shaykh, Beit/Bayt) and
# aw/ow/ou/o/u (Zawr/Zor, Nowshahr/Noshahr, Hadramout/Hadramawt: Arabic and Persian have one back vowel),
# ia/ya (Lahia/Lahya), dh/d (Dhamar/Damar), gh/g (Shughur/Shugur), q/k (Qamishli/Kamishli)
_TRANSLIT_STEPS = (("dj", "j"), ("ee", "i"), ("oo", "u"), ("ou", "u"), ("ei", "ay"), ("ai", "ay"), ("ey", "ay"),
                   ("aw", "u"), ("ow", "u"), ("o", "u"), ("ia", "ya"), ("iy", "y"), ("dh", "d"), ("gh", "g"),
                   ("q", "k"), ("ph", "f"))
_TRANSLIT_WORDS = {"tel": "tal", "jebel": "jabal", "jabel": "jabal", "jbel": "jabal", "kfar": "kafr",
                   "khirbet": "khirbat", "kherbet": "khirbat", "mazraat": "mazraa", "sidi": "sidi"}
_EZAFE = frozenset({"i", "e", "ye", "y"})
_DOUBLED = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"(?<=[a-z]{2})[ae]h$")  # Hasakeh / Hasakah / Hasaka, Raqqeh / Raqqa


@lru_cache(maxsize=400_000)
def translit(k: str) -> str:
    """A coarser form of a key under which transliterations of one name meet (index and lookup both use it):
    `_translit_once` repeated until nothing changes, so that the form of a form is itself."""
    for _ in range(4):
        once = _translit_once(k)
        if once == k:
            break
        k = once
    return k


def _translit_once(k: str) -> str:
    """One pass of the transliteration form.

    Articles are dropped wherever they stand, doubled letters collapse (Tall/Tal, Raqqa/Raqa), spelling
    alternations of the usual schemes are folded (see `_TRANSLIT_STEPS`), a final -eh/-ah becomes -a, and
    -obod was already -abad in the key. '' when nothing is left."""
    words: list[str] = []
    for word in k.split(" "):
        for old, new in _TRANSLIT_STEPS:
            word = word.replace(old, new)
        word = _DOUBLED.sub(r"\1", word)
        word = _FINAL_H.sub("a", word)
        word = _TRANSLIT_WORDS.get(word, word)
        if word == "abad" and words:  # "Jalal Abad" is Jalalabad
            words[-1] += word
        elif word:
            words.append(word)
    # articles wherever they stand (not a name's last word), and the Persian ezafe (Mazar-i-Sharif)
    words = [w for i, w in enumerate(words) if i == len(words) - 1 or not (
        w in _ARTICLE_WORDS or (w in _EZAFE and i > 0))]
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
