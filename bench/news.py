"""The bench corpus: distinct news reports of about 300 words, written from the team's lists in bench/news.toml.

Why not copies of the demo articles: the events stage parses each distinct sentence once per process
(`nlp.RememberingParser`), so a corpus of copies is parsed once however many copies it holds, and one worker that
sees every copy pays less per document than two that each see them all: such a corpus measures neither what a
user's corpus of distinct news costs nor what a second worker gives. Here every report has its own country,
cities, people, numbers and days, drawn by a seeded generator (the same corpus on every machine and run), and no
sentence is written twice in a corpus: a sentence drawn again is drawn anew. About a quarter of a report's
sentences after its first report an event (a protest, a riot, a battle, a bombing, an abduction, an arrest) and the
rest are the reactions, quotes and context that real reports carry around them, so the prefilter passes some and
not others, as in news.
"""

from __future__ import annotations

import random
import tomllib
from pathlib import Path
from typing import Any

LISTS = Path(__file__).resolve().parent / "news.toml"
WORDS = 280  # a report ends at the first paragraph that brings it to this many words (about 300 on average)


def load_lists() -> dict[str, Any]:
    with LISTS.open("rb") as handle:
        return tomllib.load(handle)


class Writer:
    """Writes reports one after another from the lists, never repeating a sentence it has written."""

    def __init__(self, seed: int = 14) -> None:
        self.rng = random.Random(seed)
        self.lists = load_lists()
        self.written: set[str] = set()

    def pick(self, key: str) -> str:
        return str(self.rng.choice(self.lists[key]))

    def slots(self, country: dict[str, Any], city: str, year: int) -> dict[str, str]:
        """Fresh values for every slot a template may hold (drawn for each sentence)."""
        rng = self.rng
        others = [c for c in country["cities"] if c != city]
        group = self.pick("groups")
        armed = self.pick("armed")
        return {
            "city": city if rng.random() < 0.5 else rng.choice(others),
            "city2": rng.choice(others),
            "weekday": self.pick("weekdays"),
            "weekday2": self.pick("weekdays"),
            "month": self.pick("months"),
            "group": group,
            "Group": group[0].upper() + group[1:],
            "demand": self.pick("demands"),
            "issue": self.pick("issues"),
            "site": self.pick("sites"),
            "force": self.pick("forces"),
            "armed": armed,
            "armed_cap": armed[0].upper() + armed[1:],
            "victims": self.pick("victims"),
            "vehicle": self.pick("vehicles"),
            "source": self.pick("sources"),
            "organisation": self.pick("organisations"),
            "ministry": self.pick("ministries"),
            "good": self.pick("goods"),
            "industry": self.pick("industries"),
            "quote": self.pick("quotes"),
            "profession": self.pick("professions"),
            "person": f"{self.pick('first_names')} {self.pick('last_names')}",
            "adjective": country["adjective"],
            "n": str(rng.randint(2, 60)),
            "m": str(rng.randint(2, 40)),
            "n00": f"{rng.randint(3, 90) * 100:,}",
            "m00": f"{rng.randint(3, 90) * 100:,}",
            "age": str(rng.randint(19, 74)),
            "pct": str(rng.randint(5, 80)),
            "pop": str(rng.randint(40, 900)),
            "year0": str(year - rng.randint(1, 12)),
        }

    def sentence(self, kind: str, country: dict[str, Any], city: str, year: int) -> str:
        """A sentence of the kind ("event" or "background") never written before in this corpus."""
        while True:
            text = self.pick_template(kind).format(**self.slots(country, city, year))
            if text not in self.written:
                self.written.add(text)
                return text

    def pick_template(self, kind: str) -> str:
        return str(self.rng.choice(self.lists["templates"][kind]))

    def report(self) -> tuple[str, str]:
        """One report: a headline, a dateline paragraph that opens with an event, then paragraphs of two or three
        sentences, about a quarter of them events, to just over `WORDS` words. Returns (file stem, text)."""
        rng = self.rng
        country = rng.choice(self.lists["countries"])
        city = rng.choice(country["cities"])
        year = rng.randint(2012, 2025)
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        lead = self.sentence("event", country, city, year)
        headline = self.headline(country, city)
        dateline = f"{city.upper()}, {self.lists['months'][month - 1]} {day}, {year} (Wire) — "
        paragraphs = [dateline + lead]
        words = len(headline.split()) + len(paragraphs[0].split())
        while words < WORDS:
            size = rng.randint(2, 3)
            kinds = ["event" if rng.random() < 0.25 else "background" for _ in range(size)]
            paragraph = " ".join(self.sentence(kind, country, city, year) for kind in kinds)
            paragraphs.append(paragraph)
            words += len(paragraph.split())
        stem = f"{country['name'].lower()}-{year}-{month:02d}-{day:02d}-{city.lower()}"
        return stem, "\n\n".join([headline, *paragraphs]) + "\n"

    def headline(self, country: dict[str, Any], city: str) -> str:
        while True:
            group = self.pick("groups")
            text = self.rng.choice([
                f"{group[0].upper() + group[1:]} in {city} protest against {self.pick('issues')}",
                f"Violence in {country['name']}: {self.rng.randint(2, 60)} dead near {city}",
                f"{country['adjective']} {group} take to the streets of {city} over {self.pick('demands')}",
            ])
            if text not in self.written:
                self.written.add(text)
                return text


def write_news(folder: Path, count: int, seed: int = 14) -> list[str]:
    """`count` distinct reports written to `folder` as text files (numbered, so the order of reading is the order
    of writing); returns their texts. The same `count` and `seed` give the same corpus, and a larger `count` the
    same reports first."""
    writer = Writer(seed)
    texts = []
    for number in range(count):
        stem, text = writer.report()
        (folder / f"{number:05d}-{stem}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts
