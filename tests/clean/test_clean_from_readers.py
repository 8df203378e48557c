"""Readers and the clean stage together, on pages and feeds the test writes."""

from __future__ import annotations

from pathlib import Path

from eventwatch.clean import Clean
from eventwatch.readers import iter_documents
from eventwatch.settings import Settings

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Farmers block highway near Lyon</title>
<meta name="author" content="Ana Ruiz"><meta property="article:published_time" content="2021-03-04">
<link rel="canonical" href="https://courier.example/farmers"></head><body>
<div class="share">Share on Facebook</div>
<article><h1>Farmers block highway near Lyon</h1>
<p>LYON, March 4 (Reuters) - Hundreds of farmers blocked the main highway into Lyon on Thursday with tractors,
demanding lower fuel taxes, organisers said.</p>
<figure><img src="a.jpg"><figcaption>March 3, 2021 - Tractors gather at the toll gate</figcaption></figure>
<p>Police diverted traffic for several hours and no arrests were reported, a police spokesman said.</p>
<p>Advertisement</p>
<p>Reporting by Lina Haddad; Editing by Tom Wright</p>
</article></body></html>"""


def test_html_page_read_and_cleaned(tmp_path: Path) -> None:
    (tmp_path / "farmers.html").write_text(PAGE, encoding="utf-8")
    settings = Settings()
    [raw] = list(iter_documents([str(tmp_path / "farmers.html")], settings))
    doc = Clean(settings)(raw)
    assert doc.dropped is None
    assert doc.title == "Farmers block highway near Lyon"
    assert not doc.text.startswith("Farmers block highway")
    assert doc.text.startswith("LYON, March 4 (Reuters) - Hundreds of farmers")
    assert doc.dateline.place == "Lyon" and doc.dateline.date == "2021-03-04"
    assert doc.reported_by == "Reuters"  # the wire service in the dateline, not the individual reporter
    assert doc.byline == "Ana Ruiz"
    assert "Advertisement" not in doc.text and "Share on Facebook" not in doc.text
    assert "Reporting by" not in doc.text
    assert doc.url == "https://courier.example/farmers" and doc.published == "2021-03-04"
