"""The places a report's own words name, beside the place extraction resolved it to.

Geocoding places an event at a town, but a report often says more precisely where: a neighbourhood ("Karachi -
Gulshan town", "the Oblatos neighbourhood"), a village the gazetteer does not know ("shelled Kamianka, Donetsk",
placed at Donetsk), a building ("in front of the National Assembly"). Two look-alikes placed at one point are
often told apart only by these names, so the merge compares the names the reports wrote, not only coordinates:
the parts of a town named with a noun (`town_parts`), and the spots a report places its event at (`spots`): a
name after a locative preposition ("in Namti", "near Hranitne", "in front of the Blue House") or written beside
the resolved place ("Kamianka, Donetsk", "Tourou (Mokolo", "Algiers - El Biar", "Quetta's Liaquat Bazaar").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from eventwatch.geo.normalize import key
from eventwatch.merge.rules import NAME, Rules, apart

_ADJECTIVE = re.compile(r"-[a-z]+$")  # "RSF-held", "army-controlled": an adjective of a place, not its name
_POSSESSIVE = re.compile(r"['’]s\b")  # "Quetta's": the name without its possessive
_WORDS = re.compile(r"\w+")
_LOWER = re.compile(r"[a-z]+")


def demonym(word: str) -> bool:
    """A people or its adjective ("Iranian", "Russians"): every report of a country's events says it."""
    # imported here: `geo.candidates` loads the gazetteer module and numpy, which a cluster run's driver (it only
    # merges) never needs otherwise
    from eventwatch.geo.candidates import project_lexicon

    return project_lexicon().demonym_target(key(word)) is not None


def town_parts(text: str, exclude: set[str], rules: Rules) -> frozenset[str]:
    """The parts of a town a text names ("Sariab Road", "the Oblatos neighbourhood"), as keys, leaving out those
    that name the event's own place ("Kano State"), those in a clause about another event, and words before the
    noun that name no part: a people ("an Ethiopian market") or a common word such as a weekday ("the Sunday
    market")."""
    text = _POSSESSIVE.sub("", apart(text, rules.elsewhere))  # "Quetta's Liaquat Bazaar"
    out = set()
    for match in rules.subplace.finditer(text):
        raw = match.group(1) or match.group(2) or ""
        name = key(raw)
        if not name or set(name.split()) <= exclude:
            continue
        if all(w in rules.common_words or demonym(w) for w in raw.split()) or _ADJECTIVE.search(raw):
            continue
        out.add(name)
    for match in _NUMBERED.finditer(text):  # "the corner of 5 Avenue and 410 Street", "120 and 32 Streets"
        noun = match.group(3).casefold().removesuffix("s")
        out.update(f"{n} {noun}" for n in match.group(1, 2) if n)
    for match in _NUMBERED_DIVISION.finditer(text):  # "a bomb exploded in ward 4", "near the Comuna 3"
        out.add(f"{match.group(1).casefold()} {match.group(2)}")
    return frozenset(out)


# streets named by their numbers ("7 Avenue", "120 and 32 Streets", "5th Avenue"): parts of a town as much as named ones
_NUMBERED = re.compile(r"\b(\d{1,4})(?:st|nd|rd|th)?\s+(?:and\s+(\d{1,4})(?:st|nd|rd|th)?\s+)?"
                       r"(Streets?|Avenues?|Roads?)\b")
# wards and communes named by their numbers ("in ward 4", "Ward No. 12", "the Comuna 3", "Sector 17"): the numbered
# divisions of a town that municipalities in Myanmar, Nepal, South Asia, Nigeria or Colombia name their quarters by,
# parts of a town as much as named neighbourhoods (a bomb in ward 4 and shelling of a camp elsewhere in the town)
_NUMBERED_DIVISION = re.compile(r"\b(?i:(ward|comuna|commune|sector))\s+(?:(?i:no)\.?\s*)?(\d{1,3})\b")


