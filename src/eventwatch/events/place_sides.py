"""Which of a sentence's places its event is not at: the desk of a dateline the clean stage left unread, the town a
statement was made in, a people's adjective naming a side, a capital naming its government (geo44; issues 10 and 12,
trial12's fix-half place classes). Read by `locate.event_places`; each test says why in its docstring."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwatch.events.codebook import word_sets
from eventwatch.events.parsed import parsed
from eventwatch.geo.governments import names_government
from eventwatch.geo.normalize import key
from eventwatch.records import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from eventwatch.records import Place


# the town a statement was made in, after the verb of saying: "the army spokesman said in a statement in Cairo",
# "the ministry said at a news conference in Kabul" (where the speaker was, as `asides.spoken_at`'s "said in")
STATED_AT = re.compile(r"\b(?:said|says|announced|told\s+\w+)\s+(?:in|at)\s+(?:a|an|the|its|their|his|her)\s+"
                       r"(?:\w+\s+){0,2}?(?:statement|communiqu[eé]|interview|briefing|conference|release|speech)\s+"
                       r"(?:issued\s+|released\s+|published\s+)?(?:in|at|from)\s+(?:the\s+(?:town|city|capital)\s+of\s+)?$",
                       re.IGNORECASE)
# an unread dateline's town: in capitals, opening its line, then a date ending in a year and a credit in small letters
# before the dash ("NOUAKCHOTT, Dec. 10, 2024 (wire) - ", "BANGKOK, 27 January 2025 (wire) - ")
_DESK_AFTER = re.compile(r",(?:\s*[A-Z][\w.' -]{1,30},)?\s*[^\n()]{3,25}?\b\d{4}\s*"
                         r"\([a-z][a-z .-]{0,15}\)\s*(?:—|–|--|-)")


def unread_desk(text: str, place: Place) -> bool:
    """A dateline the clean stage left in the text (a credit in small letters, "(wire)") names the desk the report
    was filed from, not the scene: its town, read as a place of the lead sentence, yields to any place of that
    sentence below the country that no clause of another time stands before (`scene_after_desk`: "NOUAKCHOTT, Dec.
    10, 2024 (wire) - ... exchanged fire ... near Chami": Chami; a bomb "in Rueso district": Rueso). A lead that names
    no other place keeps the desk (often the scene too). The dateline's reading itself is the clean stage's."""
    if place.span is None or not place.span.text.isupper() or len(place.span.text) < 3:
        return False
    line = text.rfind("\n", 0, place.span.start) + 1
    return not text[line:place.span.start].strip() and _DESK_AFTER.match(text, place.span.end) is not None


# words that open a clause of another, earlier or later occurrence: "... on Saturday, three days after a gang raided a
# village in the Ihosy district" (the lead's gunfight was elsewhere; the desk's copy of it is folded as before)
_OTHER_TIME = re.compile(r"\b(?:after|before|since|following|earlier|ago|later)\b", re.IGNORECASE)


def scene_after_desk(text: str, desk: Place, place: Place) -> bool:
    """Whether `place`, named after an unread dateline's town in its lead, is the lead event's scene: a place below
    the country that no clause of another time stands before (`_OTHER_TIME`)."""
    if place.feature_code.startswith("PCL") or place.span is None or desk.span is None:
        return False
    return place.span.start > desk.span.end and not _OTHER_TIME.search(text, desk.span.end, place.span.start)

# armed or official bodies a people's adjective names as a side: "Tajik border guards", "Eritrean troops"
_SIDE_AFTER = re.compile(r"\s+(?:border\s+guards?|guards|troops|forces|soldiers|army|military|police|militants|"
                         r"fighters|gunmen|rebels|militia|militiamen|navy|coast\s+guards?|warplanes|jets|drones|artillery|"
                         r"officials|authorities)\b")


def side_named(text: str, place: Place) -> bool:
    """A people's adjective before an armed or official body ("Tajik border guards on the other side opened fire")
    names who acted, one side of the event, not where the paragraph is: even where a people counts as its country
    (`locate.event_places`'s `people`), it is no place the next sentences inherit ("Our men took cover and returned
    fire" happened where the clash did, not in Tajikistan)."""
    return place.span is not None and _SIDE_AFTER.match(text, place.span.end) is not None


def government_named(text: str, place: Place) -> bool:
    """A capital written as the subject of a verb of saying or judging names the government ("Jaish al-Adl, a group
    that Tehran calls a terrorist organisation"), not where the paragraph is: it sets no place the next sentences
    inherit (`locate.event_places`'s `people` reading), as a people's adjective before an armed body does not."""
    return (place.feature_code == "PPLC" and place.span is not None
            and names_government(text, place.span.start, place.span.end))


def desk_again(desk: Place, place: Place) -> bool:
    """The desk's town named again through what it is, not by its name ("TRIPOLI, 9 August 2025 (wire) - Rival armed
    groups in Tajoura, on the eastern edge of the Libyan capital, ..."): where the scene lies from the desk, not a
    second scene; it yields with the desk."""
    return (place is not desk and place.geonameid == desk.geonameid and place.span is not None
            and key(desk.name) not in key(place.span.text))


def launcher_spans(doc: Doc, offset: int) -> list[Span]:
    """The subjects of a verb that sends munitions off (`launch_verbs`: "Russia launched 112 drones and four
    missiles overnight", "Iran fired missiles at Israel"), with those coordinated with them: the side that launched
    them, not where they fell, as the agent of a passive verb is (`locate.agent_spans`, which adds these; a country
    among them is never the event's place). Why: a night's tally in a statement ("the air force says Russia launched
    ...") placed its strike in the launching country (coder105, issue 10; a trial fix half). Team-written example:
    in "The navy says Iran fired six missiles overnight", Iran is who fired, not where. Offsets are the document's."""
    verbs = word_sets("launch_verbs")["launch_verbs"]
    out: list[Span] = []
    for word in parsed(doc).toks:
        if word.pos_ != "VERB" or word.lemma_.lower() not in verbs:
            continue
        tok = doc[word.i]
        if not any(c.dep_ == "dobj" for c in tok.children):
            continue  # "the gun fired": no munition sent
        for subj in tok.children:
            if subj.dep_ == "nsubj":
                out += coordinated_spans(doc, offset, subj)
    return out


def coordinated_spans(doc: Doc, offset: int, head: Token) -> list[Span]:
    """The phrase a noun heads (from its left edge to itself) and those of the nouns coordinated with it ("Russia and
    Turkey"), with the document's offsets (the sentence starts at `offset`): the names a place reading sets apart
    (`launcher_spans`, `locate._objects`)."""
    out: list[Span] = []
    for noun in (head, *head.conjuncts):
        sub = doc[noun.left_edge.i:noun.i + 1]
        out.append(Span(offset + sub.start_char, offset + sub.end_char, sub.text))
    return out
