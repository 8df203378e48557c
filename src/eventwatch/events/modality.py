"""Telling what a sentence reports as happening from what it only quotes, demands, predicts or denies.

A trigger word does not make an event when it sits inside quotation marks (a slogan or chant), is negated
("did not attack", "no one was killed"), carries a modal ("IRGC must be disbanded", "will strike"), is the
complement of a verb of wanting, threatening, demanding or denying ("threatened to burn", "called for the
disbanding"), sits in an if-clause, or follows a prediction frame ("is sure to", "is likely to"). The cue words are
data (`modality.toml`); the checks look only at the trigger's own clause and the verbs that govern it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from spacy.tokens import Span as SpacySpan

from eventwatch.events.codebook import load_codebook
from eventwatch.events.parsed import Tok, ancestors, text_of
from eventwatch.events.presupposed import definite_protest, described_victim, named_victim, protest_under_way
from eventwatch.events.quotes import quoted_ranges, told_in_past
from eventwatch.events.relatives import holds_predicate, narrates, relative_word, tells_unrest
from eventwatch.events.senses import other_sense
from eventwatch.events.staged import no_event
from eventwatch.events.totals import running_total, total_since_event
from eventwatch.events.totals import without_running_totals as without_running_totals

_CLIMB_DEPS = {"xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "relcl", "advcl", "attr", "oprd", "compound",
               "amod", "nsubj", "nsubjpass", "appos", "pcomp", "npadvmod", "conj", "dep"}


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    m = load_codebook().modality
    return {
        "modal": frozenset(m["modal_aux"]),
        "governors": frozenset(m["irrealis_governors"]),
        "prediction": frozenset(m["prediction_adjectives"]),
        "marks": frozenset(m["hypothetical_marks"]),
        "temporal": frozenset(m["temporal_marks"]),
        "negation": frozenset(m["negation_words"]),
        "topic_governors": frozenset(m["topic_governors"]),
        "topic_preps": frozenset(m["topic_preps"]),
        "topic_nouns": frozenset(m["topic_nouns"]),
        "trend_nouns": frozenset(m["trend_nouns"]),
        "trend_adjectives": frozenset(m["trend_adjectives"]),
        "attribution": frozenset(m["attribution_nouns"]),
        "claims": frozenset(m["attribution_verbs"]),
        "relatives": frozenset(m["descriptive_relatives"]),
        "unrest": frozenset(m["unrest_heads"]),
        "reference_preps": frozenset(m["reference_preps"]),
        "purpose": frozenset(m["purpose_frames"]),
        "reference_verbs": frozenset(m["reference_verbs"]),
        "absence": frozenset(m["absence_words"]),
        "prevention": frozenset(m["prevention_verbs"]),
        "person": frozenset(m["participant_protest_words"]),
    }


@lru_cache(maxsize=8)
def _habit(ongoing: bool = False, spans: bool = False, rare: bool = False) -> re.Pattern[str]:
    """The habit words as one pattern; for a protest (`ongoing`) without the words of continuation (`ongoing_words`):
    a strike or a sit-in that is "still" on or "continues" is going on as the report is written, not a habit.
    `spans`: with the spans of years of a story's background (`background_spans`). `rare`: with the words of rarity
    (`rarity_words`: "Self-immolations are rarely reported in the country", coder95)."""
    m = load_codebook().modality
    skip = frozenset(m["ongoing_words"]) if ongoing else frozenset()
    story_words = [*(m["background_spans"] if spans else ()), *(m["rarity_words"] if rare else ())]
    words = sorted((w for w in [*m["habit_words"], *story_words] if w not in skip),
                   key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=2)
def _perfect_background(story: bool = False) -> re.Pattern[str]:
    """The words that tell a place's history in the present perfect (`perfect_background`) as one pattern; in a
    story's sentences also the repeated events a place has suffered (`perfect_repeated`, coder92)."""
    m = load_codebook().modality
    words = [*m["perfect_background"], *(m["perfect_repeated"] if story else ())]
    return re.compile(r"\b(?:" + "|".join(words) + r")", re.IGNORECASE)


