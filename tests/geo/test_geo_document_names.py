"""A treaty's or declaration's town is no place of the report (geo43, trial12's fix-half class 1d). "a bill on the
Treaty of Waitangi" put trial12's Wellington march at Waitangi (Northland): the town a treaty, accord, declaration
or peace was signed in names the document, not where anything in the report happens. A capitalised head word and
"of" before the town mark it (`written.document_named_after`); "Battle of", "Siege of" are left as they were (the
report's own fighting is often so named), as are bodies named after the country they act in. Team-written
sentences, other towns and countries than trial12's."""

from __future__ import annotations

from typing import Any

import pytest

from eventwatch.geo import Geocoder
from eventwatch.geo.written import document_named_after


def _names(nlp: Any, geocoder: Geocoder, text: str) -> list[str]:
    return [p.name for p in geocoder.find_places(nlp(text))]


@pytest.mark.parametrize(("text", "kept", "gone"), [
    ("Thousands of farmers marched through Nairobi on Monday against changes to the Treaty of Lusaka.",
     "Nairobi", "Lusaka"),
    ("Students had rallied in Dushanbe to denounce the government's reading of the Declaration of Tashkent.",
     "Dushanbe", "Tashkent"),
    ("Veterans blocked a road near Banja Luka, saying the new map broke the Peace of Dayton.",
     "Banja Luka", "Dayton"),
    ("Opposition supporters will gather in Bogota to protest what they call a betrayal of the Accords of Havana.",
     "Bogot", "Havana"),
])
def test_a_documents_town_is_no_place(nlp: Any, geocoder: Geocoder, text: str, kept: str, gone: str) -> None:
    names = _names(nlp, geocoder, text)
    assert any(kept.split()[0] in n for n in names), names
    assert not any(gone.split("-")[0] in n for n in names), names


@pytest.mark.parametrize(("text", "town"), [
    ("Fighting went on around Bakhmut, where the Battle of Bakhmut entered its ninth month.", "Bakhmut"),
    ("Protesters marched from Lusaka to the treaty office on Friday.", "Lusaka"),
])
def test_other_names_with_of_stay_places(nlp: Any, geocoder: Geocoder, text: str, town: str) -> None:
    assert town in _names(nlp, geocoder, text)


@pytest.mark.parametrize(("text", "named"), [
    ("a bill on the Treaty of Waitangi", True),
    ("under the Treaties of Rome", True),
    ("the Convention of Kinshasa", True),
    ("a treaty of Kenya", False),  # lower case: no document's name
    ("the Battle of Okinawa", False),
    ("the Congress of Colombia", False),
    ("the Liberation of Rwanda", False),
])
def test_document_named_after(text: str, named: bool) -> None:
    start = text.rindex(" ") + 1
    assert document_named_after(text, start) is named
