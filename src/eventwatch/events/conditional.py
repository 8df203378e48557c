"""An action announced on a condition: "announced a sit-in on the highway if the demand was not met" is a threat.

Why: a crowd, a union or a meeting that announces or declares a protest, a strike or a march to follow "if" or
"unless" a demand goes unmet states what it will do should the condition hold; nothing has happened yet. The
condition hangs on the verb of announcing, not on the event word, so the hypothetical check of
`modality.irrealis_reason`, which reads only the event word's own and its governors' subordinators, kept it, and
the sentence coded a protest at the road's far town (trial21's fix half). Only verbs that announce
(`conditional_announcers` in modality.toml) with the event word as their object are read: "police fired tear gas
if anyone came near" tells a habit or a rule, not this case, and "threatened" or "vowed" are governors of a plan
already. Read in a news story's sentences only (`ordinary.news_reading`): an event record keeps its reading.

Team-written example, no protest: "Market traders announced a march on the governor's office unless the new
levy was withdrawn within a week."
"""

from __future__ import annotations

from eventwatch.events.codebook import word_sets
from eventwatch.events.parsed import Tok


def _conditional(verb: Tok, marks: frozenset[str]) -> bool:
    """True when `verb` has an adverbial clause opened by a conditional subordinator ("if", "unless")."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
               for c in verb.children)


def announced_on_condition(token: Tok) -> bool:
    """True for an event word that is the object of a verb of announcing (`conditional_announcers`) whose clause
    holds a condition (`conditional_marks`), or that carries the condition itself (see the module docstring)."""
    words = word_sets("conditional_announcers", "conditional_marks")
    marks = words["conditional_marks"]
    if token.dep_ != "dobj" or token.head.lemma_.lower() not in words["conditional_announcers"]:
        return False
    return _conditional(token.head, marks) or _conditional(token, marks)
