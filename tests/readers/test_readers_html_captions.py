"""Photo captions in HTML markup reach cleaning at their place in the article, once, and only as captions."""

from __future__ import annotations

import json

import lxml.html

from eventwatch.clean import Clean
from eventwatch.readers.htmlcaptions import mark_captions
from eventwatch.readers.single import html_document
from eventwatch.readers.tabular import record_document
from eventwatch.readers.webpage import extract_page, fragment_parts
from eventwatch.records import Document
from eventwatch.settings import Settings

LEAD = ("Dock workers in the port city walked off the job on Monday over unpaid overtime, the second stoppage this "
        "month, union officials said.")
MIDDLE = "Several hundred workers rallied at the harbour gates while cranes stood idle, witnesses said."
LAST = "The port authority said talks with the union would resume later in the week."


def _page(caption_markup: str, *, extra: str = "") -> str:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Dock strike spreads | Harbour Times</title>"
        "<meta property='article:published_time' content='2023-05-12'></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/port'>Port</a></li></ul></nav>"
        f"<article><h1>Dock strike spreads</h1><p>{LEAD}</p>{caption_markup}<p>{MIDDLE}</p><p>{LAST}</p></article>"
        f"{extra}<footer>Harbour Times 2023</footer></body></html>"
    )


def _paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


FIGURE = ("<figure><img src='gate.jpg' alt='gate'>"
          "<figcaption>May 8, 2023 - Workers at the harbour gates</figcaption></figure>")
CAPTION = "May 8, 2023 - Workers at the harbour gates"


def test_figcaption_is_a_paragraph_at_its_place_and_listed_once() -> None:
    page = extract_page(_page(FIGURE))
    paragraphs = _paragraphs(page.text)
    assert page.captions == (CAPTION,)
    assert paragraphs.count(CAPTION) == 1
    assert paragraphs.index(CAPTION) == paragraphs.index(LEAD) + 1 == paragraphs.index(MIDDLE) - 1


def test_caption_classes_are_captions_too() -> None:
    for markup in (
        f"<p class='caption'>{CAPTION}</p>",
        f"<div class='wp-caption'><img src='a.jpg'><div class='wp-caption-text'>{CAPTION}</div></div>",
        f"<div class='photo'><img src='a.jpg'><span class='caption'>{CAPTION}</span></div>",
        f"<p><img src='a.jpg'><span class='Image-Caption'>{CAPTION}</span></p>",
    ):
        page = extract_page(_page(markup))
        paragraphs = _paragraphs(page.text)
        assert page.captions == (CAPTION,), markup
        assert paragraphs.index(CAPTION) == paragraphs.index(MIDDLE) - 1, markup
        assert page.text.count("harbour gates") == 2, markup  # the caption once, and the prose sentence


def test_caption_inside_a_paragraph_splits_it_without_losing_words() -> None:
    page = extract_page(_page(f"<p>Before the photo. <span class='caption'>{CAPTION}</span> After the photo.</p>"))
    paragraphs = _paragraphs(page.text)
    i = paragraphs.index(CAPTION)
    assert paragraphs[i - 1] == "Before the photo." and paragraphs[i + 1] == "After the photo."


def test_scripts_inside_captions_are_not_read() -> None:
    markup = (f"<figure><figcaption>{CAPTION}<script>var tracker = 'pixel';</script><style>b{{}}</style>"
              "</figcaption></figure>")
    page = extract_page(_page(markup))
    assert page.captions == (CAPTION,)
    assert "tracker" not in page.text and "pixel" not in page.text


def test_a_page_cannot_forge_a_caption_marker() -> None:
    root = lxml.html.fromstring(_page(FIGURE))
    forged = "ewcaption0q"
    marked = mark_captions(root, _page(FIGURE) + forged)
    assert not marked.marker(0).startswith("ewcaption0")  # the prefix was changed to one the page lacks
    text, kept = marked.restore(f"{LEAD}\n{forged}\n{marked.marker(0)}\n{MIDDLE}")
    assert kept == (CAPTION,) and forged in text


def test_nested_caption_markup_is_one_caption() -> None:
    markup = f"<figure><figcaption><span class='caption-text'>{CAPTION}</span></figcaption></figure>"
    page = extract_page(_page(markup))
    assert page.captions == (CAPTION,)
    assert _paragraphs(page.text).count(CAPTION) == 1


def test_sidebar_captions_outside_the_article_are_not_kept() -> None:
    teaser = ("<aside class='related'><figure><img src='t.jpg'>"
              "<figcaption>May 1, 2023 - Fishing boats in the bay</figcaption></figure></aside>")
    page = extract_page(_page(FIGURE, extra=teaser))
    assert "Fishing boats" not in page.text
    assert page.captions == (CAPTION,)


def test_html_page_without_captions_reads_as_before() -> None:
    page = extract_page(_page(""))
    assert page.captions == ()
    assert _paragraphs(page.text)[-3:] == [LEAD, MIDDLE, LAST]


def test_fragments_keep_captions_as_paragraphs() -> None:
    text, captions = fragment_parts(f"<div><p>{LEAD}</p><p><img src='x.jpg'><span class='caption'>{CAPTION}</span></p>"
                                    f"<p>{MIDDLE}</p></div>")
    assert captions == (CAPTION,)
    assert _paragraphs(text) == [LEAD, CAPTION, MIDDLE]


def _cleaned(doc: Document) -> Document:
    return Clean(Settings())(doc)


def test_cleaning_takes_html_captions_out_of_the_body_and_places_them() -> None:
    doc = _cleaned(html_document(_page(FIGURE).encode(), "dock.html"))
    assert doc.dropped is None
    assert "harbour gates" in doc.text and CAPTION not in doc.text
    [caption] = doc.captions
    assert (caption.text, caption.date) == (CAPTION, "2023-05-08")
    assert caption.at == doc.text.index(MIDDLE)


def test_an_undated_html_caption_is_still_a_caption_not_prose() -> None:
    undated = "Dock workers set fire to tyres at the harbour gates"  # would be a false event if left in the body
    doc = _cleaned(html_document(_page(f"<figure><figcaption>{undated}</figcaption></figure>").encode(), "d.html"))
    assert undated not in doc.text
    assert [(c.text, c.date) for c in doc.captions] == [(undated, None)]


def test_an_html_caption_dated_in_mid_sentence_takes_that_day() -> None:
    text = "Workers rally at the harbour gates on May 8, 2023. Photo: Harbour Times"
    doc = _cleaned(html_document(_page(f"<figure><figcaption>{text}</figcaption></figure>").encode(), "d.html"))
    assert [(c.text, c.date) for c in doc.captions] == [(text, "2023-05-08")]


def test_captions_in_html_records_reach_cleaning() -> None:
    record = {"id": "r1", "published": "2023-05-12",
              "text": f"<div><p>{LEAD}</p><figure><figcaption>{CAPTION}</figcaption></figure><p>{MIDDLE}</p></div>"}
    doc = _cleaned(record_document(json.loads(json.dumps(record)), "r.jsonl#1", Settings()))
    assert CAPTION not in doc.text
    assert [(c.date, c.at) for c in doc.captions] == [("2023-05-08", doc.text.index(MIDDLE))]
