"""What is written around a place mention, read from the raw text: the unit it lies in, as a qualifier after a
comma, in a bracket or written out ("Nur, Mazandaran", "Crater (Aden)", "Saida town in Ar Raqqa countryside"), a
following "province"/"district" or "Governor", the unit written before it ("the state of Washington"), and the head
word of a newspaper's title or of a body or treaty named after it ("The Washington Post", "the Venice Commission").

`recognize.py` builds mentions with these readings; they depend on the text alone, not on the parse.
"""

from __future__ import annotations

import re

from eventwatch.dates.calendar import MONTH_NAME
from eventwatch.dates.weekdays import NAME as WEEKDAY_NAME
from eventwatch.geo.build import place_words

# "Nur, Mazandaran"; "Yenisehir town, Diyarbakir"; "(Kutum locality, North Darfur state)"
_COMMA_QUALIFIER = re.compile(
    r"\s*(?:(?:town|city|village|community|hamlet|district|sub-?district|sub-?county|province|governorate|region|county|"
    r"municipality|"
    r"township|area|camp|locality|commune|department|corregimiento|parish|state)\s*)?"
    r",\s*((?:[A-Z][\w'’.\-]*)(?:\s+(?:of\s+)?[A-Z][\w'’.\-]*){0,3})")
# "(Aden)", "city (Haradh, Hajjah)"; after a bracket that is part of the name, the next one: "Freiburg (Elbe) (Stade,
# Niedersachsen)"
_PAREN_QUALIFIER = re.compile(r"\s*(?:[a-z]{3,14}\s+){0,2}(?:\([^()\n]{2,30}\)\s*(?=\())?\(([^()\n]{2,90})\)")
_TYPE = (r"(?:towns?|city|villages?|hamlet|corregimiento|district|sub-?district|sub-?county|area|neighbou?rhood|"
         r"quarter|township|camp|locality|plains?|valley|hills|"
         r"municipality|county|province|region|governorate|suburb|outskirts|countryside|commune|department|state|"
         r"territory)")
# a point of the compass, as a side of a place is written ("northern", "southwest", "east")
_POINT = r"(?:north|south)?(?:north|south|east|west)(?:ern)?"
_SIDE = rf"(?:(?:rural|central|{_POINT})\s+)?"
# the side of a unit an apposition puts a place in, before the unit's name: "X, a town in the north of Sagaing
# Region", "X, a village in the far south-east of Y province" (without it no unit was read, and a town the gazetteer
# lacks fell to the region's seat under the region's words)
_PART_OF = r"(?:(?:far\s+)?(?:north|south)?-?(?:north|south|east|west)\s+of\s+(?:the\s+)?)?"
_NAME = (r"((?:[A-Z][\w'’.\-]*)(?:\s+(?:(?:al|el|ad|as|ar|an|ash|az|ez|es|ed|er|en|ul|um|de|del|la|of)\s+)?"
         r"[A-Z][\w'’.\-]*){0,3})")
