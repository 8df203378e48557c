"""Which outlet published a document: from its URL, site name, credit, byline, title or masthead lines, and the
demo corpus's outlets (its own registry file beside it) all found."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.clean import Clean
from eventwatch.readers import iter_documents
from eventwatch.records import Document
from eventwatch.settings import Settings
from eventwatch.sources import load_registry, outlet_for

ROOT = Path(__file__).resolve().parents[2]
DEMO_OUTLETS = ROOT / "examples-outlets.tsv"


def _found(doc: Document) -> tuple[str, str] | None:
    found = outlet_for(doc, load_registry())
    return (found[0].id, found[1]) if found else None


@pytest.mark.parametrize(("doc", "expected"), [
    (Document(raw="", url="https://www.tasnimnews.com/en/news/2024/1/2/1", source="Tasnim"), ("tasnim", "url")),
    (Document(raw="", source="Iran International"), ("iran-international", "site name")),
    (Document(raw="", source="mojahedin.org"), ("pmoi", "site name")),
    (Document(raw="", reported_by="PMOI/MEK"), ("pmoi", "credit")),
    (Document(raw="", reported_by="Reuters; AFP"), ("reuters", "credit")),
    (Document(raw="", byline="Staff reporter, Dawn"), ("dawn", "byline")),
    (Document(raw="", title="Protesters clash with police in Lahore | Dawn News"), ("dawn", "title")),
    (Document(raw="", text="Army says 12 killed\n\nBy Staff Writer | The Jakarta Post\n\nJAKARTA — Troops..."),
     ("jakarta-post", "text")),
    (Document(raw="", text="Troops fired on the crowd.\n\n© 2024 Reuters. All rights reserved."), ("reuters", "text")),
])
def test_an_outlet_is_found_from_what_names_it(doc: Document, expected: tuple[str, str]) -> None:
    assert _found(doc) == expected


def test_the_url_wins_over_a_site_name_that_disagrees() -> None:
    assert _found(Document(raw="", url="https://irna.ir/x", source="Reuters")) == ("irna", "url")


@pytest.mark.parametrize("doc", [
    Document(raw="", reported_by="Sai Htun Win"),  # a reporter, not an outlet
    Document(raw="", byline="Jane Doe"),
    Document(raw="", title="Iran: People celebrate anniversary of Qassem Soleimani's death"),
    Document(raw="", text="Map | Video | Photos\n\nThe story."),  # "Map" the link is not MAP the agency
    Document(raw="", source="An Outlet Nobody Registered"),
])
def test_nothing_is_guessed(doc: Document) -> None:
    assert _found(doc) is None


def test_a_shared_name_is_decided_by_the_reports_country() -> None:
    doc = Document(raw="", source="The Star")
    registry = load_registry()
    assert outlet_for(doc, registry) is None
    found = outlet_for(doc, registry, "KE")
    assert found is not None and found[0].id == "star-kenya"


# What names the outlet of each demo article: every article that is not dropped names one, the way real pages do
# (a wire credit in the dateline, a masthead or section line, a byline's outlet, a "Reporting by X for Y" credit,
# a page's site name, title or canonical URL).
DEMO_OUTLET_IDS = {
    "bangladesh-2024-02-14-gazipur-garment-protest.txt": "demo-wire",
    "bangladesh-2024-02-14-gazipur-workers-blockade.txt": "dhaka-business-herald",
    "bolivia-2024-06-28-oruro-fuel-protests.txt": "altiplano-tribune",
    "chile-2024-04-11-student-marches.txt": "demo-wire",
    "colombia-2024-04-09-cauca-army-dissident-clash.txt": "demo-wire",
    "france-2024-07-02-marseille-riots.html": "riviera-post",
    "india-2024-10-08-forbesganj-police-post-torched.txt": "demo-wire",
    "iran-2024-05-02-teachers-union-arrests.txt": "iran-labour-watch",
    "iraq-2024-02-21-tuz-khurmatu-suicide-bombing.txt": "demo-wire",
    "iraq-2024-08-06-basra-power-cut-protests.html": "gulf-current",
    "kenya-2024-01-09-lamu-villagers-killed.txt": "coast-sentinel",
    "kenya-2024-03-12-nairobi-fuel-protest.txt": "nairobi-mirror",
    "mexico-2024-06-17-celaya-bar-shooting.html": "bajio-news",
    "myanmar-2024-03-26-sagaing-air-strike.html": "irrawaddy-review",
    "myanmar-2024-08-12-kutkai-handover.txt": "irrawaddy-review",
    "nigeria-2024-04-18-borno-roadside-bomb.txt": "demo-wire",
    "nigeria-2024-06-10-zamfara-villagers-abducted.html": "sahel-daily-ledger",
    "nigeria-2024-09-16-onitsha-mob-attack.txt": "eastern-courier",
    "pakistan-2024-05-21-karachi-activists-arrested.txt": "indus-chronicle",
    "pakistan-2024-05-21-karachi-rights-activists-detained.txt": "indus-chronicle",  # the same page saved twice
    "pakistan-2024-08-27-quetta-grenade-attack.txt": "indus-chronicle",
    "peru-2024-10-11-arequipa-water-protests.html": "andes-daily",
    "sudan-2024-10-02-mellit-market-looted.txt": "darfur-dispatch",
    "sudan-2024-11-22-south-kordofan-ceasefire.txt": "demo-wire",
    "syria-2024-09-05-idlib-air-strikes.html": "levant-observer",
    "ukraine-2024-11-14-kherson-shelling.txt": "demo-wire",
    "yemen-2024-07-23-marib-drone-strike.txt": "gulf-current",
}


def test_every_outlet_the_demo_names_is_resolved() -> None:
    settings = Settings.load(outlets=[str(DEMO_OUTLETS)])
    registry = load_registry(settings.outlets)
    clean = Clean(settings)
    found = {}
    articles = [str(p) for p in sorted((ROOT / "examples").iterdir()) if p.is_file()]
    for doc in iter_documents(articles, settings):
        if doc.dropped is None:
            cleaned = clean(doc)
            hit = outlet_for(cleaned, registry)
            found[Path(doc.origin).name] = hit[0].id if hit else None
    assert found == DEMO_OUTLET_IDS  # none unresolved
    # the multi-outlet merge corpus beside the articles (JSON Lines records naming their outlet in `source`)
    for doc in iter_documents([str(ROOT / "examples" / "merge")], settings):
        hit = outlet_for(clean(doc), registry)
        assert hit is not None and hit[0].name == doc.source, doc.origin
        found[doc.origin] = hit[0].id
    # every demo outlet is in the demo's registry file, none is invented into the packaged one
    assert all(load_registry().get(oid) is None for oid in found.values())
