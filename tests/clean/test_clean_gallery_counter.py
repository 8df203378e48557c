"""A photo gallery's counter line ("Photo 2 of 9") is page furniture: left in, the clean stage joined it to the
caption under it and the caption's place was read as a name "Photo 2 of 9 Hpakant". Team-written text."""

from __future__ import annotations

import pytest

from eventwatch.clean import Clean
from eventwatch.records import Document
from eventwatch.settings import Settings

CLEAN = Clean(Settings())
CAPTION = ("Hpakant, Kachin State, Myanmar - Miners sift through the mud of a collapsed jade pit on Sunday afternoon, "
           "while relatives wait by the road.")


@pytest.mark.parametrize("counter", ["Photo 2 of 9", "Image 3/12", "Picture 10 of 14", "photo 1 of 6"])
def test_a_gallery_counter_line_leaves_the_caption(counter: str) -> None:
    doc = CLEAN(Document(raw=f"{counter}\n{CAPTION}"))  # type: ignore[arg-type]
    assert doc.text.strip() == CAPTION


def test_a_sentence_that_counts_photos_stays() -> None:
    # a line that says something about the photos is prose, not a counter
    line = "Photo 2 of 9 shows the pit before the collapse, the agency said."
    doc = CLEAN(Document(raw=f"{line}\n\n{CAPTION}"))  # type: ignore[arg-type]
    assert doc.text.startswith(line)