# up to two lower-case words that say what kind of place an apposition's unit is: "X, a small village in",
# "X, a trading town in", "X, a remote farming village of" (geo49: without them the unit was not read, and a town the
# gazetteer lacks had no qualifier to fall back to)
_KIND_OF = r"(?:[a-z]+(?:-[a-z]+)?\s+){0,2}?"
_NAME_UNCAUGHT = "(?:" + _NAME[1:]  # the same, not captured (inside a lookahead)
# "Saida town in Ar Raqqa countryside", "Kishm district of Badakhshan", "X, a village in the Aleppo countryside",
# "Hamdan in Al Hasakeh governorate", "Ghariba in the countryside of Deir ez Zor": the unit a place lies in, written
# out (a qualifier like "(Aden)")
_IN_QUALIFIER = re.compile(
    rf"(?:\s+{_TYPE},?|,\s+an?\s+{_KIND_OF}{_TYPE})\s+(?:of|in|near|outside)\s+(?:the\s+)?{_PART_OF}{_SIDE}(?>{_NAME})"
    # "a town in the Caribbean department of Atlantida": no unit "Caribbean" (but "in the Djugu territory of Ituri
    # province" is Djugu, in Ituri: a unit follows the second name)
    rf"(?!\s+{_TYPE}\s+of\s+(?:the\s+)?(?>{_NAME_UNCAUGHT})(?!\s+{_TYPE}\b))"
    rf"|,?\s+in\s+(?:the\s+)?{_SIDE}{_NAME}\s+({_TYPE})\b"
    rf"|(?:\s+{_TYPE})?\s+(?:in|on)\s+the\s+{_SIDE}{_TYPE}\s+of\s+(?:the\s+)?{_NAME}"
    # an apposition after a comma that says where the place lies and ends its clause ("the village of X, in North
    # Darfur, on Saturday", "Y sub-district, in Erbil province's Soran district"; geo51), read after a settlement's
    # kind only (`_SETTLEMENT_NAMED`): "the road between Moneague and Ocho Rios, in Haddon," names a spot on a road
    rf"|,\s+in\s+(?:the\s+)?{_SIDE}{_NAME}(?=\s*[,.;:)])")
_SETTLEMENT_NAMED = re.compile(r"\b(?:village|town|hamlet|settlement|community|camp)\s+of\s+[A-Z][\w'’.\- ]{0,40}$")
_IN_OUTER = re.compile(rf"(?:\s+{_TYPE})?\s+(?:of|in)\s+(?:the\s+)?{_SIDE}{_NAME}\s+{_TYPE}\b")
_LOCATED_IN = re.compile(rf"\s*,?\s+(?:located|situated|which\s+lies|that\s+lies)\s+in\s+(?:the\s+)?"
                         rf"(?:(?:state|province)\s+of\s+)?{_NAME}")
_PATH_AFTER = re.compile(
    rf"(?:\s+{_TYPE})?(?:\s*\((?:coded|location coded)[^()]*(?:\([^()]*\))?[^()]*\))?\s*\(([^()\n]{{2,90}})\)")
MIN_KEY = 4  # shorter qualifiers ("J&K", "AP") are abbreviations the gazetteer cannot read safely (`qualifiers`)
_SENTENCE_END = re.compile(r"(?<=[a-z]{3})\.\s")  # "Pisky, Donetsk. Casualties": the qualifier ends there
_LIST_AFTER = re.compile(r"\s*(?:,\s*[A-Z]|,?\s*and\s+[A-Z]|,?\s*or\s+[A-Z])")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
# a month or a weekday, which `_IN_QUALIFIER` takes for a unit written out after a name ("an attack at Mpondwe in
# Kasese district in June 2023"), and `_COMMA_QUALIFIER` for the unit after a town ("LISBON, March 15, 2024 (wire)
# -", "Nairobi, Monday 3 March"): no unit is named so, and GeoNames' alternate names make towns of "June" (Unieux,
# France) and "March" (Cambridgeshire) that the place would be sent to. The names are the dates package's
# (`calendar.MONTH_NAME`, `weekdays.NAME`), so that a spelling the date parser reads is never a place here
_DATE_WORD = re.compile(rf"(?i:{MONTH_NAME}|{WEEKDAY_NAME})\b\.?(?:\s+\d|\s*$)")
# after a comma, a month or weekday is a date only with a day, a year or another part of the date after it: "Paris,
# Texas" stays a qualifier whatever it is, "Georgia, May" is read as written
_DATE_AFTER_COMMA = re.compile(rf"(?i:{MONTH_NAME}|{WEEKDAY_NAME})\b\.?,?\s+(?:\d|(?i:{MONTH_NAME})\b)")
# a town opening its line with a comma and such a date after it: a dateline ("LISBON, March 15, 2024 (wire) -",
# "PORT VILA, Friday 30 August 2024 -")
_DATELINE_DATE = re.compile(rf",\s*({_DATE_AFTER_COMMA.pattern})")
_WORD_AT = re.compile(r"[A-Za-z]+")
_CODED_ASIDE = re.compile(rf"((?:\s+{_TYPE})?)\s*[\[(]\s*(?:location\s+)?coded\s+(?:to|as|at)\b[^\[\](),]*[\])]")
_CODED_OPEN = re.compile(r"[\[(]\s*(?:location\s+)?coded\s+(?:to|as|at)\s+[^\[\]()]*$")
_ASIDE_CLOSE = re.compile(r"[^\[\](),]*[\])]")