def _negated(token: Tok) -> bool:
    negation = _cues()["negation"]
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ in ("no", "none")):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and (
            child.lower_ in ("nobody", "none", "no-one")
            or (child.lower_ == "one" and any(g.lower_ == "no" for g in child.children))
        ):
            return True
    # "without" negates what it governs ("without clashes", "without firing a shot"), not the verb it modifies:
    # "took control of the village without a fight" reports the takeover.
    if token.dep_ in ("pobj", "pcomp") and token.head.lower_ == "without":
        return True
    # "free of", "the absence of", "a lack of" deny what they govern as "without" does: "a weekend free of protests",
    # "in the absence of clashes" report none (`absence_words`)
    if token.dep_ in ("pobj", "pcomp") and token.head.lower_ == "of" and token.head.head.lower_ in _cues()["absence"]:
        return True
    return token.i > 0 and token.nbor(-1).lower_ in negation and token.nbor(-1).lower_ != "no" and token.pos_ == "VERB"


def contrast_negated(token: Tok) -> bool:
    """True for an event noun whose phrase is the denied side of a contrast: it opens right after a comma and "not"
    (", not to the barricades", ", not a riot"), the phrase or its preposition next to them. The words say what did not
    happen, as "no riot" does (`_negated`), however the parser hangs the "not" (often on the noun before the comma, as
    in "went to the ballot box, not to the barricades"). Why: an opinion piece's contrast coded Mob violence (issue 10;
    trial12's fix-half switzerland). Narrowed from coder89's `_phrase_negated` (every noun phrase after "not" or
    "never"; kept on branch coder89, it reached an item of a reported half): only the comma's contrast, and a noun,
    not a verb ("..., not attacked" is left to the other checks). Team-written example, no event: "For thirty years
    the quarrels of Czech politics went to the courts, not to the barricades." Read in a story's sentences only: no
    short text's reading changes."""
    if token.pos_ != "NOUN":
        return False
    start = token.left_edge
    if token.dep_ == "pobj" and token.head.i == start.i - 1:
        start = token.head  # "not to the barricades": the phrase opens at its preposition
    if start.i < 2:
        return False
    before, comma = start.nbor(-1), start.nbor(-2)
    return before.lower_ == "not" and comma.text == ","