def organisation_words(text: str, rules: Rules) -> frozenset[str]:
    """The words of the organisations' names a text writes ("the positions of the Luhansk People's Militia" ->
    luhansk, people, militia): a name ending with an organisation's noun names who acted, and its place word
    ("Luhansk") names no spot, though it is spelt nearly as a village's ("Luhanske")."""
    out: set[str] = set()
    for match in re.finditer(NAME, text):
        words = match.group().split()
        if len(words) > 1 and words[-1].casefold() in rules.organisations:
            out.update(key(match.group()).split())
    return frozenset(out)


def fighter_words(text: str, rules: Rules, members: bool) -> set[str]:
    """The words of the armed groups a text names by their fighters ("Gulf Clan gunmen", "gunmen of the Gulf Clan",
    "Al-Shabaab militants" -> gulf, clan; al-shabaab), and with `members` by their members ("suspected Gulf Clan
    members", "ADF elements"), whether or not extraction coded them as the event's actors: a group takes part in every
    event of its war, so its name tells none of them from another (as the names of the groups among a report's actors
    do not). Not its members in a demonstration's report: there they are its organisers ("KCTU members")."""
    found = [*rules.fighters.finditer(text), *(rules.members.finditer(text) if members else ())]
    return {w for match in found for w in key(match.group(1) or match.group(2)).split()
            if w.isalpha() and len(w) >= rules.min_word and w.capitalize() not in rules.common_words
            and w not in rules.numbers}


# A bracket right after a name listing two or more names, each capitalised ("Tsaure village (Doguwa, Kano)", "in
# Kambe (Beni territory, North Kivu)"): the divisions the place before it lies in, finest first
_ITEM = r"[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,3}"
_HIERARCHY = re.compile(rf"(?<=[\w'’.])\s*\(({_ITEM}(?:,\s*{_ITEM})+)\)")


def bracket_divisions(text: str) -> frozenset[str]:
    """The words of the divisions a text writes in a bracket after a place ("Tsaure village (Doguwa, Kano)" ->
    doguwa, kano). They stay among its distinctive words (two brackets naming two districts tell two events of a
    province apart), but like the place both reports tell they do not tell one event of the district from another
    (`match._place_keys`): two villages' events of one district and day are both written with it."""
    return frozenset(w for m in _HIERARCHY.finditer(text) for w in key(m.group(1)).split())


def division_words(text: str, rules: Rules) -> set[str]:
    """The words of the divisions a text names ("Amhara's West Gojjam zone" -> west, gojjam): places, which the
    place score weighs, not names that tell one event of the division from another."""
    out: set[str] = set()
    for match in rules.division.finditer(_POSSESSIVE.sub("", text)):
        out.update(key(match.group(1) or match.group(2) or "").split())
    return out


