"""End to end: a dated photo caption in an HTML page dates the undated paragraph beside it, as in plain text."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from eventwatch.cli import cli
from eventwatch.cli import data as cli_data
from eventwatch.cli import tools as cli_tools

for module in (cli_data, cli_tools):  # what `eventwatch` (cli.main) registers; registering twice is harmless
    module.register(cli)

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Traders protest market levy in Kisumu | Lakeside Herald</title>
<meta property="article:published_time" content="2024-03-08"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article><h1>Traders protest market levy in Kisumu</h1>
<p>Market traders in western Kenya have staged several protests this week against a new county levy on stalls,
which they say will force many small vendors out of business.</p>
<figure><img src="/img/kisumu.jpg" alt="Traders in Kisumu">
<figcaption>Mar 5, 2024 - Traders block the road outside Kibuye market</figcaption></figure>
<p>Hundreds of traders protested outside Kibuye market in Kisumu, blocking the main road with stalls,
witnesses said.</p>
<p>County officials said the levy would pay for new drainage and lighting at the market and urged traders to
hold talks.</p>
</article><footer>Lakeside Herald. All rights reserved.</footer></body></html>"""
CAPTION = "Mar 5, 2024 - Traders block the road outside Kibuye market"


def _lines(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_figcaption_dates_the_event_of_the_paragraph_below_it(tmp_path: Path) -> None:
    path = tmp_path / "kisumu.html"
    path.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    kisumu = [e for e in _lines(result.output) if e["location"] == "Kisumu"]
    assert len(kisumu) == 1
    event = kisumu[0]
    assert event["sub_event_type"] == "Peaceful protest"
    assert (event["event_date"], event["time_precision"]) == ("2024-03-05", 1)  # not the report's week
    assert CAPTION in str(event["notes"])
    assert "Traders block the road" not in str(event["evidence"])  # dated from the caption, not extracted from it


def test_read_shows_the_caption_with_its_place_and_not_in_the_text(tmp_path: Path) -> None:
    path = tmp_path / "kisumu.html"
    path.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["read", str(path)])
    assert result.exit_code == 0, result.output
    [doc] = _lines(result.output)
    text = str(doc["text"])
    assert "Traders block the road" not in text
    assert doc["captions"] == [{"text": CAPTION, "date": "2024-03-05", "at": text.index("Hundreds of traders")}]