def without_coding_asides(text: str, end: int) -> str:
    """The words after a mention with ACLED's coding aside taken out, so that the division written after it is
    still its qualifier: "Kishm district [coded to Mashhad], Badakhshan" reads "Kishm district, Badakhshan", and the
    place named inside the aside is followed by the bracket after it: "(coded to Al Talh) (Sahar,
    Sadah)". An aside that writes a path of its own ("(coded to Mokambo, Mahagi, Ituri)") is left as it is: it is
    the qualifier."""
    tail = text[end:end + 180]
    opened = max(text.rfind("(", max(0, end - 80), end), text.rfind("[", max(0, end - 80), end))
    if opened >= 0 and _CODED_OPEN.match(text, opened, end) and (close := _ASIDE_CLOSE.match(tail)):
        return tail[close.end():]
    aside = _CODED_ASIDE.match(tail)
    return aside.group(1) + tail[aside.end():] if aside else tail


# "Balochistan's Kachhi": the unit written with the larger one that holds it as its owner
_OWNER = re.compile(r"^(.+?)['’]s\s+(.+)$")


def _owned(written: str) -> str:
    """A unit written with its owner ("in Balochistan's Kachhi district", "in Ethiopia's Oromia region") as the path
    the qualifier reader takes, innermost first ("Kachhi, Balochistan"; `qualifiers`): read as one name, the owner's
    "'s" made it no place, and a town the gazetteer lacks had no unit to fall back to (geo51)."""
    m = _OWNER.match(written)
    return f"{m.group(2)}, {m.group(1)}" if m else written


def _unit_written(qualifier: str, admin_words: frozenset[str]) -> bool:
    """Whether a comma's qualifier ends in its unit word ("Kachin State", "Tanintharyi Region"): a division, even with
    a comma and a name after it. A caption or a dateline writes a village, its division and its country so
    ("Hpakant, Kachin State, Myanmar -"), which without this reads as a list of three places and leaves the village
    the gazetteer lacks no division to fall back to (geo51)."""
    words = qualifier.split()
    return len(words) > 1 and words[-1].lower() in admin_words


