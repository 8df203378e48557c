"""Which sentences are worth parsing: a test on the raw text that no rule can fire on a sentence it rejects.

spaCy is most of what extraction costs, so the `events` stage parses only the sentences that pass this test. A rule
fires on the cue groups present in a sentence (`Rule.fires`: every group of its `all`, one of its `any`, none of
its `none`), and a cue group is present only where one of its patterns occurs in the text; the parse-based groups
(who acts, who suffers: `SYNTACTIC_GROUPS`) only where an actor is named (`find_actors`). So a sentence in which,
for every rule, some group of its `all` or every group of its `any` is missing from the text codes nothing whatever
its parse says, and is not parsed. A word that only some rules' company needs ("police", "workers", "residents"
with no act of violence or protest beside it) no longer sends a sentence to spaCy by itself: about a quarter of the
sentences of conflict reporting that passed the earlier test (any rule's anchor cue) are skipped, and the events
coded are the same. What the skipped sentences no longer give is context: their places do not vote for the
report's country nor carry over to the next sentence of the paragraph, as for every sentence never parsed. On
ACLED's notes that costs places and dates (admin1 0.933 -> 0.927), so this test is the `prefilter = "rule"`
setting, for throughput, and the default (`"cue"`) is the looser one: `has_anchor`.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwatch.events.actors import find_actors
from eventwatch.events.codebook import SYNTACTIC_GROUPS, Codebook
from eventwatch.events.literals import Chosen, CueScreens

# What `SentenceScreen.level` says of a sentence: bits, none set when it holds no anchor cue and no rule can fire.
NOTHING, ANCHOR, FIRES = 0, 1, 2


@dataclass(frozen=True, slots=True)
class _Needs:
    """What one rule needs of a sentence's text, the cue groups first (cheap), an actor's name last."""

    all: tuple[str, ...]  # cue groups that must all occur
    any: tuple[str, ...]  # cue groups one of which must occur (unless an actor's name will do)
    actor_for_all: bool  # `all` holds a parse-based group: an actor must be named
    actor_for_any: bool  # `any` holds a parse-based group: an actor's name satisfies it
    all_groups: frozenset[str]  # `all` as a set: a rule one of whose groups has no pattern left to run is passed by


class SentenceScreen:
    """The test, compiled once per coder from its codebook and its one-alternation-per-group screens."""

    def __init__(self, codebook: Codebook, cues: CueScreens) -> None:
        rules = [rule for rule in codebook.rules if not rule.fallback]  # note-only rules code no sentence
        self.cues = cues
        self.screens = cues.groups
        anchors: set[str] = set()
        for rule in rules:  # the earlier test, kept as a first cheap pass: one anchor cue of some rule
            anchors.update([g for g in rule.any if g in codebook.cues] or [g for g in rule.all if g in codebook.cues])
        self.anchors = tuple(g for g in sorted(anchors) if g in self.screens)
        needs = []
        for rule in rules:
            if any(g not in SYNTACTIC_GROUPS and g not in self.screens for g in rule.all):
                continue  # a group without patterns is never present: the rule never fires on a sentence
            needs.append(_Needs(
                all=tuple(g for g in rule.all if g in self.screens),
                any=tuple(g for g in rule.any if g in self.screens),
                actor_for_all=any(g in SYNTACTIC_GROUPS for g in rule.all),
                actor_for_any=any(g in SYNTACTIC_GROUPS for g in rule.any),
                all_groups=frozenset(g for g in rule.all if g in self.screens),
            ))
        self.needs = tuple(needs)
        # groups a rule needs alone: one of them in the text is enough, and is looked for first
        self.alone = tuple(sorted({n.all[0] for n in needs if len(n.all) == 1 and not n.any and not n.actor_for_any
                                   and not n.actor_for_all}))

    def has_anchor(self, sentence: str) -> bool:
        """The looser test (the `prefilter = "cue"` setting): one anchor cue of some rule occurs in `sentence`."""
        chosen = self.cues.candidates(self.cues.words_in(sentence))
        return any(p.search(sentence) is not None for g in self.anchors for p in chosen.get(g, ()))

    def could_fire(self, sentence: str) -> bool:
        """False only when no rule can fire on `sentence` (see the module docstring)."""
        return bool(self.level(sentence) & FIRES)

    def level(self, sentence: str, read: Chosen | None = None) -> int:
        """Both tests from one reading of the text: `ANCHOR` set when `has_anchor`, `FIRES` when `could_fire`.
        Why: under the looser test the events stage parses sentences no rule can fire on, for their places and
        dates alone, and needs them only in a report where some sentence codes an event."""
        seen: dict[str, bool] = {}
        named: list[bool] = []
        chosen = self.cues.patterns_of(sentence, read)  # `read`: the patterns already looked up for `sentence`

        def occurs(group: str) -> bool:
            found = seen.get(group)
            if found is None:
                found = seen[group] = any(p.search(sentence) is not None for p in chosen.get(group, ()))
            return found

        # a group with no pattern left to run (`chosen` holds none) does not occur: it is passed by without a call
        # (some 200,000 calls over 200 reports asked mostly of such groups, 2% of a worker)
        anchored = ANCHOR if any(occurs(g) for g in self.anchors if g in chosen) else NOTHING
        if any(occurs(g) for g in self.alone if g in chosen):
            return anchored | FIRES
        if not anchored:
            return NOTHING

        def actor() -> bool:
            if not named:
                named.append(bool(find_actors(sentence, cues=True)))
            return named[0]

        groups = chosen.keys()
        for need in self.needs:
            if not need.all_groups <= groups or not all(occurs(g) for g in need.all):
                continue
            if (need.any or need.actor_for_any) and not any(occurs(g) for g in need.any if g in chosen) and not (
                    need.actor_for_any and actor()):
                continue
            if need.actor_for_all and not actor():
                continue
            return ANCHOR | FIRES
        return ANCHOR
