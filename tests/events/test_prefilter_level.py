"""`SentenceScreen.level` passes by the groups with no pattern left to run without asking them: the same level as
asking every group in turn, on the demo articles' sentences, the codebook's examples and team-written sentences, as
written, upper-cased and lower-cased."""

from __future__ import annotations

from screen_sentences import demo_texts, split_lines

from eventwatch.events.actors import find_actors
from eventwatch.events.codebook import load_codebook
from eventwatch.events.cues import CueReader
from eventwatch.events.prefilter import ANCHOR, FIRES, NOTHING, SentenceScreen

_TEAM = [
    "Gunmen killed four villagers near Gao on Tuesday, residents said.",
    "Police fired tear gas at students marching on parliament in Kampala.",
    "The workers of the municipal offices held a sit-in to demand unpaid wages.",
    "The minister visited the flooded district and promised aid.",
    "Rebels seized the town of Kidal after a day of fighting with the army.",
]


def _every_group_asked(screen: SentenceScreen, sentence: str) -> int:
    """The test as written before: every group of every list asked, present or not."""
    chosen = screen.cues.candidates(screen.cues.words_in(sentence))

    def occurs(group: str) -> bool:
        return any(p.search(sentence) is not None for p in chosen.get(group, ()))

    anchored = ANCHOR if any(occurs(g) for g in screen.anchors) else NOTHING
    if any(occurs(g) for g in screen.alone):
        return anchored | FIRES
    if not anchored:
        return NOTHING
    named = bool(find_actors(sentence))
    for need in screen.needs:
        if not all(occurs(g) for g in need.all):
            continue
        if (need.any or need.actor_for_any) and not any(occurs(g) for g in need.any) and not (
                need.actor_for_any and named):
            continue
        if need.actor_for_all and not named:
            continue
        return ANCHOR | FIRES
    return ANCHOR


def _sentences() -> list[str]:
    texts = demo_texts() + [group.example for group in load_codebook().cues.values()]
    lines = _TEAM + split_lines(texts + [rule.example for rule in load_codebook().rules])
    return lines + [line.upper() for line in lines] + [line.lower() for line in lines]


def test_level_is_asking_every_group() -> None:
    screen = CueReader("rule")._screen
    levels = [(screen.level(s), _every_group_asked(screen, s)) for s in _sentences()]
    assert all(mine == before for mine, before in levels)
    seen = {mine for mine, _ in levels}
    assert seen == {NOTHING, ANCHOR, ANCHOR | FIRES}  # every level is reached
