"""A village the gazetteer lacks, written where a place is (issue 12).

spaCy tags a village it has never seen a place (GPE) when the sentence writes it where places are written ("gunmen
killed four farmers in Tarsokoba"), but a GPE name with no gazetteer candidate used to be dropped: only a FAC or
LOC name fell back to the place around it. So the report's village was lost, and the event went to the town or the
province named elsewhere in the story under that town's words, or to none. Such a name now stands as an unknown
place when its words say it is one, and falls back under its own words to the unit named beside it or the report's
main place (precision 2), as ACLED codes a village it cannot place.

The words must say so, since a GPE with no candidate is as often a group, a firm or a people the model mislabels
("the Tarsoko-backed KMT said", "the mining firm Ngarmco"):
- a word that puts the act inside the place stands right before it ("in", "at", "inside", "throughout":
  `place_words.tsv` "where"); not a word of motion ("from", "to", "into", "via", "reached", "left"), which names
  where someone came from or went, nor one of nearness ("near", "outside", "around"), which names a landmark beside
  the act (measured with them, villages came in whose events carried another toll or side than the report's);
- no unit word follows it ("in the Tarsoko district", "the Tarsoko area"), unless it is a village by its kind ("in
  Tarsoko village"): a division or a part of a town the gazetteer lacks is no more specific than what it falls back
  to;
- it does not open with a side of the compass ("in East Tarsoko", "in Central Moro"): such a name is a zone or a
  region drawn at another scale, not a village, and its fallback is a place the report never meant.
The caller keeps it only when no other name of its sentence is placed by the gazetteer (`resolve.find_places_in`):
where the sentence also names a town, the town is the act's place and the unknown name a second, vaguer one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwatch.geo.build import place_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from eventwatch.geo.cues import PlaceEvidence
    from eventwatch.geo.recognize import Mention


def cued_village(doc: Doc, m: Mention, evidence: PlaceEvidence) -> bool:
    """Whether `m`, a name the gazetteer lacks, is written as a village where an act is: a GPE after a word that
    puts the act in it ("protesters gathered outside the clinic in Tarsokoba"), with no unit word after it and no
    side of the compass opening it (the module's docstring says why each)."""
    if m.label != "GPE":
        return False
    span = doc.char_span(m.start, m.end)
    if span is None or span.start == 0 or doc[span.start - 1].lower_ not in place_words("where"):
        return False
    if span[0].lower_ in evidence.side:
        return False
    return m.town or span.end >= len(doc) or doc[span.end].lower_ not in evidence.after