def irrealis_reason(token: Tok, sent: SpacySpan, *, protest: bool = False, story: bool = True) -> str | None:
    """Why the trigger `token` does not report a real event ("quoted", "negated", ...), or None when it does.
    `protest`: the word is a protest cue, which a definite noun presupposes (`presupposed.py`). `story`: the sentence
    is read as a news story's, where a story's non-events (`staged.py`) and spans of years (`background_spans`) are
    read too; a short text read alone keeps the reading it had before them (the arbiter trains on those readings)."""
    cues = _cues()
    sense = other_sense(token) or (no_event(token, sent, protest=protest) if story else None)
    if sense is not None:
        return sense
    if prevented(token):
        return "prevented"
    if story and contrast_negated(token):
        return "negated"
    rel = token.idx - sent.start_char
    # A protest named by a definite noun inside a quotation is the one the speaker talks about ('"This strike is
    # costing the city millions," the mayor said'): quoted or not, the sentence mentions it (`definite_protest`). Its
    # own negation, a modal or a demand above it is still read below.
    mentioned = protest and definite_protest(token)
    for start, end in quoted_ranges(text_of(sent)):
        if start <= rel < end and not told_in_past(token, sent, start, end, protest=protest) and not mentioned:
            return "quoted"
    if token.pos_ == "NOUN" and any(c.dep_ == "acl" and c.tag_ not in ("VB", "VBG")
                                    and c.lemma_.lower() in cues["governors"] for c in token.children):
        # "gatherings planned for Thursday": a past participle makes the event what is planned. An infinitive or a
        # present participle makes it who demands ("held a protest to demand justice", "a strike demanding pay"):
        # the demand is the protest's claim, and the protest happened. A participle the tagger reads as a past tense
        # (VBD; common in text restored from capitals, "the offensive announced by the rebels") is still one: a verb
        # that modifies a noun is no finite verb.
        return "irrealis"
    if named_past_event(token):
        return "named"
    if token.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ in cues["trend_adjectives"] for c in token.children):
        return "trend"  # "spiralling fuel-price protests": a kind of event counted over time
    node = token
    coordinated = False  # past a conjunction, governors of the other conjunct say nothing about this one
    # Past an adverbial clause a topic governor names no topic: "rallied ... as police fired tear gas" reports the
    # tear gas beside the rally, where "rallied against the tear gas" makes it the rally's topic.
    adverbial = False
    # A topic governor whose complement is a finite that-clause with its own subject names no topic either: "reports
    # show that two bombers blew themselves up" states what happened, where "show solidarity with the victims of the
    # bombing" names it. Only the governor of that clause itself; governors of what has not happened ("deny that",
    # "fear that") still apply.
    reported = False
    # Past a nominal predicate ("likely to be IS militants") or a verb in the past tense with its own subject, a
    # prediction word hedges who someone is, not whether the event happened: "gunmen likely to be IS militants
    # killed a shepherd" reports the killing however the parser hangs it ("likely" as the root).
    identity = False
    # A killing named with its victim ("condemned the murder of the mayor") or a protest named by a definite noun ("did
    # not say what the protest was about") is taken as given: what governs it from above does not unmake it, only its
    # own negation, a plan, a threat, a modal or a citation does (`presupposed.py`).
    # A killing so named is past when a modal or a condition governs the clause above it ("the government will
    # investigate the assassination of the judge", "the family of the judge murdered last week will be compensated"):
    # the modal says what is to come of it, not whether it happened. A protest's modal is its own ("the march will go
    # ahead"), so it still unmakes a protest; so does it a plural, which names a kind of killing, not one ("there will
    # be no more murders of officials").
    killing_named = (named_victim(token) and token.tag_ != "NNS") or described_victim(token)
    presupposed = mentioned or killing_named
    # A protest under way ("the strike could be resolved", "striking miners are set to lose their jobs"): the modal, the
    # negation or the prediction of the verb that takes it says what will become of it (`presupposed.protest_under_way`)
    own_verb = protest_under_way(token) if protest else None
    sibling = False  # the node is the first of two coordinated participles: it governs nothing of the second
    for _ in range(6):
        first_conjunct, sibling = sibling, False
        if _negated(node) and not (presupposed and node is not token) and node is not own_verb:
            return "negated"
        for child in node.children if not (killing_named and node is not token) and node is not own_verb else ():
            if child.dep_ in ("aux", "auxpass") and child.lower_ in cues["modal"]:
                return "modal"
            if child.dep_ == "mark" and child.lower_ in cues["marks"]:
                return "hypothetical"
        if node is not token and not coordinated and not first_conjunct and node.pos_ in ("VERB", "AUX"):
            lemma = node.lemma_.lower()
            if lemma in cues["governors"]:
                return "irrealis"
            if lemma in cues["topic_governors"] and not adverbial and not reported and not (
                    presupposed and lemma not in cues["reference_verbs"]):
                return "topic"
        if node.dep_ == "pobj" and not coordinated:
            prep = node.head
            if prep.lower_ in cues["topic_preps"] and prep.lower_ != "of":
                return "topic"
            if prep.lower_ == "of" and prep.head.lower_ in cues["topic_nouns"] and not presupposed:
                return "topic"
            if prep.lower_ == "in" and prep.head.lower_ in cues["trend_nouns"]:
                # "an increase in violent protests": a kind of event counted over time, not one event (unlike a
                # topic, this holds for protest words too: a rise in protests is no protest)
                return "trend"
            if prep.lower_ == "for" and prep.head.lower_ in cues["attribution"]:
                return "attributed"  # "claimed responsibility for the bombing": the claim is reported
        if (node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.lower_ == "for"
                and node.head.head.lower_ in cues["attribution"] and not coordinated):
            # the same claim told with a gerund: "claimed responsibility for killing the priest", "said it was
            # responsible for bombing the bridge" report who claims, not the killing
            return "attributed"
        if node.dep_ == "dobj" and node.head.lemma_.lower() in cues["claims"] and not coordinated:
            return "attributed"  # "the group claimed the attack": the claim is reported, not the attack
        if (node.dep_ == "relcl" and relative_word(node) in cues["relatives"]
                and not (protest and tells_unrest(node, cues["unrest"]))
                and not holds_predicate(node, token) and not mentioned and not (protest and narrates(node))):
            return "descriptive"
        if node.dep_ == "conj":
            # "arrested and beaten", "called names and assaulted": the first participle is no governor of the second,
            # but what governs the first ("denied ..., killing 17 and wounding dozens") governs both
            sibling = _same_participle(node)
            coordinated = coordinated or not sibling
        if node.dep_ == "advcl" or (node.dep_ == "pcomp" and node.head.lower_ == "by" and node.tag_ == "VBG"):
            # a gerund after "by" says how its governor was done, not what it was about: "demonstrated by vandalizing
            # the gate" is a violent demonstration, where "demonstrated against the vandalizing" names a topic
            adverbial = True
        reported = node.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
        if node.dep_ == "attr" or (node.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in node.children)):
            identity = True
        predicts = node.lower_ in cues["prediction"] and node.pos_ in ("ADJ", "VERB")
        if predicts and not identity and node is not own_verb and any(c.dep_ == "xcomp" for c in node.children):
            return "prediction"
        if node is not token and imperative(node):
            return "imperative"  # "Stop the attacks on the press": a command demands, it reports nothing
        if purpose(node):
            return "purpose"  # "in order to proceed with the bombing": what someone means to do
        if asserted_at_time(node):
            break  # "as police fired tear gas": told as what happened then, whatever governs it from above
        if node.dep_ not in _CLIMB_DEPS or node.head is node:
            break
        node = node.head
    if commanded(token):
        return "imperative"
    if running_total(token) or (story and total_since_event(token)):
        return "running total"
    # one named event is no habit; a protest that still goes on or continues is going on ("workers are still on strike")
    # a protest told over years is going on ("workers have been on strike for several years"): no span of its own
    # how rarely events are told is said of a kind of protest too ("Public gatherings are rare in the sultanate")
    return "habitual" if _habitual(token, ongoing=protest, spans=story and not protest, rare=story) \
        and not presupposed else None


