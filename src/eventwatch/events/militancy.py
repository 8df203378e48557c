"""Armed militancy told in a violent event's own sentence: a political killing, violence by militants, a terror attack.

Why: GLOCON counts "Armed militancy" as a protest class beside demonstrations and strikes (`evaluation.relevance.
glocon_event`), and that class is violence for a political end by an organised movement. eventwatch's fields show it
when the actor coder names the movement (a rebel group, inter 2); when the report names none, the killer is an
"Unidentified Armed Group" (inter 3) whether the sentence says "terrorists killed ninety people" or "gunmen robbed a
shop", so the fields alone cannot tell a terror attack from crime. The sentence can, by three readings, each of the
violent word itself:
- a political killing as the arbiter's veto reads it (`veto.political_killing`: an assassination, a killing by
  assassins, or one whose victim holds a public role);
- a doer named by a word for an organised armed movement (`militant_doers`: "terrorists", "militants",
  "insurgents"), as the verb's subject or after its "by";
- the act named as terror by a modifier of the word (`terror_words`: "a terror attack", "terrorist bombings").
The words are data (`data/codebook/militancy.toml`). Nothing here changes what `extract` codes: the genres' harness
reads it beside the event (`cli/genres.py`).

Team-written examples: "Terrorists killed fourteen worshippers at the shrine.", "The terror attack on the bus
station left six dead." and "Unknown men shot dead a local union leader." are militancy; "Gunmen shot a shopkeeper
during a robbery." is not.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

from eventwatch.events.codebook import codebook_toml
from eventwatch.events.parsed import Tok, tokens
from eventwatch.events.veto import doers, political_killing

MILITANCY_FILE = "militancy.toml"  # in data/codebook/
MODIFIER_DEPS = frozenset({"amod", "compound"})  # "a terror attack", "terrorist bombings"


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = codebook_toml(MILITANCY_FILE)
    return frozenset(data["militant_doers"]), frozenset(data["terror_words"])


def militant_word(tok: Tok) -> bool:
    """True for a violent word that is a political killing, is done by militants, or is named as terror."""
    if political_killing(tok):
        return True
    militants, terror = _words()
    if any(d.lower_ in militants for d in doers(tok)):
        return True
    return any(c.dep_ in MODIFIER_DEPS and c.lower_ in terror for c in tok.children)


def told_as_militancy(nlp: Language, sentence: str, start: int, end: int) -> bool:
    """True when a word of the sentence between character offsets `start` and `end` (the event's trigger, counted
    from the sentence's start) is militancy by `militant_word`."""
    doc = nlp(sentence)
    return any(militant_word(t) for t in tokens(doc[:]) if start <= t.idx < end)
