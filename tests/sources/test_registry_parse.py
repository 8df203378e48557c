"""Reading registry files: clear errors with file and line, user files that extend and override the packaged
registry, and lookups by domain and name."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.errors import RegistryError
from eventwatch.sources import load_registry
from eventwatch.sources.registry import Registry, host_of, normalize_name, parse_registry

HEADER = "id\tname\taliases\tdomains\tcountry\tscale\tkind\tside\tparty_to\tnote\n"


def _rows(*lines: str) -> str:
    return HEADER + "".join(line + "\n" for line in lines)


@pytest.mark.parametrize(("line", "message"), [
    ("x\tX\t\t\tZZ\tNational\tnational\t\t\t", "country 'ZZ'"),
    ("x\tX\t\t\tIR\tNationwide\tnational\t\t\t", "scale 'Nationwide'"),
    ("x\tX\t\t\tIR\tNational\ttabloid\t\t\t", "kind 'tabloid'"),
    ("x\tX\t\t\tIR\tNational\tpartisan\t\t\t", "needs a side"),
    ("x\tX\t\t\tIR\tNational\tnational\tgovernment\t\t", "speaks for no side"),
    ("x\tX\t\t\tIR\tNational\tpartisan\tcult\t\t", "side 'cult'"),
    ("x\tX\t\tnot a domain\tIR\tNational\tnational\t\t\t", "domain"),
    ("X Y\tX\t\t\tIR\tNational\tnational\t\t\t", "id 'X Y'"),
])
def test_a_bad_row_is_an_error_naming_file_and_line(line: str, message: str) -> None:
    with pytest.raises(RegistryError, match=f"mine.tsv:3: .*{message}"):
        parse_registry("# a comment\n" + _rows(line), "mine.tsv")


def test_a_file_without_the_required_columns_is_an_error() -> None:
    with pytest.raises(RegistryError, match="missing"):
        parse_registry("id\tname\n", "mine.tsv")


def test_the_same_id_twice_in_a_file_is_an_error() -> None:
    row = "x\tX\t\t\tIR\tNational\tnational\t\t\t"
    with pytest.raises(RegistryError, match="twice"):
        parse_registry(_rows(row, row), "mine.tsv")


def test_a_partisan_outlet_is_party_to_its_own_country_unless_told_otherwise() -> None:
    [row] = parse_registry(_rows("x\tX\t\t\tIR\tOther\tpartisan\topposition movement\t\t"), "m.tsv")
    assert row.outlet.party_to == ("IR",)
    [row] = parse_registry(_rows("y\tY\t\t\tRU\tOther\tpartisan\tgovernment\tRU;UA\t"), "m.tsv")
    assert row.outlet.party_to == ("RU", "UA")


def test_csv_files_and_short_headers_are_read() -> None:
    [row] = parse_registry("id,name,country,scale,kind,domains\nlocal-1,Local One,KE,Local,local,one.example\n",
                           "mine.csv")
    assert (row.outlet.name, row.domains, row.outlet.side) == ("Local One", ("one.example",), "")


def test_a_user_file_extends_and_overrides_the_packaged_registry(tmp_path: Path) -> None:
    mine = tmp_path / "mine.tsv"
    mine.write_text(_rows(
        "reuters\tReuters\t\treuters.com\tGB\tInternational\tinternational\t\t\tmy own coding of Reuters",
        "my-radio\tMy Radio\tThe Star\tmyradio.example\tKE\tLocal\tlocal\t\t\t",
    ), encoding="utf-8")
    registry = load_registry((str(mine),))
    assert len(registry) == len(load_registry()) + 1
    assert registry.get("reuters") is not None and registry.get("reuters").kind == "international"  # type: ignore[union-attr]
    assert registry.by_domain("https://news.myradio.example/x") == registry.get("my-radio")
    # the user's name shadows the packaged outlets of that name (The Star of Kenya and of Malaysia)
    assert registry.by_name("The Star") == registry.get("my-radio")
    assert load_registry().by_name("The Star") is None  # packaged: two outlets, no country to choose


def test_an_unreadable_user_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match="cannot read"):
        load_registry((str(tmp_path / "missing.tsv"),))


def test_domains_find_their_outlet_from_any_subdomain_or_url() -> None:
    registry = load_registry()
    assert host_of("https://www.IRNA.ir/news/85000/") == "irna.ir"
    assert registry.by_domain("https://en.irna.ir/news/1") == registry.get("irna")
    assert registry.by_domain("english.alarabiya.net") == registry.get("alarabiya")
    assert registry.by_domain("https://example.org/") is None


def test_names_are_found_in_any_spelling_and_shared_names_by_country() -> None:
    registry = load_registry()
    assert normalize_name("The Bajío News") == "bajio news"
    assert registry.by_name("people's mojahedin organization of iran") == registry.get("pmoi")
    assert registry.by_name("PMOI/MEK") == registry.get("pmoi")
    assert registry.by_name("The Star", "KE") == registry.get("star-kenya")
    assert registry.by_name("The Star", "MY") == registry.get("the-star-my")
    assert registry.by_name("The Star") is None
    assert registry.by_name("Map", exact=True) is None and registry.by_name("MAP", exact=True) is not None


def test_an_empty_registry_finds_nothing() -> None:
    registry = Registry([])
    assert len(registry) == 0 and registry.by_name("Reuters") is None and registry.by_domain("reuters.com") is None