def qualifier_after(text: str, end: int, admin_words: frozenset[str]) -> tuple[str, bool]:
    tail = without_coding_asides(text, end)
    qualifier = ""
    m = _COMMA_QUALIFIER.match(tail)
    if m and _LIST_AFTER.match(tail[m.end():]) and not _unit_written(m.group(1), admin_words):
        m = None  # "Tehran, Isfahan, Ahvaz": a list of places, not a place and its province
    if m and _DATE_AFTER_COMMA.match(tail, m.start(1)):
        m = None  # "LISBON, March 15, 2024 -": a date, not the town's unit
    m = m or _PAREN_QUALIFIER.match(tail)
    if m:
        qualifier = _SENTENCE_END.split(m.group(1), maxsplit=1)[0].strip().rstrip(".")
        if qualifier.endswith(("'s", "’s")):  # "Tripoli, Lebanon's second city": an owner, which may not hold it
            qualifier = ""  # ("Minsk, Moscow's ally"): read where it can hold it (`recognize._written_in`)
    else:
        m = _IN_QUALIFIER.match(tail)
        if m and m.group(5) and not _SETTLEMENT_NAMED.search(text, max(0, end - 60), end):
            m = None
        written = (m.group(1) or m.group(2) or m.group(4) or m.group(5) or "").strip() if m else ""
        if m and m.group(2) and len(written) < MIN_KEY:  # "in the northern Gao region": a short name is read with
            written += " " + m.group(3)  # its unit (`qualifiers` reads no bare name this short: "Gao" is a town
            # in three countries and Mali's region, "Gao region" the region alone)
        if m and _DATE_WORD.match(written):
            m = None  # "in Kasese district in June 2023": a date, not a unit
        written = _owned(written)
        if m:
            qualifier = written
            outer = _IN_OUTER.match(tail, m.end())  # "... in Ariha countryside in Idleb governorate"
            if outer:
                qualifier += ", " + outer.group(1).strip()
                m = outer
        else:
            m = _LOCATED_IN.match(tail)  # "Fulton County, located in Illinois"
            qualifier = _SENTENCE_END.split(m.group(1), maxsplit=1)[0].strip().rstrip(".") if m else ""
    if m and m.group(0).rstrip()[-1:] != ")":
        more = _PATH_AFTER.match(tail, m.end())  # "Hnaw Kone village of Myinmu township (coded as Hnaw Kone
        if more:  # (North)) (Sagaing district, Sagaing region)": the bracket after the unit goes on outwards
            qualifier += ", " + more.group(1).strip()
    nxt = _NEXT_WORD.match(tail)
    word = nxt.group(1) if nxt else ""  # "Washington state", but not "Mississippi State" (a university, a team)
    # "New York Governor Andrew Cuomo": a governor heads a state or province, not a town
    admin = (word.lower() in admin_words and word != "State") or word.lower() == "governor"
    return qualifier, admin


# the word after the last item of a list of places, to be tested for a plural unit word: "Edo and Ondo states",
# "Cordoba and Santa Fe provinces", "Kasai, Kwango and Kwilu provinces"
_WORD_AFTER = re.compile(r"\s+(\w+)")


def units_after(text: str, end: int) -> bool:
    """Whether a plural unit word follows a name, which then types every item of the list it ends ("Sao Paulo and
    Minas Gerais states": São Paulo is the state, though a city by the name lies in it and is larger)."""
    word = _WORD_AFTER.match(text, end)
    return word is not None and word.group(1) in place_words("units")


_UNIT_BEFORE = re.compile(r"\b(?:[Ss]tate|[Pp]rovince|[Gg]overnorate|[Gg]overnor)\s+of\s+(?:the\s+)?$")


def unit_before(text: str, start: int) -> bool:
    """Whether a name is written after the unit it is ("the state of Washington", "the province of Alberta", "the
    Governor of New York"): the division, not a town by its name (the US capital, New York City)."""
    return _UNIT_BEFORE.search(text, max(0, start - 20), start) is not None


# "the Ohio town of Lebanon", "the Lebanese city of Tripoli", "the northern Syrian city of Aleppo", "the Egyptian
# port city of Alexandria": the unit a town lies in, written before it with the kind of place it is (`qualifier_before`)
_LOWER = r"(?:(?!(?:of|in|on|at|to|by|for|from|near|with|the|a|an|and|or|is|was|are|were)\s)[a-z]+(?:-[a-z]+)?\s+)"
_QUALIFIER_BEFORE = re.compile(
    rf"\b[Tt]he\s+{_LOWER}{{0,2}}([A-Z][\w'’.]*(?:-[A-Z][\w'’.]*)*(?:\s+[A-Z][\w'’.]*(?:-[A-Z][\w'’.]*)*){{0,2}})\s+{_LOWER}{{0,2}}"
    r"(?:town|city|village|hamlet|port|township|borough|suburb|municipality)\s+of\s+$")


