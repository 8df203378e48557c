"""An earlier event told as the story's point of reference: a trend up to now, what someone remembers, the last one
before the story's (coder109, issue 10: background on news never seen).

A news story tells its own events and, around them, earlier ones it measures them against: "Attacks in the
province have become rare since the army declared it secure in 2022", "the rebels continue to stage ambushes",
"the blast reminded residents of the bombings of 2019", "the last general strike, in May 2024, closed the ports".
None of them is an occurrence of the report, and the trial sets' gold codes none (trial4, trial10, trial11,
trial12, trial16, trial17 fix halves: ten such events, each an extra). The sentence's syntax says so, not its date:
the event word is the subject or the object of a trend verb in the present or the present perfect
(`trend_verbs`), what a verb of memory is about (`memory_verbs`), or a noun an adjective of precedence names as an
earlier one (`earlier_adjectives`).

Read by `staged.other_period` only, after its test that every date the sentence tells ended before the reporting
window: a trend or a memory of the report's own days ("fighting has intensified since Monday", "survivors recalled
how gunmen stormed the village on Tuesday") keeps its events, and a sentence that tells no date (its event has
the lead's day) is never read. Because the syntax already says the event is no occurrence, the date's granularity
does not matter here: a month is read like a year (a single recalled occurrence, "In May 2023, a similar bomb
killed four traders", is no trend, no memory and no "last" one, and stays an event of its month).

Team-written examples, each no event in a report of 2 March 2026: "Ambushes on the river road have become rare
since the accord of 2023."; "The villagers still remember the massacre of 1996, when soldiers killed 40 people.";
"The last general strike, in May 2024, shut the ports for a day."
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwatch.events.codebook import word_sets

_KEYS = ("trend_verbs", "trend_predicates", "memory_verbs", "earlier_adjectives")
_VERBAL = ("VERB", "AUX")


def recalled_event(word: Token) -> bool:
    """True when the event word `word` (its trigger's first token) is told as an earlier event the story measures
    its own against: a trend up to now (`_trend`), a memory (`_remembered`) or the last one before it
    (`_named_earlier`)."""
    return _trend(word) or _remembered(word) or _named_earlier(word)


def _present_or_perfect(verb: Token) -> bool:
    """True for a verb in the simple present ("continues", "remain") or the present perfect ("has intensified",
    "have become"); never a past, a modal or an infinitive of its own."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ != "to"]
    if not auxes:
        return verb.tag_ in ("VBZ", "VBP")
    return all(a.lemma_.lower() == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes)


def _trend(word: Token) -> bool:
    """True when the event word is the subject or the object of a trend verb in the present or the present perfect,
    directly or through the verb it is the object of ("continue to mount occasional attacks"): "Fighting in the
    district has intensified since ...", "its fighters have continued to attack camps". "become", "remain" and
    "grow" count only with an adjective ("have become rare", "remain frequent"): "has become a battleground" tells
    no trend."""
    lists = word_sets(*_KEYS)
    node = word
    if node.dep_ in ("nsubj", "nsubjpass", "dobj") and node.head is not node:
        node = node.head  # "Fighting ... has intensified": a gerund subject is read as a noun is
    elif node.pos_ not in _VERBAL:
        return False
    verbs = [node]
    if node.dep_ == "xcomp" and node.head is not node:
        verbs.append(node.head)  # "continue to attack": the trend verb above the event's own
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma not in lists["trend_verbs"] or not _present_or_perfect(verb):
            continue
        if lemma in lists["trend_predicates"] and not any(c.dep_ == "acomp" for c in verb.children):
            continue
        return True
    return False


def _remembered(word: Token) -> bool:
    """True when the first verb above the event word (its own excluded) is a verb of memory (`memory_verbs`),
    reached through nouns, prepositions and the clauses that describe them: "reminded them of the bombings of
    2021", "is remembered for the general strike it led", "recalled the riots of April 2007, when one man died"."""
    memory = word_sets(*_KEYS)["memory_verbs"]
    node = word
    for _ in range(8):
        if node.head is node:
            return False
        head = node.head
        if head.pos_ in _VERBAL and node.dep_ not in ("relcl", "acl"):
            return head.lemma_.lower() in memory
        node = head
    return False


def _named_earlier(word: Token) -> bool:
    """True when an adjective of precedence (`earlier_adjectives`) modifies the event noun: "the last general
    strike", "previous local agreements". The trigger's first word may itself be a modifier of the noun ("general"
    in "general strike"), so the noun it modifies is read too."""
    earlier = word_sets(*_KEYS)["earlier_adjectives"]
    nouns = [word]
    if word.dep_ in ("amod", "compound") and word.head is not word:
        nouns.append(word.head)
    return any(n.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "amod" and c.lower_ in earlier for c in n.children)
               for n in nouns)