def prevented(token: Tok) -> bool:
    """True for an event noun that is the direct object of a verb of preventing (`prevention_verbs`): "troops guarded
    the court to prevent further protests", "talks that averted a strike" tell of what did not happen. Not a noun for
    people: protesters prevented from marching were there ("police prevented activists from reaching the square")."""
    if token.dep_ != "dobj" or token.pos_ != "NOUN" or token.lower_ in _cues()["person"]:
        return False
    return token.head.lemma_.lower() in _cues()["prevention"] and not _PEOPLE.search(token.lower_)


_PEOPLE = re.compile(r"(?:ers?|ors?|ists?|ants?|ians?|ees?)$")


def _same_participle(node: Tok) -> bool:
    """True for the second of two coordinated participles of one clause ("killing 17 people and wounding dozens"):
    they tell of the same event, so what governs the first (a denial, a claim) governs the second too."""
    return node.tag_ in ("VBG", "VBN") and node.head.tag_ == node.tag_ and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in node.children)


def named_past_event(token: Tok) -> bool:
    """True for an event word that names a known event of the past by its place, as history does: "since the Soweto
    riots", "like the Sharpeville killings", "after the Marikana shootings" (`reference_preps`, "the", a capitalised
    name, a plural event word; read from the words, as the parser often takes such a plural for a verb). The report
    measures time from that event or compares with it; it does not tell of a new one. "During the Durban protests"
    is not touched: it sets what it reports inside that event."""
    i = token.i
    if i < 3 or not token.lower_.endswith("s"):
        return False
    doc = token.doc
    name, the, prep = doc[i - 1], doc[i - 2], doc[i - 3]
    return (name.is_title and name.pos_ == "PROPN" and the.lower_ == "the"
            and prep.lower_ in _cues()["reference_preps"])


def imperative(verb: Tok) -> bool:
    """True for the verb of a command: the root, in the base form, first in its sentence, with no subject ("Cease
    the attacks on the press", "Stop using land mines"). A statement or a demand addressed to someone: the events it
    names are what should end or happen, not what is reported."""
    doc, first = verb.doc, verb.sent_start
    while first < verb.i and doc[first].pos_ == "PUNCT":
        first += 1  # a quoted command ('"Stop the march," the minister said') opens with its quotation mark
    return (verb.dep_ in ("ROOT", "ccomp") and verb.tag_ == "VB" and verb.i == first
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children))


def commanded(token: Tok) -> bool:
    """True for a word anywhere below a command's verb, however deep the parser hangs it ("Stop silencing
    the press by murdering its reporters": the killings are what should end), unless a clause with
    its own subject comes between (a statement inside the command tells of something). The climb of
    `irrealis_reason` stops after six steps; a long object of a command goes deeper."""
    node = token
    for _ in range(16):
        if node.head.i == node.i:
            return node.i != token.i and imperative(node)
        if node.i != token.i and node.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in node.children):
            return False
        node = node.head
    return False