def qualifier_before(text: str, start: int) -> str:
    """The unit a town lies in when it is written before the town with the kind of place it is: "the Ohio town of
    Lebanon" (a town in Ohio, not the country Lebanon), "the Lebanese city of Tripoli" (Lebanon's, not Libya's
    capital), "the Missouri town of Lebanon", "the Canadian city of London". Wire copy introduces a namesake so; the
    words read like "Lebanon, Ohio", and the name is a town. Empty when nothing of the kind precedes the name."""
    if "of" not in text[max(0, start - 4):start]:  # most names: nothing to search
        return ""
    m = _QUALIFIER_BEFORE.search(text, max(0, start - 60), start)
    return m.group(1) if m else ""


# "Tripoli in northern Lebanon", "Lebanon, in Ohio,", "Kano, northern Nigeria", "Tripoli, Lebanon's second city": the
# country or state a town lies in, written after it with "in", with a side of it or as its owner (`container_after`)
_COMPASS = rf"(?:{_POINT}|central|far\s+(?:north|south|east|west)(?:ern)?)"
_CONTAINER_AFTER = re.compile(
    rf"(?:\s*,)?\s+in\s+(?:the\s+)?(?:{_COMPASS}\s+)?([A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){{0,2}})"
    rf"|\s*,\s+{_COMPASS}\s+([A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){{0,2}})"
    r"|\s*,\s+([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})['’]s\s")


def container_after(text: str, end: int) -> list[str]:
    """The words after "in" (or after a comma and a side, "Kano, northern Nigeria", or as an owner, "Tripoli,
    Lebanon's second city") that may name the country or state a place lies in, up to three words, longest first
    ("in Ohio Monday": "Ohio Monday", "Ohio"); the caller keeps the first the gazetteer reads as one, and only where
    the place has a namesake there (`recognize._written_in`). Empty when no such words follow."""
    if not text.startswith((" in ", ",", " in\n"), end):  # most names: nothing to match
        return []
    m = _CONTAINER_AFTER.match(text, end)
    if m is None:
        return []
    words = (m.group(1) or m.group(2) or m.group(3)).split()
    return [" ".join(words[:n]).rstrip(".") for n in range(len(words), 0, -1)]


# "the Kurdistan Region of Iraq", "the Amhara region of Ethiopia": a division's unit word (in its name or after it),
# then "of" and the words that may name its country
_UNIT_OF = re.compile(r"(?:\s+[a-z]+)?\s+of\s+(?:the\s+)?([A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2})")


def country_of_after(text: str, end: int) -> list[str]:
    """The words after a division's unit word and "of" that may name the country it lies in ("the Kurdistan Region
    of Iraq": "Iraq"), up to three words, longest first; the caller keeps the first the gazetteer reads as a
    country, and only for a mention written as a division (`recognize._written_of`). Empty when none follow."""
    m = _UNIT_OF.match(text, end)
    if m is None:
        return []
    words = m.group(1).split()
    return [" ".join(words[:n]).rstrip(".") for n in range(len(words), 0, -1)]


# "in the Cieneguita neighbourhood", "the Al-Midan quarter", "in the suburb of Kileleshwa": a part of a town, which
# lies in the town the story is about (only lower-case kind words: "the Latin Quarter" is a name; not "quarter of",
# which is also a fraction, "a quarter of Kenya's maize")
_PART_AFTER = re.compile(r"\s+(?:neighbou?rhoods?|quarter|suburb|barrio)\b")
_PART_BEFORE = re.compile(r"\b(?:neighbou?rhood|suburb|barrio)\s+of\s+(?:the\s+)?$")


def part_of_town(text: str, start: int, end: int) -> bool:
    """Whether a name is written as a part of a town, a neighbourhood, quarter, suburb or barrio: such a part lies
    in the story's own town, whatever village abroad bears its name (`checks.ReadingChecks._part_abroad`)."""
    return _PART_AFTER.match(text, end) is not None or _PART_BEFORE.search(text, max(0, start - 30), start) is not None


