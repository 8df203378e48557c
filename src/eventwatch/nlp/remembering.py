"""Each distinct sentence parsed once while it is among those parsed most recently (`RememberingParser`).

`RememberingParser` parses each distinct sentence once while it is among those parsed most recently: the events
stage parses every candidate sentence as a Doc of its own, so a Doc is a function of its sentence's text alone, and
news repeats sentences (wire copy printed by several outlets, an agency's boilerplate, the same statement quoted).

"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from eventwatch.lru import keep_recent

# Parsed sentences `RememberingParser` keeps: about 13 kB each without the token-to-vector tensor, which no reader of
# a parsed sentence uses (measured with tracemalloc on 588 sentences of wire reports, 26 tokens each), some 27 MB at
# most, within a worker's budget; a story's copies in a crawl come close together, so a few thousand suffice.
REMEMBER_PARSES = 2048


class RememberingParser:
    """`nlp.pipe` over sentences, each distinct text parsed once while among the `limit` parsed most recently.

    Why it changes no output: the events stage parses each candidate sentence as a Doc of its own, so its tags,
    parse and entities depend on its text alone, not on the sentences parsed beside it (spaCy's annotations are the
    same whatever the batch: tested), and no reader of a parsed sentence writes to it or reads its tensor (dropped
    to keep the memory small). A text met again, in the same batch or a later one, gets the Doc parsed before."""

    def __init__(self, nlp: Language, limit: int = REMEMBER_PARSES) -> None:
        self.nlp, self.limit = nlp, limit
        self.kept: dict[str, Doc] = {}
        # sentences asked for and sentences parsed: how much the memory saves on a corpus (bench/run.py prints it)
        self.asked = self.parsed = 0

    def pipe(self, texts: Iterable[str], batch_size: int = 64) -> list[Doc]:
        """One Doc per text, in order: the texts not kept parsed together once each (a text repeated in the batch
        too), the rest taken from what was kept; the texts just used become the most recent."""
        texts = list(texts)
        missing = list(dict.fromkeys(t for t in texts if t not in self.kept))
        self.asked += len(texts)
        self.parsed += len(missing)
        parsed = dict(zip(missing, self.nlp.pipe(missing, batch_size=batch_size), strict=True))
        for doc in parsed.values():
            doc.tensor = np.zeros((0,), dtype=np.float32)
        used = [(t, parsed[t] if t in parsed else self.kept[t]) for t in dict.fromkeys(texts)]
        docs = dict(used)
        keep_recent(self.kept, used, self.limit)
        return [docs[t] for t in texts]

    def forget(self) -> None:
        """Let go of every parse kept (as a fresh process starts)."""
        self.kept.clear()