def purpose(verb: Tok) -> bool:
    """True for a to-infinitive opened by a purpose frame (`purpose_frames`: "in order to", "so as to"): "the people
    are being moved in order to proceed with the bombing" tells what is intended, and the bombing has not happened."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i < 2:
        return False
    doc = verb.doc
    return f"{doc[to.i - 2].lower_} {doc[to.i - 1].lower_}" in _cues()["purpose"]


def asserted_at_time(clause: Tok) -> bool:
    """True for a clause opened by a subordinator of time (`temporal_marks`: "as", "when", "after") with its own
    subject and a verb in the past tense: "as police fired tear gas" narrates what happened then. What governs it
    from above (a demand, a call, a plan) says nothing about it; its own negation or modal is read before this."""
    cues = _cues()
    return (clause.tag_ == "VBD" and any(c.dep_ == "mark" and c.lower_ in cues["temporal"] for c in clause.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children))


def _habit_in_clause(node: Tok, ongoing: bool, perfect: bool = False, spans: bool = False,
                     rare: bool = False) -> bool:
    """True when the clause `node` heads carries a habit word that is no name or noun: an outlet named "Daily"
    ("..., reports Daily Times", "the Daily Star said") or a newspaper called "the daily" tells who reports, not how
    often. Team-written example: "A soldier killed in a bomb blast near the post, reports Daily Herald." reports the
    blast, where "Soldiers are killed daily on this road." states a habit. `perfect`: the clause is in the present
    perfect, where "before" or "in the past" tells the place's history (`perfect_background`)."""
    left, right = node.left_edge, node.right_edge
    clause = node.doc.text[left.idx:right.idx + len(right.text)]
    words = {t.idx: t for t in node.doc.toks[left.i:right.i + 1]}
    for m in _habit(ongoing, spans, rare).finditer(clause):
        word = words.get(left.idx + m.start())
        if word is not None and (word.pos_ in ("PROPN", "NOUN") or (word.is_title and word.i != word.sent_start)):
            continue
        return True
    # the history words must modify this verb, not a clause inside it: "gunmen have killed a man who was arrested
    # before" reports the killing
    return perfect and any((w := words.get(left.idx + m.start())) is not None and node in (w.head, w.head.head)
                           for m in _perfect_background(spans).finditer(clause))


@lru_cache(maxsize=1)
def _past_background() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(load_codebook().modality["past_background"]) + r")", re.IGNORECASE)


def _told_before(verb: Tok) -> bool:
    """True for a clause in the simple past whose verb a word of an earlier occasion modifies (`past_background`:
    "The border post at Gorom was raided before, in 2019 and 2022"): the place's history, told beside the report's
    event, not an occurrence of the report (coder99, issue 10; trial15's fix half).
    Read in a story's sentences only, never for a protest word (`_habitual`'s `spans`)."""
    left, right = verb.left_edge, verb.right_edge
    clause = verb.doc.text[left.idx:right.idx + len(right.text)]
    words = {t.idx: t for t in verb.doc.toks[left.i:right.i + 1]}
    return any((w := words.get(left.idx + m.start())) is not None and verb in (w.head, w.head.head)
               for m in _past_background().finditer(clause))


def _habitual(token: Tok, *, ongoing: bool = False, spans: bool = False, rare: bool = False) -> bool:
    """True when the trigger's clause is not in the past tense and names a habit or a span of time ("often",
    "every year", "for years"): general background, not an event of the report. `ongoing`: the trigger is a protest
    word, which "still" or "continue" tell as going on (`_habit`)."""
    joined = False  # reached through a coordinated verb: "was previously abducted and killed" tells the killing
    for node in islice(ancestors(token, itself=True), 8):
        auxes = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
        if node.pos_ in ("VERB", "AUX") and (node.tag_ in ("VBD", "VBZ", "VBP") or auxes):
            if any(a.tag_ == "MD" for a in auxes):
                return False
            if node.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
                return spans and not joined and _told_before(node)
            perfect = node.tag_ == "VBN" and any(a.lemma_.lower() == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes)
            return _habit_in_clause(node, ongoing, perfect, spans, rare)
        joined = joined or node.dep_ == "conj"
    return False
