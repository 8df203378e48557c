"""Language identification: English kept, other languages dropped with their ISO code."""

from __future__ import annotations

import pytest

from eventwatch.language import LanguageFilter, detect_language
from eventwatch.records import Document
from eventwatch.settings import Settings

TEXTS = {
    "en": "Police fired tear gas at hundreds of protesters who had gathered outside the parliament on Monday.",
    "fr": "La police a tiré des gaz lacrymogènes sur des centaines de manifestants réunis devant le parlement lundi.",
    "es": "La policía lanzó gases lacrimógenos contra cientos de manifestantes reunidos frente al parlamento el lunes.",
    "de": "Die Polizei setzte am Montag Tränengas gegen Hunderte Demonstranten vor dem Parlament ein.",
    "ru": "Полиция применила слезоточивый газ против сотен протестующих, собравшихся у парламента в понедельник.",
    "ar": "أطلقت الشرطة الغاز المسيل للدموع على مئات المتظاهرين الذين تجمعوا أمام البرلمان يوم الاثنين.",
    "fa": "پلیس روز دوشنبه به سوی صدها معترض که در برابر مجلس تجمع کرده بودند گاز اشک‌آور شلیک کرد.",
    "tr": "Polis pazartesi günü meclis önünde toplanan yüzlerce protestocuya biber gazıyla müdahale etti.",
}


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_detects_news_languages(code: str) -> None:
    assert detect_language(TEXTS[code]) == code


def test_filter_keeps_allowed_and_drops_others_with_code() -> None:
    stage = LanguageFilter(Settings())
    kept = stage(Document(raw="", text=TEXTS["en"]))
    assert kept.language == "en" and kept.dropped is None
    dropped = stage(Document(raw="", text=TEXTS["fr"]))
    assert dropped.language == "fr"
    assert dropped.dropped is not None and (dropped.dropped.stage, dropped.dropped.reason) == ("language", "fr")


def test_filter_respects_settings_languages() -> None:
    stage = LanguageFilter(Settings(languages=("en", "fr")))
    assert stage(Document(raw="", text=TEXTS["fr"])).dropped is None
    assert stage(Document(raw="", text=TEXTS["de"])).dropped is not None


def test_no_letters_is_undetermined_and_kept() -> None:
    doc = LanguageFilter(Settings())(Document(raw="", text="12 345 678 — 2021-01-05"))
    assert doc.language is None and doc.dropped is None
