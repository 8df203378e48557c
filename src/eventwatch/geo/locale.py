"""The report's locale: the country (and first-level division) a report is written from and about.

A name said alone is read where the report is: Dublin, Lebanon, Paris and Richmond in a small-town paper are the
towns of that paper's region, not the capitals abroad. A reader knows the locale from the dateline ("PARIS,
Texas —"), the outlet (its country, from the outlet registry when a document has one), the web address's country
domain (`.co.uk`, `.ng`), and the places the report names with a qualifier ("Dublin, Ohio", "Lebanon, Pa.") or
that it names without doubt. `Locale` gathers those signals; the resolver prefers namesakes inside it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

# country-code domains that sites use for other reasons than where they are (.tv, .io, .me, .fm, .ly...)
_VANITY_DOMAINS = frozenset({"tv", "io", "me", "fm", "ly", "co", "ai", "am", "cc", "ws", "to", "gg", "la", "nu",
                             "tk", "ml", "ga", "cf", "gq", "so", "sh", "st", "vc", "is", "it", "in", "us", "eu"})
_DOMAIN_COUNTRY = {"uk": "GB"}
_HOST = re.compile(r"^[a-z0-9.-]+$")

DATELINE_WEIGHT, OUTLET_WEIGHT, DOMAIN_WEIGHT = 3.0, 3.0, 2.0
QUALIFIED_WEIGHT, SURE_WEIGHT, LIKELY_WEIGHT = 2.0, 1.0, 0.5
MIN_COUNTRY, MIN_ADMIN1 = 1.5, 1.5  # evidence needed before a country or division counts as the locale
HUB_RATIO, HUB_MIN = 2.0, 2.0  # see `weigh_locale`


@dataclass(frozen=True, slots=True)
class Locale:
    """Where a report is from: a country (ISO 3166-1 alpha-2) and a first-level division (gazetteer row), each
    None when the report does not say."""

    country: str | None = None
    admin1: int | None = None
    grounded: bool = True  # the country is backed by a place in it or by the report's dateline, outlet or address


def domain_country(url: str | None) -> str | None:
    """The country of a web address's country-code domain ("https://www.example.co.uk/a" -> GB), else None.
    Generic domains (.com, .org) and country domains used as vanity names (.tv, .io, .ly) say nothing, unless the
    site is a local outlet the project lists (`outlet_home`: "www.al.com" -> US); `.in` and `.us` are left out
    too, as many sites there are not local news."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:
        return None
    if not host or not _HOST.match(host) or "." not in host:
        return None
    tld = host.rsplit(".", 1)[1]
    if len(tld) != 2 or not tld.isalpha() or tld in _VANITY_DOMAINS:
        home = outlet_home(host)  # a local paper on a generic domain ("www.al.com")
        return home[0] if home is not None else None
    return _DOMAIN_COUNTRY.get(tld, tld.upper())


@lru_cache(maxsize=1)
def _outlet_homes() -> dict[str, tuple[str, str]]:
    text = resources.files("eventwatch.data").joinpath("geo").joinpath("outlet_homes.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {domain: (iso2, division) for domain, iso2, division in rows}


def outlet_home(host_or_url: str | None) -> tuple[str, str] | None:
    """The country and first-level division of a local outlet published on a generic domain (`outlet_homes.tsv`:
    "al.com" -> US, Alabama), from its host or web address; a subdomain finds its parent. None for any other."""
    if not host_or_url:
        return None
    host = host_or_url.lower()
    if "/" in host:
        try:
            host = (urlsplit(host if "//" in host else "//" + host).hostname or "").lower()
        except ValueError:
            return None
    homes = _outlet_homes()
    parts = host.split(".")
    return next((homes[d] for n in range(len(parts) - 1) if (d := ".".join(parts[n:])) in homes), None)


class LocaleVotes:
    """Evidence for a report's locale, added signal by signal; `locale()` says what it amounts to."""

    def __init__(self) -> None:
        self.countries: dict[str, float] = defaultdict(float)
        self.admin1s: dict[int, float] = defaultdict(float)
        self.admin1_country: dict[int, str] = {}

    def add(self, country: str | None, admin1: int | None, weight: float) -> None:
        if country:
            self.countries[country] += weight
        if admin1 is not None and admin1 >= 0:
            self.admin1s[admin1] += weight
            if country:
                self.admin1_country[admin1] = country

    def merged(self, other: LocaleVotes) -> LocaleVotes:
        out = LocaleVotes()
        for votes in (self, other):
            for country, weight in votes.countries.items():
                out.countries[country] += weight
            for row, weight in votes.admin1s.items():
                out.admin1s[row] += weight
            out.admin1_country.update(votes.admin1_country)
        return out

    def locale(self) -> Locale:
        country = None
        ranked = sorted(self.countries.items(), key=lambda kv: (-kv[1], kv[0]))
        if ranked:
            best, votes = ranked[0]
            runner = ranked[1][1] if len(ranked) > 1 else 0.0
            if votes >= MIN_COUNTRY and votes > runner:
                country = best
        admin1 = None
        inside = [(r, v) for r, v in sorted(self.admin1s.items(), key=lambda kv: (-kv[1], kv[0]))
                  if country is None or self.admin1_country.get(r, country) == country]
        if inside and inside[0][1] >= MIN_ADMIN1 and (len(inside) == 1 or inside[0][1] > inside[1][1]):
            admin1 = inside[0][0]
            country = country or self.admin1_country.get(admin1)
        return Locale(country, admin1)


def weigh_locale(outside: LocaleVotes, text: LocaleVotes) -> Locale:
    """The locale from what a report says of itself (`outside`: dateline, outlet, web address, the corpus country)
    and from the places its text names surely (`text`). A report filed from one country about another -- a wire
    story datelined BEIRUT on air strikes in Idlib, a London paper on a protest in Nairobi -- is about the country
    its own places name: when they point to one country at least twice as much as to the country the outside
    signals name (and more than a single place does), the outside signals say where the reporter sits, not where
    the report is, and the text alone decides."""
    home = _top(outside.countries)
    there = _top(text.countries)
    if (home is not None and there is not None and there != home and text.countries[there] >= HUB_MIN
            and text.countries[there] >= HUB_RATIO * text.countries.get(home, 0.0)):
        return text.locale()
    return outside.merged(text).locale()


def _top(votes: dict[str, float]) -> str | None:
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
    return ranked[0][0] if ranked and ranked[0][1] > 0 else None
