"""Actors found with the screens of their patterns' words (`actors._find_actors`) are those every pattern finds
when run on the sentence (the demonyms' patterns too): the demo articles' sentences and the codebook's examples, as
written, upper-cased and case-swapped."""

from __future__ import annotations

from screen_sentences import demo_texts, split_lines

from eventwatch.events import actors as actors_module
from eventwatch.events.codebook import load_codebook
from eventwatch.events.literals import required


def _sentences() -> list[str]:
    lines = split_lines(demo_texts() + [group.example for group in load_codebook().cues.values()])
    return lines + [line.upper() for line in lines] + [line.swapcase() for line in lines]


def test_every_actor_pattern_has_required_words() -> None:
    """Not needed for correctness (a pattern without words is always run), but such a pattern costs a scan of
    every sentence."""
    assert [a.pattern.pattern for a in load_codebook().actors if required(a.pattern) is None] == []


def test_screened_actors_are_every_patterns_matches(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    texts = _sentences()
    # both readings: every row (`cues=False`) and the cue reading that leaves out the name-only rows (`cues=True`)
    screened = [actors_module._find_actors.__wrapped__(t, cues) for t in texts for cues in (False, True)]
    _, screens = actors_module._actor_screens()
    # every pattern run on every sentence, as before the screens: the actors' and the demonyms' ("d0", "d1", ...)
    assert any(key.startswith("d") for key in screens.groups)
    monkeypatch.setattr(type(screens), "candidates", lambda self, present: {k: [] for k in self.groups})
    every = [actors_module._find_actors.__wrapped__(t, cues) for t in texts for cues in (False, True)]
    assert screened == every
    assert sum(bool(found) for found in every) > 100