@lru_cache(maxsize=4)
def _common_keys(words: frozenset[str]) -> frozenset[str]:
    return frozenset(key(w) for w in words)


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Keys of countries' names ("ukraine", "united states"): a spot is a place inside a country, and a report
    naming a country ("the invasion in Ukraine") names no spot of its event."""
    import pycountry

    out: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if isinstance(value, str):
                out.add(key(value))
    return frozenset(out)


_BRACKETS = re.compile(r"\([^()]*\)")  # "(Walese Vonkutu, Irumu, Ituri)": the divisions a spot lies in


def _told_from(before: str, rules: Rules) -> bool:
    """Whether a locative follows a word that makes it the place of who tells the event or of what followed it
    ("officials in Kabul", "died in hospital in Peshawar"), among the two words before it."""
    return bool(set(_LOWER.findall(before[-30:].casefold())[-2:]) & rules.speakers)


def _called(between: str, rules: Rules) -> bool:
    """Whether the words between a locative and its name say whom the event was for or who called it ("at the call
    of", "in support of"; the words are `callers` in data/merge/rules.toml)."""
    return bool(set(_LOWER.findall(between.casefold())) & rules.callers)


_PREPOSITION = re.compile(r"\s*\b(?:in|at|near|to|from|into)\s*$", re.IGNORECASE)


def aside(sentence: str, place: object, rules: Rules) -> bool:
    """Whether every mention of a report's place in its sentence is the place of what followed the event ("three
    wounded officers died in hospital in Peshawar"): the report then does not say where its event happened (a toll
    revision read at the hospital's town)."""
    if not isinstance(place, str) or not place.strip() or place not in sentence:
        return False
    starts = [m.start() for m in re.finditer(re.escape(place), sentence)]
    return all(_after_aftermath(_PREPOSITION.sub("", sentence[:i]), rules) for i in starts)


def _after_aftermath(before: str, rules: Rules) -> bool:
    """Whether the word right before a locative is where what followed the event happened ("hospital in"; the
    words are `aftermath` in data/merge/rules.toml)."""
    words = _LOWER.findall(before[-30:].casefold())
    return bool(words) and words[-1] in rules.aftermath


_BEFORE = re.compile(rf"(?<!\()\b({NAME})\s*(?:,|\()\s*")  # "Kamianka, " before the place
_AFTER = re.compile(rf"(?:\s+[Cc]ity)?(?:\s+[-–]\s*|['’]s\s+)({NAME})")  # " - Landhi", "'s Liaquat Bazaar" after it


def _beside(text: str, places: list[str]) -> list[str]:
    """Names written right before a place (followed by a comma or a bracket) or right after it (after a dash or a
    possessive)."""
    out: list[str] = []
    if not places:
        return out
    for m in _BEFORE.finditer(text):
        if any(text.startswith(p, m.end()) and not text[m.end() + len(p):m.end() + len(p) + 1].isalnum()
               for p in places):
            out.append(m.group(1))
    for place in places:
        start = text.find(place)
        while start >= 0:
            if start == 0 or not text[start - 1].isalnum():
                after = _AFTER.match(text, start + len(place))
                if after:
                    out.append(after.group(1))
            start = text.find(place, start + 1)
    return out


def value_words(value: object) -> set[str]:
    """The keys of the words of a column's value ("Kano State" -> kano, state); none for a value that is no text."""
    return {key(w) for w in _WORDS.findall(value)} if isinstance(value, str) else set()


def _spot_name(raw: str, around: set[str], rules: Rules) -> str | None:
    """The key of a name a report places its event at, or None when it names no spot: common capitalised words, a
    people, a month or an acronym alone (an organisation: "DPR", "KBS"). A place's possessive ("Ethiopia's Amhara",
    "Quetta's Liaquat Bazaar") leaves the finer place after it; another ("Donbass People's Militia") is one name."""
    parts = _POSSESSIVE.split(raw)
    if len(parts) > 1 and set(key(parts[0]).split()) <= around | country_names():
        parts = parts[-1:]
    words = " ".join(parts).split()
    while words and words[0] in rules.common_words:
        words = words[1:]
    if not words or all(w in rules.common_words or demonym(w) or w.isupper() for w in words):
        return None
    if _ADJECTIVE.search(words[-1]) or words[-1].casefold() in rules.organisations:
        return None
    if _plural_kind(words[-1], rules):  # "Agriculture Knowledge Centers across the country": many spots
        return None
    name = key(" ".join(words))
    return name if name and name not in country_names() else None


def _plural_kind(word: str, rules: Rules) -> bool:
    """Whether a name's last word is a kind of place in the plural ("Centers", "Offices", "Ministries"): such a name
    is every building of that kind a campaign went to, not one spot."""
    word = word.casefold()
    if not word.endswith("s") or word.endswith("ss"):
        return False
    singular = {word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else word[:-1]}
    return bool(singular & rules.plural_spots)


def spots(texts: list[str], row: Mapping[str, Any], town: bool, rules: Rules,
          parts: frozenset[str] = frozenset()) -> tuple[frozenset[str], frozenset[str]]:
    """(finer, own): the spots a report's texts place its event at that are finer than the place it was resolved
    to, and those that are that place itself as the report wrote it ("Muqdisho" resolved to Mogadishu). The parts
    of a town it names (`parts`, keys) are spots too. A name of the event's province or country is no spot; the
    place written by a report placed only at its province ("in Point Reyes", resolved to California) is finer than
    where it was placed; a name holding the town's and more ("the Government Complex Seoul") is finer too."""
    coarse = set().union(*(value_words(row.get(c)) for c in ("admin1", "admin2", "country")))
    own = value_words(row.get("location")) | value_words(row.get("place_text"))
    written = [str(v).strip() for v in (row.get("place_text"), row.get("location")) if isinstance(v, str) and v.strip()]
    found = [*written[:1], *sorted(parts)]  # the place as the report wrote it, the parts of a town it names
    # a name beside the town it was placed at is finer ("Kamianka, Donetsk", "Tourou (Mokolo", "Karachi - Landhi
    # town"); beside a province it is one of the divisions between the spot and the province ("in Namti (Sivasagar,
    # Assam)"), and so are the names in brackets after a spot ("Opira village (Oicha, Beni)")
    beside = written if town else []
    divisions: set[str] = set()
    common = _common_keys(rules.common_words)
    for text in texts:
        text = apart(text, rules.elsewhere)
        divisions |= division_words(text, rules)
        plain = _BRACKETS.sub(" ", text)
        found += [m.group(1) for m in rules.settlement.finditer(plain)]
        found += [m.group(1) for m in rules.locative.finditer(plain) if not _told_from(plain[:m.start()], rules)
                  and not _called(m.group(0)[:m.start(1) - m.start()], rules)]
        found += _beside(text, beside)
    finer: set[str] = set()
    mine: set[str] = set()
    for raw in found:
        name = raw if raw in parts else _spot_name(raw, coarse | own, rules)
        if name is None:
            continue
        words = set(name.split()) - common  # "Lagos State" is Lagos
        if town and words & own and words <= own | coarse:
            mine.add(name)
        elif not words <= coarse | divisions and not (town and words <= own):
            finer.add(name)
    return frozenset(finer), frozenset(mine)


_DISTANCE = re.compile(r"\b\d[\d,.]*\s*-?\s*(?:km|kilometres?|kilometers?|miles?)\s+(?:[\w-]+\s+){0,2}(?:of|from)\s+"
                       r"(?:the\s+(?:\w+\s+)?(?:town|city|village|capital)\s+of\s+|the\s+)?$", re.IGNORECASE)


def reference(sentence: str, place: object) -> bool:
    """Whether every mention of the report's place in its sentence is the point a distance is measured from ("180 km
    east of El Fasher", "40 miles from the capital of Kano")."""
    if not isinstance(place, str) or not place.strip() or place not in sentence:
        return False
    starts = [m.start() for m in re.finditer(re.escape(place), sentence)]
    return all(_DISTANCE.search(sentence[max(0, i - 60):i]) for i in starts)


_NEAR = re.compile(r"\b(?:near|outside|close to|on the outskirts of|in the outskirts of)\s+(?:the\s+(?:[\w-]+\s+)?"
                   r"(?:town|city|village|capital)\s+of\s+)?$", re.IGNORECASE)


def beside(sentence: str, place: object) -> bool:
    """Whether every mention of the report's place in its sentence follows "near", "outside" or "on the outskirts of"
    ("a station near Peshawar"): the event is beside the town, not in it."""
    if not isinstance(place, str) or not place.strip() or place not in sentence:
        return False
    starts = [m.start() for m in re.finditer(re.escape(place), sentence)]
    return all(_NEAR.search(sentence[max(0, i - 40):i]) for i in starts)