# the head word of a newspaper's title after the city it is named after ("The Washington Post")
PAPER_AFTER = re.compile(r"\s+(?:Post|Times|Herald|Tribune|Gazette|Chronicle|Journal|Courier|Examiner|Inquirer|"
                          r"Globe|Star|Sun|Daily News|Free Press|Dispatch|Observer)\b")
# the head word of an international body, treaty or meeting named after the town it met or was signed in ("the
# Venice Commission", "the Paris Agreement", "the Kyoto Protocol", "the Minsk agreements", "the Oslo Accords"): the
# town is the one the world knows, whatever the report's locale (not Venice, California in a report on Ukraine
# that names the United States; not Paris, Texas in a Texas paper)
EPONYM_AFTER = re.compile(r"\s+(?:Commission|Conventions?|Treaty|Accords?|Protocol|[Aa]greements?|Declaration|"
                           r"Charter|Summit|Statute|Consensus|Principles)\b")


# a treaty, accord or declaration named after the town it was signed in, written with "of" before the town ("a
# bill on the Treaty of Waitangi", "the Peace of Westphalia", "the Declaration of Tashkent"): the name is a
# document's, and the town is no place of the report (trial12's Wellington march went to Waitangi, Northland). Only
# a capitalised head word, as such names are written ("a treaty of friendship", "the peace of the village" are
# no names). Not "Battle of" nor "Siege of": a battle is often the report's own event, at its own place ("the
# battle of Bakhmut"); not "Congress of", "Liberation of": bodies named after the country they act in
_DOCUMENT_BEFORE = re.compile(r"\b(?:Treaty|Treaties|Accords?|Agreements?|Declaration|Convention|Peace|Protocol|"
                              r"Charter|Statute|Edict|Armistice|Truce)\s+of\s+(?:the\s+)?$")


def document_named_after(text: str, start: int) -> bool:
    """Whether the name at `start` ends a document's name written with "of" ("the Treaty of Waitangi", "the Peace
    of Westphalia"): such a town is where a treaty was signed long ago, never where the report's event is."""
    return _DOCUMENT_BEFORE.search(text, max(0, start - 40), start) is not None


_SAINT = re.compile(r"(?:St\.?|Saint|Ste\.?|Sainte)\s")
_CAPITALISED_WORD = re.compile(r"\s+([A-Z][\w'’.\-]*)")


def saint_owns_site(text: str, start: int, end: int) -> bool:
    """Whether a saint's name written as an owner stands before a site's name ("a vigil outside St. John's Lutheran
    Church", "Saint Mary's Ukrainian Catholic Church in Sudbury", "St. Michael's Hospital"): the church, school or
    hospital is named after the saint, and the name is no town (St. Johns, Michigan; St. Marys, Ontario). Only a
    possessive `text[start:end]` ("St. John's") and only before a premises word within three capitalised words:
    "St. John's, Newfoundland" and "St. Mary's County" stay places."""
    if _SAINT.match(text, start) is None or not text[start:end].endswith(("'s", "’s")):
        return False
    at = end
    for _ in range(3):
        word = _CAPITALISED_WORD.match(text, at)
        if word is None:
            return False
        if word.group(1).lower() in place_words("premises"):  # church, school, hospital...
            return True
        at = word.end()
    return False


def dateline_date_word(text: str, start: int, end: int) -> str:
    """The month or weekday written first in a date after the name at `start`-`end` when that name opens its line
    with a comma and the date after it: a dateline ("LISBON, March 15, 2024 (wire) -" gives "March", "PORT VILA,
    Friday 30 August 2024 -" "Friday"); else "". `qualifier_after` never takes that word for the town's unit."""
    line = text.rfind("\n", 0, start) + 1
    m = _DATELINE_DATE.match(text, end) if not text[line:start].strip() else None
    word = _WORD_AT.match(text, m.start(1)) if m else None
    return word.group(0) if word else ""
